package cn.techcity.cockpit.domain;

import static cn.techcity.cockpit.domain.Fixtures.amount;
import static cn.techcity.cockpit.domain.Fixtures.d;
import static cn.techcity.cockpit.domain.Fixtures.figure;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class YearOnYearTest {
    private final Indicator i = amount(Direction.AT_LEAST);

    @Test
    void reportedGrowthWinsOverDerived() {
        MonthlyFigure now = new MonthlyFigure(i.code(), 2026, 10, d("120"), d("8.5"), null, Revision.PROVISIONAL, "x",
                Instant.now(), false);
        var g = YearOnYear.of(i.kind(), now, figure(i, 2025, 10, "100")).orElseThrow();
        assertThat(g.source()).isEqualTo(GrowthSource.REPORTED);
        assertThat(g.percent()).isEqualByComparingTo("8.5");
    }

    @Test
    void derivedFromLastYearWhenNoneIsReported() {
        var g = YearOnYear.of(i.kind(), figure(i, 2026, 10, "112.3"), figure(i, 2025, 10, "100")).orElseThrow();
        assertThat(g.source()).isEqualTo(GrowthSource.DERIVED);
        assertThat(g.percent()).isEqualByComparingTo("12.3");
    }

    @Test
    void noGrowthWithoutLastYearOrFromZero() {
        assertThat(YearOnYear.of(i.kind(), figure(i, 2026, 10, "112.3"), null)).isEmpty();
        assertThat(YearOnYear.of(i.kind(), figure(i, 2026, 10, "112.3"), figure(i, 2025, 10, "0"))).isEmpty();
        assertThat(YearOnYear.of(i.kind(), null, figure(i, 2025, 10, "10"))).isEmpty();
    }
}
