package cn.techcity.cockpit.domain;

/** The document's masked numbers (xx.x亿元, xxxx万美元): the mask gives a figure's magnitude and precision. */
public final class Mask {
    private Mask() {
    }

    /** Digits after the decimal point: {@code xx.xx} → 2, {@code xxxx} → 0. */
    public static int decimals(String mask) {
        validate(mask);
        int dot = mask.indexOf('.');
        return dot < 0 ? 0 : mask.length() - dot - 1;
    }

    /** Digits before the decimal point: {@code xxx.x} → 3. */
    public static int integerDigits(String mask) {
        validate(mask);
        int dot = mask.indexOf('.');
        return dot < 0 ? mask.length() : dot;
    }

    private static void validate(String mask) {
        if (mask == null || !mask.matches("x+(\\.x+)?")) {
            throw new IllegalArgumentException("not a document mask (like xx.xx): " + mask);
        }
    }
}
