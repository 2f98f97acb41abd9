package cn.techcity.cockpit.domain;

import static cn.techcity.cockpit.domain.Fixtures.amount;
import static cn.techcity.cockpit.domain.Fixtures.d;
import static cn.techcity.cockpit.domain.Fixtures.figure;
import static cn.techcity.cockpit.domain.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueFormatTest {
    @Test
    void numbersKeepTheMaskPrecision() {
        Indicator twoDecimals = Indicator.of("X", "A1", 1, "招引内资", "亿元", "xx.xx", IndicatorKind.AMOUNT, Direction.AT_LEAST, false);
        assertThat(ValueFormat.withUnit(d("45.6"), twoDecimals)).isEqualTo("45.60亿元");
        assertThat(ValueFormat.withUnit(d("45.605"), twoDecimals)).isEqualTo("45.61亿元");
        Indicator count = Indicator.of("Y", "A2", 1, "引进项目", "个", "xx", IndicatorKind.COUNT, Direction.AT_LEAST, false);
        assertThat(ValueFormat.withUnit(d("15"), count)).isEqualTo("15个");
        Indicator usd = Indicator.of("Z", "A2", 2, "实际利用外资", "万美元", "xxxx", IndicatorKind.AMOUNT, Direction.AT_LEAST, true);
        assertThat(ValueFormat.withUnit(d("4567"), usd)).isEqualTo("4567万美元");
        Indicator area = Indicator.of("W", "A5", 2, "消化批而未供", "亩", "xxxx.xx", IndicatorKind.AMOUNT, Direction.AT_LEAST, false);
        assertThat(ValueFormat.withUnit(d("1234.5"), area)).isEqualTo("1234.50亩");
    }

    @Test
    void missingIsADashNeverZero() {
        assertThat(ValueFormat.withUnit(null, amount(Direction.AT_LEAST))).isEqualTo("—");
        assertThat(ValueFormat.percentOfFraction(null)).isEqualTo("—");
    }

    @Test
    void percentagesAndGrowth() {
        assertThat(ValueFormat.percentOfFraction(d("0.852"))).isEqualTo("85.2%");
        assertThat(ValueFormat.growth(d("12.34"))).isEqualTo("+12.3%");
        assertThat(ValueFormat.growth(d("-0.44"))).isEqualTo("-0.4%");
        assertThat(ValueFormat.grouped(d("12345.6"), 1)).isEqualTo("12,345.6");
    }

    @Test
    void gapPhraseInTheDocumentsWords() {
        Indicator i = amount(Direction.AT_LEAST);
        // month 10: 85.2 of 100 against 83.3 % time progress: 1.9 points ahead
        Assessment ahead = StatusRule.assess(i, 2026, 10, figure(i, 2026, 10, "85.2"), target(i, 2026, "100", null), null);
        assertThat(ValueFormat.gapPhrase(ahead)).isEqualTo("超序时进度1.9个百分点");
        Assessment behind = StatusRule.assess(i, 2026, 10, figure(i, 2026, 10, "80.3"), target(i, 2026, "100", null), null);
        assertThat(ValueFormat.gapPhrase(behind)).isEqualTo("低于序时进度3.0个百分点");
        Assessment even = StatusRule.assess(i, 2026, 6, figure(i, 2026, 6, "50"), target(i, 2026, "100", null), null);
        assertThat(ValueFormat.gapPhrase(even)).isEqualTo("与序时进度持平");
    }
}
