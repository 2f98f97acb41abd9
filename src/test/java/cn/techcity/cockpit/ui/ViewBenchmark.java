package cn.techcity.cockpit.ui;

import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.app.Snapshots;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.StoreTestSupport;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prints the median time to switch views and to refresh a view's values, with 5 years × every indicator ×
 * 12 months in the store, beside a baseline (two empty panes switched the same way) measured in the same run.
 * Run: {@code mvn -B test -Dtest=ViewBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 * Time is from the request to the end of the first pulse that lays the change out (CSS, layout; Monocle software
 * rendering then paints it).
 */
class ViewBenchmark {
    private static final int ROUNDS = 40;

    @Test
    void switchAndRefresh() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-bench");
        CockpitData data;
        CockpitData changed;
        long loadNanos;
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 11)) {
            List<MonthlyFigure> extra = new ArrayList<>();
            List<Indicator> indicators = store.indicators();
            for (int year = 2021; year <= 2026; year++) {
                for (Indicator i : indicators) {
                    for (int m = 1; m <= 12; m++) {
                        if (year == 2026 && m <= 11) {
                            continue; // keep the sample of the reporting year
                        }
                        extra.add(new MonthlyFigure(i.code(), year, m, BigDecimal.valueOf(10L * m + year % 7), null, null,
                                Revision.REVISED, "bench", Instant.now(), false));
                    }
                }
            }
            StoreTestSupport.insertFigures(store, extra);
            long[] loads = new long[9];
            for (int k = 0; k < loads.length; k++) {
                long t = System.nanoTime();
                store.load();
                loads[k] = System.nanoTime() - t;
            }
            loadNanos = median(loads);
            data = store.load();
            // every figure of the cut-off month changed: a refresh that touches every tile
            List<MonthlyFigure> edits = new ArrayList<>();
            for (Indicator i : indicators) {
                data.figure(i.code(), 2026, 11).ifPresent(f -> edits.add(new MonthlyFigure(f.indicatorCode(), 2026, 11,
                        f.value() == null ? null : f.value().add(BigDecimal.ONE), f.reportedGrowth(), null, Revision.REVISED,
                        "bench", Instant.now(), false)));
            }
            store.saveFigures("bench", edits);
            changed = store.load();
            System.out.printf("store: %d figures, load median %.1f ms%n", countFigures(store), loadNanos / 1e6);
        }

        Snapshots.useHeadlessToolkit();
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException running) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        CockpitData a = data;
        CockpitData b = changed;
        fx(() -> {
            CockpitUi ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, a, 11, () -> { });
            Stage stage = new Stage();
            Scene scene = ui.scene(1920, 1080);
            stage.setScene(scene);
            ui.shell().show(ViewId.OVERVIEW);
            stage.show();
            for (ViewId v : ViewId.values()) {
                ui.shell().view(v);
            }
            holder = ui;
            holderScene = scene;
            return null;
        });
        // warm-up: every view once, both data sets
        for (int k = 0; k < 3; k++) {
            for (ViewId v : ViewId.values()) {
                timed(() -> holder.shell().show(v));
            }
            timed(() -> holder.shell().setData(b));
            timed(() -> holder.shell().setData(a));
        }
        long[] switches = new long[ROUNDS * ViewId.values().length];
        int n = 0;
        for (int k = 0; k < ROUNDS; k++) {
            for (ViewId v : ViewId.values()) {
                switches[n++] = timed(() -> holder.shell().show(v));
            }
        }
        long[] refreshes = new long[ROUNDS];
        ViewId[] heavy = {ViewId.OVERVIEW, ViewId.AREA_INDUSTRY, ViewId.AREA_CONSTRUCTION};
        long[][] perView = new long[heavy.length][ROUNDS];
        for (int h = 0; h < heavy.length; h++) {
            ViewId v = heavy[h];
            timed(() -> holder.shell().show(v));
            for (int k = 0; k < ROUNDS; k++) {
                CockpitData next = k % 2 == 0 ? b : a;
                perView[h][k] = timed(() -> holder.shell().setData(next));
            }
        }
        for (int k = 0; k < ROUNDS; k++) {
            refreshes[k] = Math.max(perView[0][k], Math.max(perView[1][k], perView[2][k]));
        }

        // baseline: two empty panes, switched by visibility in the same kind of scene
        fx(() -> {
            Region p1 = new Region();
            Region p2 = new Region();
            p2.setVisible(false);
            holderScene.setRoot(new StackPane(p1, p2));
            base1 = p1;
            base2 = p2;
            return null;
        });
        long[] baseline = new long[ROUNDS * 4];
        for (int k = 0; k < baseline.length; k++) {
            baseline[k] = timed(() -> {
                base1.setVisible(!base1.isVisible());
                base2.setVisible(!base2.isVisible());
            });
        }
        System.out.printf("view switch: median %.1f ms (p90 %.1f, %d switches); baseline empty-pane switch %.1f ms%n",
                median(switches) / 1e6, p90(switches) / 1e6, switches.length, median(baseline) / 1e6);
        for (int h = 0; h < heavy.length; h++) {
            System.out.printf("refresh of every value, %s: median %.1f ms%n", heavy[h].id(), median(perView[h]) / 1e6);
        }
        System.out.printf("refresh (slowest of the three per round): median %.1f ms; goals: switch <= 33 ms, refresh <= 60 ms%n",
                median(refreshes) / 1e6);
    }

    private static CockpitUi holder;
    private static Scene holderScene;
    private static Region base1;
    private static Region base2;

    private static long countFigures(CockpitStore store) {
        return store.figures(2000, 2100).size();
    }

    /** Runs {@code change} on the FX thread and waits for the end of the pulse that lays it out. */
    private static long timed(Runnable change) throws Exception {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            Scene scene = holderScene;
            long t0 = System.nanoTime();
            Runnable[] listener = new Runnable[1];
            listener[0] = () -> {
                scene.removePostLayoutPulseListener(listener[0]);
                done.complete(System.nanoTime() - t0);
            };
            change.run();
            scene.addPostLayoutPulseListener(listener[0]);
            Platform.requestNextPulse();
        });
        return done.get(30, TimeUnit.SECONDS);
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

    private static long median(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static long p90(long[] v) {
        long[] s = v.clone();
        Arrays.sort(s);
        return s[(int) (s.length * 0.9)];
    }
}
