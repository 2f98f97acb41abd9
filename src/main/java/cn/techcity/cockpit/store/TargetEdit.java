package cn.techcity.cockpit.store;

import java.math.BigDecimal;

/** A change to a year's target of an indicator; only the fields marked {@code set…} are written. */
public record TargetEdit(String indicatorCode, int year, boolean setBase, BigDecimal base, boolean setStretch,
                         BigDecimal stretch, int expectedVersion) {
    public String key() {
        return indicatorCode + "/" + year;
    }
}
