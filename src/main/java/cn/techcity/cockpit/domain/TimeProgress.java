package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;

/** 序时进度: the share of the year that has passed, against which a cumulative figure is read. */
public final class TimeProgress {
    private TimeProgress() {
    }

    /** At the end of month N: N/12 (month 12 → 1). */
    public static BigDecimal atEndOfMonth(int month) {
        return ofMonths(month, 12);
    }

    /** N months of a span of {@code months} months (a 上半年 phase: N/6). */
    public static BigDecimal ofMonths(int month, int months) {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("span must be 1..12 months: " + months);
        }
        if (month < 1 || month > months) {
            throw new IllegalArgumentException("month must be 1.." + months + ": " + month);
        }
        return BigDecimal.valueOf(month).divide(BigDecimal.valueOf(months), MathContext.DECIMAL64);
    }

    /** The day-based variant: days elapsed up to and including {@code day}, over the days of its year. */
    public static BigDecimal onDay(LocalDate day) {
        return BigDecimal.valueOf(day.getDayOfYear()).divide(BigDecimal.valueOf(day.lengthOfYear()), MathContext.DECIMAL64);
    }
}
