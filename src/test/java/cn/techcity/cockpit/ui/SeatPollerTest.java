package cn.techcity.cockpit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.store.DbTarget;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.Role;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two seats on one server: a save at one shows at the other within 5 s (the window's 3 s poll). */
class SeatPollerTest {
    @TempDir
    Path dir;

    @Test
    void anotherSeatsSaveArrivesWithinFiveSeconds() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        DbExecutor dbA = new DbExecutor();
        try {
            DbTarget target = DbTarget.parse("jdbc:h2:tcp://localhost:" + server.getPort() + "/cockpit", "cockpit", "pw-2026");
            CompletableFuture<CockpitStore> seatA = dbA.submit(() -> CockpitStore.open(target, 2026, 10));
            CockpitData shownAtA = seatA.thenApplyAsync(CockpitStore::load, dbA).get(30, TimeUnit.SECONDS);
            AtomicLong shown = new AtomicLong(shownAtA.dataVersion());
            LinkedBlockingQueue<CockpitData> arrived = new LinkedBlockingQueue<>();
            try (SeatPoller poller = new SeatPoller(seatA, dbA, 3000, shown::get, d -> {
                shown.set(d.dataVersion());
                arrived.add(d);
            }, reachable -> { }); CockpitStore seatB = CockpitStore.open(target, 2026, 10)) {
                seatB.addAccount("admin", Role.ADMIN, "admin-pw-2026".toCharArray());
                seatB.login("admin", "admin-pw-2026".toCharArray());
                assertThat(arrived.poll(3500, TimeUnit.MILLISECONDS)).as("an account is not cockpit data: nothing to read").isNull();
                CockpitData b = seatB.load();
                long t0 = System.nanoTime();
                seatB.saveEdits("", List.of(new FigureEdit("A3-01", 2026, 10, true, new BigDecimal("66.66"), false, null, false,
                        null, b.figureVersion("A3-01", 2026, 10))), List.of());
                CockpitData atA = arrived.poll(5, TimeUnit.SECONDS);
                long ms = (System.nanoTime() - t0) / 1_000_000;
                assertThat(atA).as("seat A has seat B's save within 5 s").isNotNull();
                assertThat(atA.figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("66.66");
                System.out.println("seat-poll save-to-other-seat-ms=" + ms);
                assertThat(arrived.poll(3500, TimeUnit.MILLISECONDS)).as("nothing new: no second read").isNull();
            }
            seatA.thenAcceptAsync(CockpitStore::close, dbA).get(30, TimeUnit.SECONDS);
        } finally {
            dbA.close();
            server.stop();
        }
    }
}
