package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as the document writes them: in their unit, with the precision of their mask. */
public final class ValueFormat {
    /** What a missing figure shows: never 0. */
    public static final String MISSING = "—";

    private ValueFormat() {
    }

    /** The number alone, rounded half-up to the indicator's precision: 45.6, 1,234 → "1234" (no grouping, as the document). */
    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** The number and its unit: "45.6亿元", "12.3%", "15个". */
    public static String withUnit(BigDecimal value, Indicator indicator) {
        if (value == null) {
            return MISSING;
        }
        return number(value, indicator.decimals()) + indicator.unit();
    }

    /** A fraction as a percentage with one decimal: 0.852 → "85.2%". */
    public static String percentOfFraction(BigDecimal fraction) {
        if (fraction == null) {
            return MISSING;
        }
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** A growth in percent with one decimal and its sign: "+12.3%", "-0.4%". */
    public static String growth(BigDecimal percent) {
        if (percent == null) {
            return MISSING;
        }
        BigDecimal r = percent.setScale(1, RoundingMode.HALF_UP);
        return (r.signum() > 0 ? "+" : "") + r.toPlainString() + "%";
    }

    /** Points as a number with one decimal, no sign: 1.9. */
    public static String points(BigDecimal points) {
        if (points == null) {
            return MISSING;
        }
        return points.abs().setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * The progress phrase of the document: "超序时进度1.9个百分点", "低于序时进度3.0个百分点", "与序时进度持平".
     * For a growth rate: "高于目标2.0个百分点" / "低于目标…".
     */
    public static String gapPhrase(Assessment a) {
        if (a.plainGap() == null) {
            return "";
        }
        BigDecimal r = a.plainGap().setScale(1, RoundingMode.HALF_UP);
        boolean progressBased = a.timeProgress() != null;
        String reference = progressBased ? "序时进度" : "目标";
        if (r.signum() == 0) {
            return "与" + reference + "持平";
        }
        if (progressBased) {
            return (r.signum() > 0 ? "超" : "低于") + reference + points(r) + "个百分点";
        }
        return (r.signum() > 0 ? "高于" : "低于") + reference + points(r) + "个百分点";
    }

    /** Grouped thousands, for big tables: 12,345.6. */
    public static String grouped(BigDecimal value, int decimals) {
        if (value == null) {
            return MISSING;
        }
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        f.setRoundingMode(RoundingMode.HALF_UP);
        return f.format(value);
    }
}
