package cn.techcity.cockpit.ui.taskforces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** 专班赛马's bars start at zero (issue 16): a bar is the score's share of 100. */
class BarShareTest {
    @Test
    void barsAreTheScoreFromZero() {
        assertThat(TaskForcesController.barShare(new BigDecimal("80.0"))).isCloseTo(0.80, within(1e-9));
        assertThat(TaskForcesController.barShare(new BigDecimal("95.9"))).isCloseTo(0.959, within(1e-9));
        assertThat(TaskForcesController.barShare(new BigDecimal("80.0")) / TaskForcesController.barShare(new BigDecimal("95.9")))
                .as("80.0 drawn at 83 %% of 95.9's length, not 38 %%").isCloseTo(80.0 / 95.9, within(1e-9));
        assertThat(TaskForcesController.barShare(BigDecimal.ZERO)).isEqualTo(0.02);
        assertThat(TaskForcesController.barShare(new BigDecimal("120"))).isEqualTo(1.0);
    }
}
