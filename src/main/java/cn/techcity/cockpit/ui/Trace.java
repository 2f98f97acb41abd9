package cn.techcity.cockpit.ui;

import java.lang.management.ManagementFactory;

/** Start-up phases on stderr with {@code -Dcockpit.trace=true}: milliseconds since the JVM started. */
public final class Trace {
    private static final boolean ON = Boolean.getBoolean("cockpit.trace");

    private Trace() {
    }

    public static void mark(String phase) {
        if (ON) {
            System.err.println("trace " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) + " ms " + phase);
        }
    }
}
