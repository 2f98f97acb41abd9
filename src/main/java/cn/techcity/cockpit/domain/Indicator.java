package cn.techcity.cockpit.domain;

import java.util.Objects;

/**
 * A named figure of the document.
 *
 * @param mask           the document's mask (xx.xx): it gives magnitude and precision
 * @param decimals       digits after the point, from the mask
 * @param planYearOffset 0 for figures of the review year, 1 for the battles' targets of the plan year
 */
public record Indicator(String code, String sectionCode, int ord, String name, String unit, String mask, int decimals,
                        Direction direction, IndicatorKind kind, boolean headline, int planYearOffset) {
    public Indicator {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(sectionCode, "sectionCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(kind, "kind");
        if (decimals < 0 || decimals > 4) {
            throw new IllegalArgumentException("decimals must be 0..4 for " + code + ": " + decimals);
        }
    }

    /** An indicator defined by its document mask: the precision is read off the mask. */
    public static Indicator of(String code, String sectionCode, int ord, String name, String unit, String mask,
                               IndicatorKind kind, Direction direction, boolean headline) {
        return new Indicator(code, sectionCode, ord, name, unit, mask, Mask.decimals(mask), direction, kind, headline, 0);
    }

    public Indicator forPlanYear() {
        return new Indicator(code, sectionCode, ord, name, unit, mask, decimals, direction, kind, headline, 1);
    }

    public boolean isPercent() {
        return "%".equals(unit);
    }
}
