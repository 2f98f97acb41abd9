package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * How one indicator stands at the end of a month: everything a tile shows.
 *
 * @param value        the figure (cumulative value, level, or the growth in % for a growth-rate indicator); null when missing
 * @param target       the target it was compared with (a phase's value when a phase applies); null when none
 * @param completion   完成率 as a fraction; null when not defined (no figure, no target, target 0, growth-rate indicator)
 * @param timeProgress 序时进度 as a fraction for cumulative indicators; null for the others
 * @param gapPoints    the gap in 个百分点: completion − time progress (cumulative), growth − target growth (growth rate),
 *                     completion − 100 % (level); positive is good, also for 以内 indicators; null when not defined
 * @param growth       同比, reported or derived; null when neither exists
 * @param phaseLabel   the phase the figure was compared with (上半年), or null for the year's target
 */
public record Assessment(Indicator indicator, int year, int month, BigDecimal value, BigDecimal target,
                         BigDecimal stretch, BigDecimal completion, BigDecimal timeProgress, BigDecimal gapPoints,
                         Status status, YearOnYear.Growth growth, String phaseLabel, boolean sample) {

    public Optional<BigDecimal> completionRate() {
        return Optional.ofNullable(completion);
    }

    public Optional<BigDecimal> gap() {
        return Optional.ofNullable(gapPoints);
    }

    /**
     * The gap with its plain sign, as the words 超/低于序时进度 read it: completion − time progress, even for 以内
     * indicators (whose {@link #gapPoints} is inverted so that positive is good). Null when not defined.
     */
    public BigDecimal plainGap() {
        if (gapPoints == null) {
            return null;
        }
        return indicator.direction() == Direction.AT_MOST ? gapPoints.negate() : gapPoints;
    }
}
