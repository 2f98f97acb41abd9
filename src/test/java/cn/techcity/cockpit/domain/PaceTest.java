package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 倒排 on the published case and the cases where no pace means anything. */
class PaceTest {
    private static Indicator indicator(IndicatorKind kind, Direction direction, int decimals) {
        return new Indicator("X-01", "A3", 1, "测试指标", "亿元", "xx", decimals, direction, kind, false, 0);
    }

    @Test
    void aTargetOf100AfterFiveMonthsAt44() {
        // 56 to go over 7 months: 8.0 a month; 1—5月 averaged 8.8 a month: 8.0 / 8.8 = 0.909… → 0.9倍; 8.8 × 12 = 105.6 %
        Pace p = Pace.of(indicator(IndicatorKind.AMOUNT, Direction.AT_LEAST, 0), 5, new BigDecimal("44"), new BigDecimal("100"))
                .orElseThrow();
        assertThat(p.met()).isFalse();
        assertThat(p.perMonth()).isEqualByComparingTo("8.0").hasScaleOf(1);
        assertThat(p.ratio()).isEqualByComparingTo("0.9");
        assertThat(p.projected()).isEqualByComparingTo("105.6");
    }

    @Test
    void behindScheduleNeedsMoreThanSoFar() {
        Pace p = Pace.of(indicator(IndicatorKind.AMOUNT, Direction.AT_LEAST, 2), 10, new BigDecimal("60.00"), new BigDecimal("100"))
                .orElseThrow();
        assertThat(p.perMonth()).isEqualByComparingTo("20.00");
        assertThat(p.ratio()).isEqualByComparingTo("3.3");        // 20 / 6
        assertThat(p.projected()).isEqualByComparingTo("72.0");   // 6 × 12
    }

    @Test
    void aMetTargetSaysSoAndNoPaceWhereItMeansNothing() {
        assertThat(Pace.of(indicator(IndicatorKind.COUNT, Direction.AT_LEAST, 0), 8, new BigDecimal("120"), new BigDecimal("100"))
                .orElseThrow().met()).isTrue();
        Indicator amount = indicator(IndicatorKind.AMOUNT, Direction.AT_LEAST, 1);
        assertThat(Pace.of(indicator(IndicatorKind.GROWTH_RATE, Direction.AT_LEAST, 1), 5, BigDecimal.ONE, BigDecimal.TEN)).isEmpty();
        assertThat(Pace.of(indicator(IndicatorKind.LEVEL, Direction.AT_LEAST, 0), 5, BigDecimal.ONE, BigDecimal.TEN)).isEmpty();
        assertThat(Pace.of(indicator(IndicatorKind.AMOUNT, Direction.AT_MOST, 0), 5, BigDecimal.ONE, BigDecimal.TEN)).isEmpty();
        assertThat(Pace.of(amount, 12, BigDecimal.ONE, BigDecimal.TEN)).as("December: no month left").isEmpty();
        assertThat(Pace.of(amount, 5, null, BigDecimal.TEN)).isEmpty();
        assertThat(Pace.of(amount, 5, BigDecimal.ONE, null)).isEmpty();
        assertThat(Pace.of(amount, 5, BigDecimal.ZERO, BigDecimal.TEN).orElseThrow().ratio()).as("nothing yet: no multiple").isNull();
    }
}
