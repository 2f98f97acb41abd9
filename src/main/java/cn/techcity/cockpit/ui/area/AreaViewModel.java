package cn.techcity.cockpit.ui.area;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.Target;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The numbers of a work-area view that are not a tile: the trend series and the projects by stage. */
public final class AreaViewModel {
    private AreaViewModel() {
    }

    /** Month 1..12 values; null where there is no figure (a gap in the line, never a zero). */
    public record Trend(List<BigDecimal> actual, List<BigDecimal> timeProgressLine, List<BigDecimal> lastYear) {
    }

    /**
     * The cumulative figure month by month up to {@code month}, the target's time-progress line (target × m/12) and last
     * year's figures. For a growth-rate or level indicator the target line is flat.
     */
    public static Trend trend(CockpitData data, Indicator indicator, int month) {
        int y = data.year() + indicator.planYearOffset();
        List<BigDecimal> actual = new ArrayList<>();
        List<BigDecimal> line = new ArrayList<>();
        List<BigDecimal> last = new ArrayList<>();
        BigDecimal target = data.target(indicator.code(), y).map(Target::base).orElse(null);
        List<MonthlyFigure> series = data.series(indicator.code(), y);
        List<MonthlyFigure> lastSeries = data.series(indicator.code(), y - 1);
        for (int m = 1; m <= 12; m++) {
            MonthlyFigure f = series.get(m - 1);
            actual.add(m <= month && f != null ? f.value() : null);
            if (target == null) {
                line.add(null);
            } else if (indicator.kind().cumulative()) {
                line.add(target.multiply(BigDecimal.valueOf(m)).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));
            } else {
                line.add(target);
            }
            MonthlyFigure l = lastSeries.get(m - 1);
            last.add(l == null ? null : l.value());
        }
        return new Trend(actual, line, last);
    }

    /** The indicator a trend chart starts with: the area's first cumulative amount, else count, else its first. */
    public static Indicator defaultTrendIndicator(List<Indicator> indicators) {
        return indicators.stream().filter(i -> i.kind() == IndicatorKind.AMOUNT).findFirst()
                .or(() -> indicators.stream().filter(i -> i.kind() == IndicatorKind.COUNT).findFirst())
                .orElse(indicators.isEmpty() ? null : indicators.get(0));
    }

    /** A value axis of whole steps: lower and upper bound and the step (1, 2, 5, 10, 20, 50 …; at most 10 steps). */
    public record WholeAxis(double lower, double upper, double step) {
    }

    /**
     * The value axis for a count (项, 家, 人 …): whole steps only, a count of 2.5 projects does not exist (the chart's own
     * axis chose 0.5 steps for small counts). Zero is always in range, as on the other charts.
     */
    public static WholeAxis wholeAxis(double min, double max) {
        double lo = Math.min(0, Math.floor(min));
        double hi = Math.max(1, Math.ceil(max));
        double step = 1;
        for (double magnitude = 1; ; magnitude *= 10) {
            double[] candidates = {magnitude, 2 * magnitude, 5 * magnitude};
            boolean found = false;
            for (double c : candidates) {
                if ((Math.ceil(hi / c) - Math.floor(lo / c)) <= 10) {
                    step = c;
                    found = true;
                    break;
                }
            }
            if (found) {
                break;
            }
        }
        return new WholeAxis(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step);
    }

    public static Map<ProjectStage, Integer> byStage(List<Project> projects) {
        Map<ProjectStage, Integer> counts = new EnumMap<>(ProjectStage.class);
        for (ProjectStage s : ProjectStage.values()) {
            counts.put(s, 0);
        }
        projects.forEach(p -> counts.merge(p.stage(), 1, Integer::sum));
        return counts;
    }
}
