package cn.techcity.cockpit.ui.overview;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.TaskRollup;
import java.time.LocalDate;
import java.util.List;

/** What the overview shows, computed from the store's data for a month; no JavaFX nodes, testable without a window. */
public final class OverviewViewModel {
    private OverviewViewModel() {
    }

    /**
     * Status counts of a work area: stretch met (达高线), green (达序时 without the stretch), amber, red, missing (no
     * figure or no target). Each indicator is counted once: the five add up to the total.
     */
    public record AreaCounts(Section area, int stretch, int green, int amber, int red, int missing, int total) {
    }

    public static AreaCounts counts(CockpitData data, Section area, int month) {
        int stretch = 0;
        int green = 0;
        int amber = 0;
        int red = 0;
        int missing = 0;
        List<Assessment> all = data.assess(area.code(), month);
        for (Assessment a : all) {
            switch (a.status()) {
                case STRETCH_MET -> stretch++;
                case GREEN -> green++;
                case AMBER -> amber++;
                case RED -> red++;
                case NO_DATA, NO_TARGET -> missing++;
            }
        }
        return new AreaCounts(area, stretch, green, amber, red, missing, all.size());
    }

    public static List<AreaCounts> areaCounts(CockpitData data, int month) {
        return data.sections(SectionKind.AREA).stream().map(s -> counts(data, s, month)).toList();
    }

    public static TaskRollup progress(CockpitData data, Section battle, LocalDate today) {
        return TaskRollup.of(data.tasks(battle.code()), today);
    }
}
