package cn.techcity.cockpit.ui.wall;

import org.junit.jupiter.api.Test;

/**
 * Not a test: the full soak, 2,880 rotations (a day at 30 s) with a change each, under -Xmx256m, and CPU over a 30 s
 * window. Run: {@code mvn -B test -Dtest=WallSoakBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class WallSoakBenchmark {
    @Test
    void aDayOfRotations() throws Exception {
        WallSoakTest.runSoak(2880, 30);
    }
}
