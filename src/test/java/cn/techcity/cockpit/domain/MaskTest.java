package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MaskTest {
    @Test
    void precisionComesFromTheMask() {
        assertThat(Mask.decimals("xx.xx")).isEqualTo(2);
        assertThat(Mask.decimals("xxxx")).isZero();
        assertThat(Mask.decimals("xxxx.x")).isEqualTo(1);
        assertThat(Mask.integerDigits("xxx.xx")).isEqualTo(3);
    }

    @Test
    void somethingElseIsNotAMask() {
        assertThatThrownBy(() -> Mask.decimals("12.3")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Mask.decimals("xx.")).isInstanceOf(IllegalArgumentException.class);
    }
}
