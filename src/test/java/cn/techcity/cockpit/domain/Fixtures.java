package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** Small builders for tests. */
public final class Fixtures {
    private Fixtures() {
    }

    public static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    public static Indicator amount(Direction direction) {
        return new Indicator("T-01", "A1", 1, "有效投资", "亿元", "xx.x", 1, direction, IndicatorKind.AMOUNT, false, 0);
    }

    public static Indicator growth(Direction direction) {
        return new Indicator("T-02", "A1", 2, "高新技术产业投资增长", "%", "xx.x", 1, direction, IndicatorKind.GROWTH_RATE, false, 0);
    }

    public static Indicator level() {
        return new Indicator("T-03", "A1", 3, "全职高层次人才", "人", "xxx", 0, Direction.AT_LEAST, IndicatorKind.LEVEL, false, 0);
    }

    public static MonthlyFigure figure(Indicator i, int year, int month, String value) {
        return new MonthlyFigure(i.code(), year, month, value == null ? null : d(value), null, null, Revision.PROVISIONAL,
                "test", Instant.parse("2026-11-05T08:00:00Z"), false);
    }

    public static Target target(Indicator i, int year, String base, String stretch) {
        return Target.of(i.code(), year, base == null ? null : d(base), stretch == null ? null : d(stretch));
    }
}
