package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The cumulative figure of an indicator at the end of a month (1-N月累计).
 *
 * @param value          the cumulative value; null when only a growth was reported
 * @param reportedGrowth 同比 as the department reported it, in percent; kept as entered (official growth is at
 *                       comparable prices and cannot be recomputed)
 */
public record MonthlyFigure(String indicatorCode, int year, int month, BigDecimal value, BigDecimal reportedGrowth,
                            String note, Revision revision, String enteredBy, Instant enteredAt, boolean sample) {
    public MonthlyFigure {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12: " + month);
        }
        revision = revision == null ? Revision.PROVISIONAL : revision;
        Objects.requireNonNull(enteredBy, "enteredBy");
        Objects.requireNonNull(enteredAt, "enteredAt");
    }

    public YearMonthKey key() {
        return new YearMonthKey(indicatorCode, year, month);
    }

    /** Identifies one cell of the year grid. */
    public record YearMonthKey(String indicatorCode, int year, int month) {
        @Override
        public String toString() {
            return indicatorCode + "/" + year + "/" + month;
        }
    }
}
