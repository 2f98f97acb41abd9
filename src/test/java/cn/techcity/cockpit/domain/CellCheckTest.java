package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellCheckTest {
    private final Indicator amount2 = Indicator.of("A2-03", "A2", 3, "招引内资", "亿元", "xx.xx", IndicatorKind.AMOUNT, Direction.AT_LEAST, false);
    private final Indicator growth = Indicator.of("H0-02", "H0", 2, "高新技术产业投资增长", "%", "xx.x", IndicatorKind.GROWTH_RATE, Direction.AT_LEAST, true);

    private List<CellCheck.Problem> check(Indicator i, CellCheck.Field f, String text, String previous, String base) {
        return CellCheck.check(i, f, NumberInput.parse(text), previous == null ? null : new BigDecimal(previous),
                base == null ? null : new BigDecimal(base));
    }

    @Test
    void notANumberIsAnError() {
        assertThat(check(amount2, CellCheck.Field.FIGURE, "十二", null, null)).singleElement()
                .satisfies(p -> assertThat(p.error()).isTrue());
    }

    @Test
    void moreDecimalsThanThePrecisionIsAnError() {
        List<CellCheck.Problem> p = check(amount2, CellCheck.Field.FIGURE, "12.345", null, null);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.error()).isTrue();
            assertThat(x.message()).contains("最多 2 位小数");
        });
        assertThat(check(amount2, CellCheck.Field.FIGURE, "12.340", null, null)).as("trailing zeros are fine").isEmpty();
    }

    @Test
    void negativeWhereImpossibleIsAnErrorButAGrowthMayFall() {
        assertThat(check(amount2, CellCheck.Field.FIGURE, "-1", null, null)).anyMatch(p -> p.error() && p.message().contains("不能为负数"));
        assertThat(check(growth, CellCheck.Field.FIGURE, "-3.5", null, null)).isEmpty();
        assertThat(check(amount2, CellCheck.Field.GROWTH, "-3.5", null, null)).isEmpty();
    }

    @Test
    void aCumulativeFigureBelowLastMonthIsAWarning() {
        List<CellCheck.Problem> p = check(amount2, CellCheck.Field.FIGURE, "10.00", "12.5", null);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.error()).isFalse();
            assertThat(x.message()).contains("低于上月累计数 12.5");
        });
        assertThat(check(amount2, CellCheck.Field.FIGURE, "12.50", "12.5", null)).isEmpty();
    }

    @Test
    void anImplausibleGrowthIsAWarning() {
        assertThat(check(growth, CellCheck.Field.FIGURE, "250", null, null)).singleElement()
                .satisfies(x -> assertThat(x.error()).isFalse());
        assertThat(check(amount2, CellCheck.Field.GROWTH, "-60", null, null)).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("超出常见范围"));
    }

    @Test
    void aPercentSignOnANonPercentIndicatorIsAnError() {
        assertThat(check(amount2, CellCheck.Field.FIGURE, "12%", null, null)).anyMatch(CellCheck.Problem::error);
        assertThat(check(growth, CellCheck.Field.FIGURE, "12.3%", null, null)).isEmpty();
    }

    @Test
    void aStretchBelowTheBaseIsAWarning() {
        assertThat(check(amount2, CellCheck.Field.STRETCH_TARGET, "40", null, "45")).singleElement()
                .satisfies(x -> assertThat(x.message()).contains("高线目标低于目标"));
    }

    @Test
    void aNumberTheStoreCannotHoldIsAnErrorNamingTheLimit() {
        assertThat(check(amount2, CellCheck.Field.FIGURE, "12345678900000000000", null, null)).singleElement()
                .satisfies(p -> {
                    assertThat(p.error()).isTrue();
                    assertThat(p.message()).contains("数值过大", "16 位整数", "亿元");
                });
        assertThat(check(amount2, CellCheck.Field.BASE_TARGET, "9999999999999999", null, null)).as("16 digits fit").isEmpty();
        assertThat(check(amount2, CellCheck.Field.GROWTH, "123456789", null, null)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("8 位整数"));
        assertThat(check(growth, CellCheck.Field.FIGURE, "-100000000000000000", null, null)).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("数值过大"));
    }
}
