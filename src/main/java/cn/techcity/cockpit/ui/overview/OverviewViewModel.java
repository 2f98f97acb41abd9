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

    /** Status counts of a work area: green (incl. stretch met), amber, red, missing (no figure or no target). */
    public record AreaCounts(Section area, int green, int amber, int red, int missing, int total) {
    }

    public static AreaCounts counts(CockpitData data, Section area, int month) {
        int green = 0;
        int amber = 0;
        int red = 0;
        int missing = 0;
        List<Assessment> all = data.assess(area.code(), month);
        for (Assessment a : all) {
            switch (a.status()) {
                case GREEN, STRETCH_MET -> green++;
                case AMBER -> amber++;
                case RED -> red++;
                case NO_DATA, NO_TARGET -> missing++;
            }
        }
        return new AreaCounts(area, green, amber, red, missing, all.size());
    }

    public static List<AreaCounts> areaCounts(CockpitData data, int month) {
        return data.sections(SectionKind.AREA).stream().map(s -> counts(data, s, month)).toList();
    }

    public static TaskRollup progress(CockpitData data, Section battle, LocalDate today) {
        return TaskRollup.of(data.tasks(battle.code()), today);
    }
}
