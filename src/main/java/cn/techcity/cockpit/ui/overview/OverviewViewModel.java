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

    /** A point of a headline chart: month 1..12 and a value in percent. */
    public record Point(int month, double percent) {
    }

    /**
     * A headline indicator month by month against 序时 (时间过半、任务过半): for a cumulative or level indicator its 完成率
     * of each month that has one, against the 序时进度 line N/12 (a level: against 100 %); for a growth rate its growth,
     * against the target growth. Percent; months after {@code month} are left out (the cockpit as of that month).
     *
     * @param actual the months with a value, in order
     * @param line   what the actual is read against, for the whole year
     */
    public record HeadlineTrend(cn.techcity.cockpit.domain.Indicator indicator, List<Point> actual, List<Point> line) {
        public HeadlineTrend {
            actual = List.copyOf(actual);
            line = List.copyOf(line);
        }

        public boolean growthRate() {
            return indicator.kind() == cn.techcity.cockpit.domain.IndicatorKind.GROWTH_RATE;
        }
    }

    public static HeadlineTrend headlineTrend(CockpitData data, cn.techcity.cockpit.domain.Indicator indicator, int month) {
        java.util.List<Point> actual = new java.util.ArrayList<>();
        java.util.List<Point> line = new java.util.ArrayList<>();
        boolean growth = indicator.kind() == cn.techcity.cockpit.domain.IndicatorKind.GROWTH_RATE;
        java.math.BigDecimal hundred = java.math.BigDecimal.valueOf(100);
        for (int m = 1; m <= 12; m++) {
            Assessment a = data.assess(indicator, m);
            java.math.BigDecimal v = growth ? a.value() : a.completion();
            if (m <= month && v != null) {
                actual.add(new Point(m, growth ? v.doubleValue() : v.multiply(hundred).doubleValue()));
            }
            java.math.BigDecimal reference = growth ? a.target()
                    : indicator.kind().cumulative() ? cn.techcity.cockpit.domain.TimeProgress.atEndOfMonth(m).multiply(hundred)
                    : hundred;
            if (reference != null) {
                line.add(new Point(m, reference.doubleValue()));
            }
        }
        return new HeadlineTrend(indicator, actual, line);
    }
}
