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

    public String key() {
        return indicatorCode + "/" + year + "/" + month;
    }
}
