package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** 同比: the reported growth when there is one, else the growth derived from last year's figure for the same months. */
public final class YearOnYear {
    private YearOnYear() {
    }

    public record Growth(BigDecimal percent, GrowthSource source) {
    }

    public static Optional<Growth> of(IndicatorKind kind, MonthlyFigure current, MonthlyFigure lastYear) {
        if (current == null) {
            return Optional.empty();
        }
        if (current.reportedGrowth() != null) {
            return Optional.of(new Growth(current.reportedGrowth(), GrowthSource.REPORTED));
        }
        if (kind == IndicatorKind.GROWTH_RATE || lastYear == null) {
            return Optional.empty();
        }
        return derive(current.value(), lastYear.value()).map(p -> new Growth(p, GrowthSource.DERIVED));
    }

    /** (current / last - 1) × 100; empty when last year's figure is missing, zero or negative. */
    public static Optional<BigDecimal> derive(BigDecimal current, BigDecimal lastYear) {
        if (current == null || lastYear == null || lastYear.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(current.divide(lastYear, MathContext.DECIMAL64).subtract(BigDecimal.ONE)
                .multiply(BigDecimal.valueOf(100)));
    }
}
