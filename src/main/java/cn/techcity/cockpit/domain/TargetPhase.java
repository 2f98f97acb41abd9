package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** A sub-target due by a month of the year, e.g. 上半年 (by month 6). */
public record TargetPhase(int byMonth, String label, BigDecimal value) {
    public TargetPhase {
        if (byMonth < 1 || byMonth > 12) {
            throw new IllegalArgumentException("byMonth must be 1..12: " + byMonth);
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
