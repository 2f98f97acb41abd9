package cn.techcity.cockpit.store;

import java.math.BigDecimal;

/**
 * A change to one month's figure of an indicator: only the fields marked {@code set…} are written.
 *
 * @param expectedVersion the row version the editor loaded; {@link #ABSENT} when the row did not exist then
 */
public record FigureEdit(String indicatorCode, int year, int month, boolean setValue, BigDecimal value, boolean setGrowth,
                         BigDecimal growth, boolean setNote, String note, int expectedVersion) {
    public static final int ABSENT = -1;
    /** Write whatever version the row has (bulk loads, tools): no optimistic check. */
    public static final int ANY_VERSION = -2;

    public String key() {
        return indicatorCode + "/" + year + "/" + month;
    }
}
