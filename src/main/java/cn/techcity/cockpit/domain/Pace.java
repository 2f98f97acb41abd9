package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * 倒排 (issue 17, groundwork): for a cumulative indicator with a target, what each remaining month must bring for the
 * year to be met, against the monthly average so far, and where the year ends at today's pace. Only where it means
 * something: a cumulative amount or count, a target above zero, figures through a month before December; a met target
 * says so instead.
 *
 * @param met          the target is already reached: no pace is needed
 * @param perMonth     后续月均需完成 (the indicator's precision, at least one decimal); null when met
 * @param ratio        that pace as a multiple of the monthly average of 1—N月 (one decimal); null when met or nothing yet
 * @param projected    按目前进度全年预计完成 this share of the target, in percent (one decimal)
 */
public record Pace(boolean met, BigDecimal perMonth, BigDecimal ratio, BigDecimal projected) {

    /** The pace toward {@code target} after {@code month} months with {@code cumulative} reached. */
    public static Optional<Pace> of(Indicator indicator, int month, BigDecimal cumulative, BigDecimal target) {
        if (!indicator.kind().cumulative() || indicator.direction() == Direction.AT_MOST || target == null
                || target.signum() <= 0 || cumulative == null || month < 1 || month > 11) {
            return Optional.empty();
        }
        int scale = Math.max(1, indicator.decimals());
        BigDecimal average = cumulative.divide(BigDecimal.valueOf(month), MathContext.DECIMAL64);
        BigDecimal projected = average.multiply(BigDecimal.valueOf(12)).multiply(BigDecimal.valueOf(100))
                .divide(target, 1, RoundingMode.HALF_UP);
        if (cumulative.compareTo(target) >= 0) {
            return Optional.of(new Pace(true, null, null, projected));
        }
        BigDecimal perMonth = target.subtract(cumulative).divide(BigDecimal.valueOf(12 - month), scale, RoundingMode.HALF_UP);
        BigDecimal ratio = average.signum() == 0 ? null
                : target.subtract(cumulative).divide(BigDecimal.valueOf(12 - month), MathContext.DECIMAL64)
                .divide(average, 1, RoundingMode.HALF_UP);
        return Optional.of(new Pace(false, perMonth, ratio, projected));
    }
}
