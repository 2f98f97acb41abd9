package cn.techcity.cockpit.domain;

import static cn.techcity.cockpit.domain.Fixtures.amount;
import static cn.techcity.cockpit.domain.Fixtures.figure;
import static cn.techcity.cockpit.domain.Fixtures.growth;
import static cn.techcity.cockpit.domain.Fixtures.level;
import static cn.techcity.cockpit.domain.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatusRuleTest {
    private static final Indicator AMOUNT = amount(Direction.AT_LEAST);

    private static Assessment cumulative(String value, int month, String target) {
        return StatusRule.assess(AMOUNT, 2026, month, figure(AMOUNT, 2026, month, value), target(AMOUNT, 2026, target, null), null);
    }

    @Test
    void completionAtTimeProgressIsGreen() {
        // month 6: 50 of 100 is exactly on time
        Assessment a = cumulative("50", 6, "100");
        assertThat(a.status()).isEqualTo(Status.GREEN);
        assertThat(a.completion()).isEqualByComparingTo("0.5");
        assertThat(a.timeProgress()).isEqualByComparingTo("0.5");
        assertThat(a.gapPoints()).isEqualByComparingTo("0");
    }

    @Test
    void shortByLessThanTenPointsIsAmberAndTenIsRed() {
        assertThat(cumulative("40.01", 6, "100").status()).isEqualTo(Status.AMBER);
        assertThat(cumulative("40.01", 6, "100").gapPoints()).isEqualByComparingTo("-9.99");
        assertThat(cumulative("40", 6, "100").status()).isEqualTo(Status.RED);
        assertThat(cumulative("10", 6, "100").status()).isEqualTo(Status.RED);
    }

    @Test
    void monthTwelveNeedsTheWholeTarget() {
        assertThat(cumulative("100", 12, "100").status()).isEqualTo(Status.GREEN);
        assertThat(cumulative("99", 12, "100").status()).isEqualTo(Status.AMBER);
        assertThat(cumulative("99", 12, "100").timeProgress()).isEqualByComparingTo("1");
    }

    @Test
    void missingFigureIsNoDataNeverZero() {
        Assessment a = StatusRule.assess(AMOUNT, 2026, 6, null, target(AMOUNT, 2026, "100", null), null);
        assertThat(a.status()).isEqualTo(Status.NO_DATA);
        assertThat(a.value()).isNull();
        assertThat(a.completion()).isNull();
        assertThat(a.gapPoints()).isNull();
        // a figure row with an empty value is missing too
        assertThat(cumulative(null, 6, "100").status()).isEqualTo(Status.NO_DATA);
    }

    @Test
    void figureWithoutTargetIsNoTarget() {
        Assessment a = StatusRule.assess(AMOUNT, 2026, 6, figure(AMOUNT, 2026, 6, "50"), null, null);
        assertThat(a.status()).isEqualTo(Status.NO_TARGET);
        assertThat(a.value()).isEqualByComparingTo("50");
        assertThat(cumulative("50", 6, null).status()).isEqualTo(Status.NO_TARGET);
    }

    @Test
    void targetZeroHasNoRate() {
        Assessment a = cumulative("5", 6, "0");
        assertThat(a.completion()).isNull();
        assertThat(a.gapPoints()).isNull();
        assertThat(a.status()).isEqualTo(Status.GREEN);
        Indicator atMost = amount(Direction.AT_MOST);
        assertThat(StatusRule.assess(atMost, 2026, 6, figure(atMost, 2026, 6, "5"), target(atMost, 2026, "0", null), null)
                .status()).isEqualTo(Status.RED);
        assertThat(StatusRule.assess(atMost, 2026, 6, figure(atMost, 2026, 6, "0"), target(atMost, 2026, "0", null), null)
                .status()).isEqualTo(Status.GREEN);
    }

    @Test
    void atMostInvertsTheComparison() {
        Indicator atMost = amount(Direction.AT_MOST);
        // month 6: having used 45 % of a ceiling is good, 58 % is amber, 70 % red
        assertThat(StatusRule.assess(atMost, 2026, 6, figure(atMost, 2026, 6, "45"), target(atMost, 2026, "100", null), null)
                .status()).isEqualTo(Status.GREEN);
        Assessment amber = StatusRule.assess(atMost, 2026, 6, figure(atMost, 2026, 6, "58"), target(atMost, 2026, "100", null), null);
        assertThat(amber.status()).isEqualTo(Status.AMBER);
        assertThat(amber.gapPoints()).isEqualByComparingTo("-8");
        assertThat(amber.plainGap()).isEqualByComparingTo("8");
        assertThat(StatusRule.assess(atMost, 2026, 6, figure(atMost, 2026, 6, "70"), target(atMost, 2026, "100", null), null)
                .status()).isEqualTo(Status.RED);
    }

    @Test
    void aboutIsGreenWithinFivePoints() {
        Indicator about = amount(Direction.ABOUT);
        assertThat(StatusRule.assess(about, 2026, 6, figure(about, 2026, 6, "54"), target(about, 2026, "100", null), null)
                .status()).isEqualTo(Status.GREEN);
        assertThat(StatusRule.assess(about, 2026, 6, figure(about, 2026, 6, "42"), target(about, 2026, "100", null), null)
                .status()).isEqualTo(Status.AMBER);
        assertThat(StatusRule.assess(about, 2026, 6, figure(about, 2026, 6, "62"), target(about, 2026, "100", null), null)
                .status()).isEqualTo(Status.RED);
    }

    @Test
    void growthRateComparesGrowthWithTargetGrowth() {
        Indicator g = growth(Direction.AT_LEAST);
        Assessment above = StatusRule.assess(g, 2026, 3, figure(g, 2026, 3, "12.3"), target(g, 2026, "10", null), null);
        assertThat(above.status()).isEqualTo(Status.GREEN);
        assertThat(above.gapPoints()).isEqualByComparingTo("2.3");
        assertThat(above.completion()).isNull();
        assertThat(above.timeProgress()).as("no 序时进度 for a growth rate").isNull();
        assertThat(StatusRule.assess(g, 2026, 3, figure(g, 2026, 3, "4"), target(g, 2026, "10", null), null).status())
                .isEqualTo(Status.AMBER);
        assertThat(StatusRule.assess(g, 2026, 3, figure(g, 2026, 3, "-1"), target(g, 2026, "10", null), null).status())
                .isEqualTo(Status.RED);
        // in month 1 a growth rate is already comparable: no time progress discount
        assertThat(StatusRule.assess(g, 2026, 1, figure(g, 2026, 1, "10"), target(g, 2026, "10", null), null).status())
                .isEqualTo(Status.GREEN);
    }

    @Test
    void stretchMetIsItsOwnState() {
        Assessment a = StatusRule.assess(AMOUNT, 2026, 6, figure(AMOUNT, 2026, 6, "60"), target(AMOUNT, 2026, "100", "110"), null);
        assertThat(a.status()).isEqualTo(Status.STRETCH_MET);
        Assessment b = StatusRule.assess(AMOUNT, 2026, 6, figure(AMOUNT, 2026, 6, "52"), target(AMOUNT, 2026, "100", "110"), null);
        assertThat(b.status()).isEqualTo(Status.GREEN);
        Indicator g = growth(Direction.AT_LEAST);
        assertThat(StatusRule.assess(g, 2026, 6, figure(g, 2026, 6, "22.5"), target(g, 2026, "15", "20"), null).status())
                .isEqualTo(Status.STRETCH_MET);
    }

    @Test
    void levelComparesWithTheWholeTarget() {
        Indicator l = level();
        Assessment a = StatusRule.assess(l, 2026, 3, figure(l, 2026, 3, "95"), target(l, 2026, "100", null), null);
        assertThat(a.status()).isEqualTo(Status.AMBER);
        assertThat(a.gapPoints()).isEqualByComparingTo("-5");
        assertThat(a.timeProgress()).isNull();
    }

    @Test
    void aPhaseTargetCountsWithinItsPhase() {
        Target t = new Target(AMOUNT.code(), 2026, new BigDecimal("100"), null,
                List.of(new TargetPhase(6, "上半年", new BigDecimal("40"))), false);
        Assessment march = StatusRule.assess(AMOUNT, 2026, 3, figure(AMOUNT, 2026, 3, "20"), t, null);
        assertThat(march.phaseLabel()).isEqualTo("上半年");
        assertThat(march.target()).isEqualByComparingTo("40");
        assertThat(march.timeProgress()).isEqualByComparingTo("0.5");
        assertThat(march.status()).isEqualTo(Status.GREEN);
        Assessment july = StatusRule.assess(AMOUNT, 2026, 7, figure(AMOUNT, 2026, 7, "50"), t, null);
        assertThat(july.phaseLabel()).isNull();
        assertThat(july.target()).isEqualByComparingTo("100");
    }
}
