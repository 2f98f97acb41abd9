package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/** 完成率 = actual / target, as a fraction (1 = 100 %). */
public final class CompletionRate {
    private CompletionRate() {
    }

    /** Empty when the target is zero: a rate against nothing is not a number a leader should see. */
    public static Optional<BigDecimal> of(BigDecimal actual, BigDecimal target) {
        if (actual == null || target == null || target.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(actual.divide(target, MathContext.DECIMAL64));
    }
}
