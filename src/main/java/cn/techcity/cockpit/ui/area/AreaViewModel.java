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

    public static Map<ProjectStage, Integer> byStage(List<Project> projects) {
        Map<ProjectStage, Integer> counts = new EnumMap<>(ProjectStage.class);
        for (ProjectStage s : ProjectStage.values()) {
            counts.put(s, 0);
        }
        projects.forEach(p -> counts.merge(p.stage(), 1, Integer::sum));
        return counts;
    }
}
