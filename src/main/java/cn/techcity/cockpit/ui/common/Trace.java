package cn.techcity.cockpit.ui.common;

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

    /** With tracing on Linux: CPU time of each thread so far (from /proc), the compiler and GC threads included. */
    public static void threads() {
        if (!ON) {
            return;
        }
        java.util.Map<String, Long> byName = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (var t : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String comm = java.nio.file.Files.readString(t.resolve("comm")).strip().replaceAll("[0-9]+$", "#");
                String stat = java.nio.file.Files.readString(t.resolve("stat"));
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                byName.merge(comm, ticks * 10, Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        byName.forEach((n, ms) -> {
            if (ms > 0) {
                System.err.println("trace cpu " + ms + " ms " + n);
            }
        });
    }

    /** With tracing: how many nodes the scene has, by class (the first CSS pass and layout visit each). */
    public static void nodes(javafx.scene.Parent root) {
        if (!ON) {
            return;
        }
        java.util.Map<String, Integer> byClass = new java.util.HashMap<>();
        java.util.ArrayDeque<javafx.scene.Node> todo = new java.util.ArrayDeque<>(java.util.List.of(root));
        int total = 0;
        while (!todo.isEmpty()) {
            javafx.scene.Node n = todo.pop();
            total++;
            byClass.merge(n.getClass().getSimpleName(), 1, Integer::sum);
            if (n instanceof javafx.scene.Parent p) {
                todo.addAll(p.getChildrenUnmodifiable());
            }
        }
        System.err.println("trace nodes " + total + " " + byClass.entrySet().stream()
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().reversed()).limit(16).toList());
    }
}
