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

    public record Problem(Severity severity, String message) {
        public boolean error() {
            return severity == Severity.ERROR;
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
            problems.add(new Problem(Severity.ERROR, input.error()));
            return problems;
        }
        BigDecimal v = input.value();
        if (v == null) {
            return problems;
        }
        boolean growthValue = field == Field.GROWTH || indicator.kind() == IndicatorKind.GROWTH_RATE;
        if (input.percent() && !growthValue && !indicator.isPercent()) {
            problems.add(new Problem(Severity.ERROR, "该指标单位是" + indicator.unit() + ",不是百分比 / the unit is "
                    + indicator.unit() + ", not %"));
        }
        int decimals = growthValue && field == Field.GROWTH ? 2 : indicator.decimals();
        if (v.stripTrailingZeros().scale() > decimals) {
            problems.add(new Problem(Severity.ERROR, "小数位数超过精度:" + indicator.name() + " 最多 " + decimals + " 位小数 / at most "
                    + decimals + " decimals"));
        }
        int digits = field == Field.GROWTH ? GROWTH_INTEGER_DIGITS : FIGURE_INTEGER_DIGITS;
        if (v.abs().compareTo(BigDecimal.TEN.pow(digits)) >= 0) {
            problems.add(new Problem(Severity.ERROR, "数值过大:" + indicator.name() + " 最多 " + digits + " 位整数(单位"
                    + indicator.unit() + "),请检查单位或是否多输了数字 / too large: at most " + digits + " digits before the point"));
            return problems;
        }
        if (v.signum() < 0 && !growthValue) {
            problems.add(new Problem(Severity.ERROR, indicator.name() + "不能为负数 / cannot be negative"));
        }
        if (field == Field.FIGURE && indicator.kind().cumulative() && previousMonth != null && v.compareTo(previousMonth) < 0) {
            problems.add(new Problem(Severity.WARNING, "低于上月累计数 " + previousMonth.stripTrailingZeros().toPlainString()
                    + ":累计数一般不减少,请确认并在备注中说明 / lower than last month's cumulative figure: confirm and add a note"));
        }
        if (growthValue && (v.compareTo(GROWTH_LOW) < 0 || v.compareTo(GROWTH_HIGH) > 0)) {
            problems.add(new Problem(Severity.WARNING, "增长 " + v.stripTrailingZeros().toPlainString() + "% 超出常见范围(-50%~200%),请确认"
                    + " / growth outside the usual range: confirm"));
        }
        if (field == Field.STRETCH_TARGET && base != null && indicator.direction() == Direction.AT_LEAST && v.compareTo(base) < 0) {
            problems.add(new Problem(Severity.WARNING, "高线目标低于目标 " + base.stripTrailingZeros().toPlainString()
                    + " / the stretch target is below the base target"));
        }
        return problems;
    }
}
