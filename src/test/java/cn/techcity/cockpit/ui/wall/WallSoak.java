package cn.techcity.cockpit.ui.wall;

import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.app.Snapshots;
import cn.techcity.cockpit.ui.common.ViewId;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The wall's soak, run in its own JVM (under -Xmx256m by {@link WallSoakTest}): rotates through the views with a
 * data change and a refresh every rotation, then prints live heap after GC at warm-up and at the end, the thread
 * counts, whether a disposed wall was collected, and the process CPU of a static wall and of one rotation.
 * Args: rotations [cpu-window-seconds].
 */
public final class WallSoak {
    private static Wall wall;
    private static cn.techcity.cockpit.session.Session session;

    public static void main(String[] args) throws Exception {
        int rotations = Integer.parseInt(args[0]);
        int window = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Snapshots.useHeadlessToolkit();
        System.setProperty("headless.geometry", "1920x1080-32");
        Path dir = Files.createTempDirectory("cockpit-soak");
        DbExecutor db = new DbExecutor();
        CompletableFuture<CockpitStore> store = db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10));
        CockpitData data = store.thenApplyAsync(CockpitStore::load, db).get(60, TimeUnit.SECONDS);
        CompletableFuture<Void> started = new CompletableFuture<>();
        Platform.startup(() -> started.complete(null));
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
        WallOptions options = new WallOptions(0, 3600, WallOptions.DEFAULT_VIEWS, -1, -1, 45, 3600, Integer.getInteger("soak.fade", 600));
        fx(() -> {
            session = new cn.techcity.cockpit.session.Session(store, db, Platform::runLater, Clock.systemDefaultZone());
            session.publishFirst(data);
            wall = new Wall(I18n.chinese(), session, options);
            Stage stage = new Stage();
            stage.setScene(wall.scene(1920, 1080));
            stage.show();
            wall.start();
            return null;
        });
        int warmUp = Math.min(100, rotations / 4);
        for (int i = 0; i < warmUp; i++) {
            rotate(store, db, i);
        }
        long heapWarm = settledHeap(options);
        histogram("warm");
        int threadsWarm = ManagementFactory.getThreadMXBean().getThreadCount();
        long rssHour = -1;
        for (int i = warmUp; i < rotations; i++) {
            rotate(store, db, i);
            int every = Integer.getInteger("soak.trace", 0);
            if (every > 0 && (i + 1) % every == 0) {
                System.out.printf("trace rotation=%d live-heap-mb=%.1f%n", i + 1, liveHeap() / 1e6);
            }
            if (i + 1 == 120) {
                rssHour = rssKb("VmRSS");   // an hour of a wall rotating every 30 s
            }
        }
        long heapEnd = settledHeap(options);
        histogram("end");
        int threadsEnd = ManagementFactory.getThreadMXBean().getThreadCount();

        // CPU: a static wall (only the clock ticks), then a window holding one transition and one refresh;
        // first let the JIT and the GC settle after the rotations
        Thread.sleep(4000);
        double cpuStatic = cpuPercent(window, () -> { });
        double cpuRotation = cpuPercent(window, () -> {
            try {
                rotate(store, db, rotations + 1);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        // a wall that is stopped and dropped (as when it is closed and opened again) must be collectable
        WeakReference<Object> old = fx(() -> {
            Wall other = new Wall(I18n.chinese(), session, options);
            other.scene(1920, 1080);
            other.start();
            for (int i = 0; i < ViewId.values().length; i++) {
                other.next(1);
            }
            other.stop();
            return new WeakReference<>(other.root());
        });
        for (int i = 0; i < 10 && old.get() != null; i++) {
            System.gc();
            Thread.sleep(200);
            fx(() -> null);
        }
        System.out.printf("soak rotations=%d heap-warm-mb=%.1f heap-end-mb=%.1f heap-growth-mb=%.1f threads-warm=%d threads-end=%d"
                        + " disposed-wall-collected=%s cpu-static-pct=%.2f cpu-rotation-window-pct=%.2f window-s=%d"
                        + " rss-hour-mb=%d rss-end-mb=%d rss-peak-mb=%d%n",
                rotations, heapWarm / 1e6, heapEnd / 1e6, (heapEnd - heapWarm) / 1e6, threadsWarm, threadsEnd, old.get() == null,
                cpuStatic, cpuRotation, window, rssHour / 1024, rssKb("VmRSS") / 1024, rssKb("VmHWM") / 1024);
        fx(() -> {
            wall.stop();
            return null;
        });
        store.thenAcceptAsync(CockpitStore::close, db).get(30, TimeUnit.SECONDS);
        db.close();
        System.exit(0);
    }

    private static CockpitData[] alternates;

    /** Next view, a figure saved by "another seat", and the wall's poll picking it up. */
    private static void rotate(CompletableFuture<CockpitStore> store, DbExecutor db, int i) throws Exception {
        fx(() -> {
            wall.next(1);
            return null;
        });
        if (Boolean.getBoolean("soak.nodb")) {
            // diagnostic: the same pushes without the database (tells the wall's own growth from H2's caches)
            if (alternates == null) {
                alternates = new CockpitData[] {store.thenApplyAsync(CockpitStore::load, db).get(), null};
                store.thenAcceptAsync(s -> s.saveFigures("soak", List.of(new MonthlyFigure("H0-01", 2026, 10, new BigDecimal("77.7"),
                        null, null, Revision.REVISED, "soak", Instant.now(), false))), db).get();
                alternates[1] = store.thenApplyAsync(CockpitStore::load, db).get();
            }
            CockpitData next = alternates[i % 2];
            fx(() -> {
                wall.setData(next);
                return null;
            });
            return;
        }
        long version = store.thenApplyAsync(s -> {
            s.saveFigures("soak", List.of(new MonthlyFigure("H0-01", 2026, 10, BigDecimal.valueOf(40 + i % 50, 1).add(BigDecimal.TEN),
                    null, null, Revision.REVISED, "soak", Instant.now(), false)));
            return s.dataVersion();
        }, db).get(30, TimeUnit.SECONDS);
        fx(() -> {
            wall.poll();
            return null;
        });
        for (int k = 0; k < 500 && fx(() -> wall.shownVersion()) != version; k++) {
            Thread.sleep(5);
        }
    }

    /**
     * The live heap with the wall in the same state at both readings: one round of the playlist with every fade run to
     * its end (a fade still running holds its view's picture strongly), then only what is strongly reachable (see
     * liveHeap). JavaFX keeps render buffers softly, and whether one survived a plain GC depended on how long ago it was
     * drawn: on a loaded machine a ~3 MB buffer was there at one reading and not the other (±4 MB that was no leak).
     */
    private static long settledHeap(WallOptions options) throws Exception {
        int pages = fx(() -> wall.pages().size());    // a round of the rotation: every page, not every view
        for (int k = 0; k < pages; k++) {
            fx(() -> {
                wall.next(1);
                return null;
            });
            Thread.sleep(options.fadeMillis() + 250L);
        }
        return liveHeap();
    }

    private static long liveHeap() throws Exception {
        try {
            // a request the heap can never meet: before the OutOfMemoryError the JVM must clear every soft reference
            // (JLS/SoftReference), so the reading holds only what is strongly reachable, at warm-up as at the end
            byte[] impossible = new byte[(int) Math.min(Integer.MAX_VALUE - 16, Runtime.getRuntime().maxMemory())];
            impossible[0] = 1;
        } catch (OutOfMemoryError expected) {
            // as intended
        }
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static double cpuPercent(int seconds, Runnable during) throws Exception {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var tm = ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> before = new java.util.HashMap<>();
        for (long id : tm.getAllThreadIds()) {
            before.put(id, tm.getThreadCpuTime(id));
        }
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        during.run();
        Thread.sleep(Math.max(0, seconds * 1000L - (System.nanoTime() - t0) / 1_000_000));
        double pct = 100.0 * (os.getProcessCpuTime() - cpu0) / (System.nanoTime() - t0);
        if (Boolean.getBoolean("soak.threads")) {
            for (long id : tm.getAllThreadIds()) {
                var info = tm.getThreadInfo(id);
                long d = tm.getThreadCpuTime(id) - before.getOrDefault(id, 0L);
                if (info != null && d > 5_000_000) {
                    System.out.printf("  thread %s cpu %.0f ms%n", info.getThreadName(), d / 1e6);
                }
            }
        }
        return pct;
    }

    private static <T> T fx(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(60, TimeUnit.SECONDS);
    }

    /** Resident memory from /proc/self/status (Linux), in kB; -1 elsewhere. */
    static long rssKb(String field) {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith(field + ":")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    /** With -Dsoak.histo=DIR: the class histogram of the live heap into DIR/histo-NAME.txt (to tell a leak from warm-up). */
    static void histogram(String name) throws Exception {
        String dir = System.getProperty("soak.histo");
        if (dir == null || dir.isEmpty()) {
            return;
        }
        Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        java.nio.file.Files.writeString(java.nio.file.Path.of(dir, "histo-" + name + ".txt"), String.valueOf(text));
    }
}
