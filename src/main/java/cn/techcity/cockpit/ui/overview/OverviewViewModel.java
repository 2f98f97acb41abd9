package cn.techcity.cockpit.ui.overview;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.TaskStatus;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What the overview shows, computed from the store's data for a month; no JavaFX nodes, testable without a window. */
public final class OverviewViewModel {
    private OverviewViewModel() {
    }

    /** Status counts of a work area: green (incl. stretch met), amber, red, missing (no figure or no target). */
    public record AreaCounts(Section area, int green, int amber, int red, int missing, int total) {
    }

    /** Progress of a battle: tasks done of all, overdue ones on {@code today}, tasks by status. */
    public record BattleProgress(Section battle, int done, int total, int overdue, Map<TaskStatus, Integer> byStatus) {
        public double share() {
            return total == 0 ? 0 : (double) done / total;
        }
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

    public static BattleProgress progress(CockpitData data, Section battle, LocalDate today) {
        List<BattleTask> tasks = data.tasks(battle.code());
        Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            byStatus.put(s, 0);
        }
        int overdue = 0;
        for (BattleTask t : tasks) {
            byStatus.merge(t.status(), 1, Integer::sum);
            if (t.overdueOn(today)) {
                overdue++;
            }
        }
        return new BattleProgress(battle, byStatus.get(TaskStatus.DONE), tasks.size(), overdue, byStatus);
    }
}
