package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The rule 时间过半、任务过半, as BRIEF.md and the help page state it.
 * <ul>
 *   <li>Cumulative amounts and counts: 完成率 = value / target against 序时进度 = N/12 (or N/k for a phase due by
 *       month k). Green when the gap is ≥ 0, amber when short by less than {@link #AMBER_BAND_POINTS} 个百分点, red
 *       otherwise.</li>
 *   <li>Growth rates: the growth against the target growth, gap in 个百分点 = growth − target, same bands.</li>
 *   <li>Levels (a count reached, not accumulated): 完成率 against 100 %.</li>
 *   <li>以内 (lower is better) inverts the gap; 左右 is green within ±{@link #ABOUT_BAND_POINTS} points, amber within the
 *       amber band.</li>
 *   <li>Stretch met (高线目标): the same comparison against the stretch target is ≥ 0.</li>
 *   <li>No figure: {@link Status#NO_DATA}; no target: {@link Status#NO_TARGET}. Never zero.</li>
 *   <li>Target 0: no 完成率; at least 0 is met, at most 0 is met only by 0.</li>
 * </ul>
 */
public final class StatusRule {
    /** Behind by less than this many percentage points is amber. */
    public static final BigDecimal AMBER_BAND_POINTS = BigDecimal.TEN;
    /** A 左右 target is green within this many points either side. */
    public static final BigDecimal ABOUT_BAND_POINTS = BigDecimal.valueOf(5);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private StatusRule() {
    }

    /**
     * Assesses an indicator at the end of {@code month}.
     *
     * @param figure   the figure of that month, or null when none was entered
     * @param lastYear last year's figure for the same month (for a derived 同比), or null
     */
    public static Assessment assess(Indicator indicator, int year, int month, MonthlyFigure figure, Target target,
                                    MonthlyFigure lastYear) {
        BigDecimal value = valueOf(indicator, figure);
        YearOnYear.Growth growth = indicator.kind() == IndicatorKind.GROWTH_RATE ? null
                : YearOnYear.of(indicator.kind(), figure, lastYear).orElse(null);
        boolean sample = (figure != null && figure.sample()) || (target != null && target.sample());
        BigDecimal base = target == null ? null : target.base();
        BigDecimal stretch = target == null ? null : target.stretch();

        if (value == null) {
            return new Assessment(indicator, year, month, null, base, stretch, null,
                    indicator.kind().cumulative() ? TimeProgress.atEndOfMonth(month) : null, null,
                    Status.NO_DATA, growth, null, sample);
        }
        if (base == null) {
            return new Assessment(indicator, year, month, value, null, stretch, null,
                    indicator.kind().cumulative() ? TimeProgress.atEndOfMonth(month) : null, null,
                    Status.NO_TARGET, growth, null, sample);
        }

        String phaseLabel = null;
        BigDecimal timeProgress = null;
        BigDecimal compareWith = base;
        if (indicator.kind().cumulative()) {
            Optional<TargetPhase> phase = target.phaseFor(month);
            if (phase.isPresent()) {
                compareWith = phase.get().value();
                phaseLabel = phase.get().label();
                timeProgress = TimeProgress.ofMonths(month, phase.get().byMonth());
                stretch = null; // a stretch is set for the year, not for a phase
            } else {
                timeProgress = TimeProgress.atEndOfMonth(month);
            }
        }

        BigDecimal completion = indicator.kind() == IndicatorKind.GROWTH_RATE ? null
                : CompletionRate.of(value, compareWith).orElse(null);
        BigDecimal gap = gap(indicator, value, compareWith, timeProgress);
        Status status;
        if (gap == null) {
            status = zeroTargetStatus(indicator.direction(), value);
        } else {
            status = band(indicator.direction(), gap);
            if (stretch != null && status == Status.GREEN && indicator.direction() != Direction.ABOUT) {
                BigDecimal stretchGap = gap(indicator, value, stretch, timeProgress);
                if (stretchGap != null && stretchGap.signum() >= 0) {
                    status = Status.STRETCH_MET;
                }
            }
        }
        return new Assessment(indicator, year, month, value, compareWith, stretch, completion, timeProgress,
                gap, status, growth, phaseLabel, sample);
    }

    /** The figure that is compared: the growth itself for a growth-rate indicator. */
    private static BigDecimal valueOf(Indicator indicator, MonthlyFigure figure) {
        if (figure == null) {
            return null;
        }
        if (indicator.kind() == IndicatorKind.GROWTH_RATE) {
            return figure.value() != null ? figure.value() : figure.reportedGrowth();
        }
        return figure.value();
    }

    /** Gap in points, signed so that positive is good; null when the target is 0 (no rate exists). */
    private static BigDecimal gap(Indicator indicator, BigDecimal value, BigDecimal target, BigDecimal timeProgress) {
        BigDecimal raw;
        if (indicator.kind() == IndicatorKind.GROWTH_RATE) {
            raw = value.subtract(target);
        } else {
            if (target.signum() == 0) {
                return null;
            }
            BigDecimal completion = value.divide(target, MathContext.DECIMAL64);
            BigDecimal due = timeProgress != null ? timeProgress : BigDecimal.ONE;
            raw = completion.subtract(due).multiply(HUNDRED);
        }
        return indicator.direction() == Direction.AT_MOST ? raw.negate() : raw;
    }

    private static Status band(Direction direction, BigDecimal gap) {
        if (direction == Direction.ABOUT) {
            BigDecimal off = gap.abs();
            if (off.compareTo(ABOUT_BAND_POINTS) <= 0) {
                return Status.GREEN;
            }
            return off.compareTo(AMBER_BAND_POINTS) < 0 ? Status.AMBER : Status.RED;
        }
        if (gap.signum() >= 0) {
            return Status.GREEN;
        }
        return gap.negate().compareTo(AMBER_BAND_POINTS) < 0 ? Status.AMBER : Status.RED;
    }

    private static Status zeroTargetStatus(Direction direction, BigDecimal value) {
        return switch (direction) {
            case AT_LEAST -> value.signum() >= 0 ? Status.GREEN : Status.RED;
            case AT_MOST, ABOUT -> value.signum() <= 0 ? Status.GREEN : Status.RED;
        };
    }
}
