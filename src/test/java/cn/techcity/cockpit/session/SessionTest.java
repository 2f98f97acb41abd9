package cn.techcity.cockpit.session;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.store.DbTarget;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.Role;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.h2.tools.Server;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session is the one door between the screens and the store (issue 14): an own save is published once and never
 * read again by the poll, another seat's save arrives by the poll, the day turns at midnight without a save, and a
 * failure in the background reaches the clerk and the log. The UI executor here is the calling thread.
 */
class SessionTest {
    @TempDir
    Path dir;

    /** A clock the test moves on. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;
        private final ZoneId zone;

        MovableClock(Instant start, ZoneId zone) {
            this.now = new AtomicReference<>(start);
            this.zone = zone;
        }

        void set(Instant t) {
            now.set(t);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new MovableClock(now.get(), z);
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private Session embedded(Clock clock) {
        DbExecutor db = new DbExecutor();
        CompletableFuture<CockpitStore> store = db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10));
        Session s = new Session(store, db, Runnable::run, clock);
        s.publishFirst(s.firstRead().join());
        return s;
    }

    @Test
    void anOwnSaveIsPublishedOnceAndThePollDoesNotReadItAgain() throws Exception {
        try (Session session = embedded(Clock.systemDefaultZone())) {
            List<CockpitData> published = new ArrayList<>();
            session.data().addListener((o, was, d) -> published.add(d));
            long readsBefore = session.reads();
            CockpitData before = session.current();
            session.saveFigures("张三", List.of(new FigureEdit("A3-01", 2026, 10, true, new BigDecimal("66.66"), false, null, false,
                    null, before.figureVersion("A3-01", 2026, 10))), List.of()).start().get(30, TimeUnit.SECONDS);
            assertThat(published).as("published once").hasSize(1);
            assertThat(session.current().figure("A3-01", 2026, 10).orElseThrow().value()).isEqualByComparingTo("66.66");
            assertThat(session.reads() - readsBefore).as("one read for the save").isEqualTo(1);
            session.pollOnce().get(30, TimeUnit.SECONDS);
            session.pollOnce().get(30, TimeUnit.SECONDS);
            assertThat(session.reads() - readsBefore).as("the poll finds nothing newer: no second read").isEqualTo(1);
            assertThat(published).hasSize(1);
        }
    }

    @Test
    void anotherSeatsSaveArrivesWithinFiveSeconds() throws Exception {
        Server server = Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        try {
            DbTarget target = DbTarget.parse("jdbc:h2:tcp://localhost:" + server.getPort() + "/cockpit", "cockpit", "pw-2026");
            DbExecutor dbA = new DbExecutor();
            Session seatA = new Session(dbA.submit(() -> CockpitStore.open(target, 2026, 10)), dbA, Runnable::run,
                    Clock.systemDefaultZone());
            seatA.publishFirst(seatA.firstRead().get(30, TimeUnit.SECONDS));    // the first seat made the tables
            try (seatA; CockpitStore seatB = CockpitStore.open(target, 2026, 10)) {
                LinkedBlockingQueue<CockpitData> arrived = new LinkedBlockingQueue<>();
                seatA.data().addListener((o, was, d) -> arrived.add(d));
                seatA.poll(Duration.ofSeconds(3));
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
        } finally {
            server.stop();
        }
    }

    @Test
    void onOnePcTheDayTurnsAtMidnightWithoutASave() throws Exception {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        LocalDate day = LocalDate.of(2027, 3, 31);
        MovableClock clock = new MovableClock(day.atTime(23, 59, 58).atZone(zone).toInstant(), zone);
        try (Session session = embedded(clock)) {
            LinkedBlockingQueue<LocalDate> turned = new LinkedBlockingQueue<>();
            session.today().addListener((o, was, now) -> turned.add(now));
            session.watchTheDay(Duration.ofMillis(100));
            assertThat(turned.poll(500, TimeUnit.MILLISECONDS)).as("not yet").isNull();
            long reads = session.reads();
            clock.set(day.plusDays(1).atTime(0, 0, 1).atZone(zone).toInstant());
            assertThat(turned.poll(5, TimeUnit.SECONDS)).isEqualTo(day.plusDays(1));
            assertThat(session.reads()).as("no save, no read: the views count from the new day").isEqualTo(reads);
        }
    }

    @Test
    void aFailedReloadAndAFailedBackupReachTheClerkAndTheLog() throws Exception {
        List<LogRecord> log = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                synchronized (log) {
                    log.add(r);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try (Session session = embedded(Clock.systemDefaultZone())) {
            LinkedBlockingQueue<Session.Failure> told = new LinkedBlockingQueue<>();
            session.setFailureHandler(told::add);
            // the backups folder cannot be made (a file has its name): the daily backup fails
            Files.writeString(dir.resolve("backups"), "not a folder");
            session.backupNow().start();
            Session.Failure backup = told.poll(30, TimeUnit.SECONDS);
            assertThat(backup).isNotNull();
            assertThat(backup.message()).contains("备份");
            // the store is gone under the window (what a lost disk does): F5 fails, and says so
            session.onStore(s -> {
                s.close();
                return null;
            }).start().get(30, TimeUnit.SECONDS);
            session.reload().start();
            Session.Failure reload = told.poll(30, TimeUnit.SECONDS);
            assertThat(reload).as("a failed F5 is not dropped").isNotNull();
            assertThat(reload.message()).doesNotContain("Exception").isNotBlank();
            synchronized (log) {
                assertThat(log).as("both are in the log, with their cause").filteredOn(r -> r.getThrown() != null)
                        .extracting(LogRecord::getMessage).contains(backup.message(), reload.message());
            }
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
    }
}
