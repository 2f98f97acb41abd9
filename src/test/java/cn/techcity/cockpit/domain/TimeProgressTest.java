package cn.techcity.cockpit.domain;

import static cn.techcity.cockpit.domain.Fixtures.d;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeProgressTest {
    @Test
    void monthNIsNTwelfths() {
        assertThat(TimeProgress.atEndOfMonth(6)).isEqualByComparingTo("0.5");
        assertThat(TimeProgress.atEndOfMonth(12)).isEqualByComparingTo("1");
        assertThat(TimeProgress.atEndOfMonth(1).doubleValue()).isEqualTo(1.0 / 12, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void phaseOfSixMonths() {
        assertThat(TimeProgress.ofMonths(3, 6)).isEqualByComparingTo(d("0.5"));
    }

    @Test
    void monthOutsideTheYearIsRefused() {
        assertThatThrownBy(() -> TimeProgress.atEndOfMonth(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeProgress.atEndOfMonth(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dayBasedVariantCountsTheDaysOfItsYear() {
        assertThat(TimeProgress.onDay(LocalDate.of(2026, 12, 31))).isEqualByComparingTo("1");
        assertThat(TimeProgress.onDay(LocalDate.of(2024, 12, 31))).isEqualByComparingTo("1");
        assertThat(TimeProgress.onDay(LocalDate.of(2026, 7, 2)).doubleValue()).isEqualTo(183.0 / 365, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(TimeProgress.onDay(LocalDate.of(2024, 7, 2)).doubleValue()).isEqualTo(184.0 / 366, org.assertj.core.data.Offset.offset(1e-12));
    }
}
