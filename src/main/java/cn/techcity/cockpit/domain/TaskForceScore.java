package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A task force's score for a two-month period: period 1 is 1-2月, period 6 is 11-12月. */
public record TaskForceScore(String taskForceCode, int year, int period, BigDecimal score, boolean sample) {
    public TaskForceScore {
        Objects.requireNonNull(taskForceCode, "taskForceCode");
        Objects.requireNonNull(score, "score");
        if (period < 1 || period > 6) {
            throw new IllegalArgumentException("period must be 1..6: " + period);
        }
    }

    /** The last period that is complete at the end of {@code month}: month 5 → period 2 (3-4月). */
    public static int lastCompletePeriod(int month) {
        return month / 2;
    }

    public static String periodLabel(int period) {
        return (2 * period - 1) + "-" + (2 * period) + "月";
    }
}
