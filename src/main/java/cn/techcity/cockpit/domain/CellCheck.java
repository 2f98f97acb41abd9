package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a value must pass before it is saved, at the cell. Errors block the save; warnings need the clerk's
 * confirmation (and, for a cumulative figure lower than the month before, a note).
 */
public final class CellCheck {
    /** Growth rates outside this range are possible but rare enough to ask. */
    public static final BigDecimal GROWTH_LOW = BigDecimal.valueOf(-50);
    public static final BigDecimal GROWTH_HIGH = BigDecimal.valueOf(200);
    /** What the store can hold: 16 digits before the point for a figure or target, 8 for a growth in percent. */
    static final int FIGURE_INTEGER_DIGITS = 16;
    static final int GROWTH_INTEGER_DIGITS = 8;

    private CellCheck() {
    }

    public enum Severity { ERROR, WARNING }

    /** A problem of a cell: the sentence in the clerk's language is {@code text().in(locale)}. */
    public record Problem(Severity severity, Text text) {
        public boolean error() {
            return severity == Severity.ERROR;
        }

        /** Both languages (the command line, the import's report). */
        public String message() {
            return text.both();
        }
    }

    /** What kind of cell: a month's cumulative figure, the reported 同比 (percent), or a target. */
    public enum Field { FIGURE, GROWTH, BASE_TARGET, STRETCH_TARGET }

    /**
     * @param previousMonth the cumulative figure of the month before (for a month's figure), or null
     * @param base          the base target (for a stretch target), or null
     */
    public static List<Problem> check(Indicator indicator, Field field, NumberInput.Parsed input, BigDecimal previousMonth,
                                      BigDecimal base) {
        List<Problem> problems = new ArrayList<>();
        if (!input.ok()) {
            problems.add(new Problem(Severity.ERROR, input.problem()));
            return problems;
        }
        BigDecimal v = input.value();
        if (v == null) {
            return problems;
        }
        boolean growthValue = field == Field.GROWTH || indicator.kind() == IndicatorKind.GROWTH_RATE;
        if (input.percent() && !growthValue && !indicator.isPercent()) {
            problems.add(new Problem(Severity.ERROR, Text.of("msg.not-percent", indicator.unit())));
        }
        int decimals = growthValue && field == Field.GROWTH ? 2 : indicator.decimals();
        if (v.stripTrailingZeros().scale() > decimals) {
            problems.add(new Problem(Severity.ERROR, Text.of("msg.too-many-decimals", indicator.name(), Integer.toString(decimals))));
        }
        int digits = field == Field.GROWTH ? GROWTH_INTEGER_DIGITS : FIGURE_INTEGER_DIGITS;
        if (v.abs().compareTo(BigDecimal.TEN.pow(digits)) >= 0) {
            problems.add(new Problem(Severity.ERROR, Text.of("msg.too-large", indicator.name(), Integer.toString(digits),
                    indicator.unit())));
            return problems;
        }
        if (v.signum() < 0 && !growthValue) {
            problems.add(new Problem(Severity.ERROR, Text.of("msg.negative", indicator.name())));
        }
        if (field == Field.FIGURE && indicator.kind().cumulative() && previousMonth != null && v.compareTo(previousMonth) < 0) {
            problems.add(new Problem(Severity.WARNING, Text.of("msg.below-last-month", previousMonth.stripTrailingZeros().toPlainString())));
        }
        if (growthValue && (v.compareTo(GROWTH_LOW) < 0 || v.compareTo(GROWTH_HIGH) > 0)) {
            problems.add(new Problem(Severity.WARNING, Text.of("msg.growth-unusual", v.stripTrailingZeros().toPlainString())));
        }
        if (field == Field.STRETCH_TARGET && base != null && indicator.direction() == Direction.AT_LEAST && v.compareTo(base) < 0) {
            problems.add(new Problem(Severity.WARNING, Text.of("msg.stretch-below-base", base.stripTrailingZeros().toPlainString())));
        }
        return problems;
    }
}
