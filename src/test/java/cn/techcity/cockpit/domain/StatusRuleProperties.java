package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

/** The status rule over the whole input space: more is never worse (以上), less is never worse (以内). */
class StatusRuleProperties {
    private static int rank(Status s) {
        return switch (s) {
            case RED -> 0;
            case AMBER -> 1;
            case GREEN -> 2;
            case STRETCH_MET -> 3;
            case NO_DATA, NO_TARGET -> throw new AssertionError("no status expected to be missing here: " + s);
        };
    }

    private static Status status(Indicator i, int month, BigDecimal value, BigDecimal target, BigDecimal stretch) {
        return StatusRule.assess(i, 2026, month, Fixtures.figure(i, 2026, month, value.toPlainString()),
                Target.of(i.code(), 2026, target, stretch), null).status();
    }

    @Property
    void moreIsNeverWorseForAtLeast(@ForAll @IntRange(min = 1, max = 12) int month,
                                    @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal value,
                                    @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal more,
                                    @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal target) {
        Indicator i = Fixtures.amount(Direction.AT_LEAST);
        BigDecimal stretch = target.multiply(new BigDecimal("1.1"));
        assertThat(rank(status(i, month, value.add(more), target, stretch)))
                .isGreaterThanOrEqualTo(rank(status(i, month, value, target, stretch)));
    }

    @Property
    void lessIsNeverWorseForAtMost(@ForAll @IntRange(min = 1, max = 12) int month,
                                   @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal value,
                                   @ForAll @BigRange(min = "0", max = "1000") @Scale(2) BigDecimal less,
                                   @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal target) {
        Indicator i = Fixtures.amount(Direction.AT_MOST);
        BigDecimal lower = value.subtract(less).max(BigDecimal.ZERO);
        assertThat(rank(status(i, month, lower, target, null))).isGreaterThanOrEqualTo(rank(status(i, month, value, target, null)));
    }

    @Property
    void greenExactlyWhenCompletionReachesTimeProgress(@ForAll @IntRange(min = 1, max = 12) int month,
                                                       @ForAll @BigRange(min = "0", max = "100000") @Scale(2) BigDecimal value,
                                                       @ForAll @BigRange(min = "0.01", max = "100000") @Scale(2) BigDecimal target) {
        Indicator i = Fixtures.amount(Direction.AT_LEAST);
        Assessment a = StatusRule.assess(i, 2026, month, Fixtures.figure(i, 2026, month, value.toPlainString()),
                Target.of(i.code(), 2026, target, null), null);
        // value × 12 ≥ target × month, in exact arithmetic
        boolean onTime = value.multiply(BigDecimal.valueOf(12)).compareTo(target.multiply(BigDecimal.valueOf(month))) >= 0;
        assertThat(a.status() == Status.GREEN).isEqualTo(onTime);
        assertThat(a.gapPoints().signum() >= 0).isEqualTo(onTime);
    }

    @Property
    void growthRatesIgnoreTheMonth(@ForAll @IntRange(min = 1, max = 12) int m1, @ForAll @IntRange(min = 1, max = 12) int m2,
                                   @ForAll @BigRange(min = "-50", max = "100") @Scale(1) BigDecimal growth,
                                   @ForAll @BigRange(min = "-20", max = "50") @Scale(1) BigDecimal target) {
        Indicator g = Fixtures.growth(Direction.AT_LEAST);
        assertThat(status(g, m1, growth, target, null)).isEqualTo(status(g, m2, growth, target, null));
    }
}
