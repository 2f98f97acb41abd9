package cn.techcity.cockpit.ui.wall;

import cn.techcity.cockpit.ui.app.Cockpit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.store.DbTarget;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.ViewId;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wall under Monocle, on a session: a saved change shows within seconds; a store that cannot be read shows the
 * banner; the day turns without a save.
 */
@ExtendWith(ApplicationExtension.class)
class WallTest {
    private DbExecutor db;
    private CompletableFuture<CockpitStore> store;
    private CockpitData data;
    private Stage stage;
    private Wall wall;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path dir = Files.createTempDirectory("cockpit-wall");
        db = new DbExecutor();
        store = db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10));
        data = store.thenApplyAsync(CockpitStore::load, db).get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        if (wall != null) {
            robot.interact(wall::stop);
        }
        if (session != null) {
            session.close();
        } else if (db != null) {
            store.thenAcceptAsync(CockpitStore::close, db).get(30, TimeUnit.SECONDS);
            db.close();
        }
    }

    /** The wall of a session over {@code store}, polling every {@code options.pollSeconds()} and watching the day. */
    private void show(FxRobot robot, WallOptions options, Clock clock) {
        session = new Session(store, db, javafx.application.Platform::runLater, clock);
        robot.interact(() -> {
            session.publishFirst(data);
            session.poll(Duration.ofSeconds(options.pollSeconds()));
            session.watchTheDay(Duration.ofMillis(200));
            wall = new Wall(I18n.chinese(), session, options);
            Scene scene = wall.scene(1920, 1080);
            stage.setScene(scene);
            stage.show();
            wall.start();
        });
    }

    private static WallOptions options(int pollSeconds) {
        return new WallOptions(0, 600, List.of(ViewId.OVERVIEW, ViewId.AREA_PROJECTS), -1, -1, 45, pollSeconds, 0);
    }

    /** A label's text, read on the FX thread. */
    private static String labelText(FxRobot robot, String query) {
        String[] value = new String[1];
        robot.interact(() -> value[0] = robot.lookup(query).queryAs(Label.class).getText());
        return value[0];
    }

    /** The figure a card of the wall shows, read on the FX thread (the wall builds its pages again when data arrives). */
    private static String kpiValue(FxRobot robot, String code) {
        String[] value = new String[1];
        robot.interact(() -> value[0] = robot.lookup("#wall-kpi-" + code + " .wall-value").queryAll().stream()
                .map(n -> ((Label) n).getText()).findFirst().orElseThrow());
        return value[0];
    }

    private static void waitFor(BooleanSupplier condition, Duration timeout) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean() && System.nanoTime() < end) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    @Test
    void aSavedChangeAppearsOnTheWallWithinFiveSeconds(FxRobot robot) throws Exception {
        show(robot, options(1), Clock.systemDefaultZone());
        String before = kpiValue(robot, "H0-01");
        assertThat(before).isEqualTo(ValueFormat.number(data.figure("H0-01", 2026, 10).orElseThrow().value(), 1));
        // a clerk saves on another seat (same file, same store)
        long t0 = System.nanoTime();
        store.thenAcceptAsync(s -> s.saveFigures("张三", List.of(new MonthlyFigure("H0-01", 2026, 10, new BigDecimal("88.8"), null, null,
                Revision.REVISED, "张三", Instant.now(), false))), db).get(10, TimeUnit.SECONDS);
        waitFor(() -> "88.8".equals(kpiValue(robot, "H0-01")), Duration.ofSeconds(5));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertThat(kpiValue(robot, "H0-01")).isEqualTo("88.8");
        System.out.println("wall: saved change shown after " + ms + " ms");
        assertThat(java.util.Optional.of(wall.current())).contains(ViewId.OVERVIEW);
    }

    @Test
    void aStoreThatCannotBeReadShowsTheBannerKeepsTheDataAndRecovers(FxRobot robot) throws Exception {
        // a wall on a database server (the shared mode): the server goes away, and comes back
        store.thenAcceptAsync(CockpitStore::close, db).get(30, TimeUnit.SECONDS);
        Path dir = Files.createTempDirectory("cockpit-wall-server");
        org.h2.tools.Server server = org.h2.tools.Server.createTcpServer("-tcpPort", "0", "-baseDir", dir.toString(), "-ifNotExists").start();
        int port = server.getPort();
        DbTarget target = DbTarget.parse("jdbc:h2:tcp://localhost:" + port + "/cockpit", "cockpit", "pw-2026");
        store = db.submit(() -> CockpitStore.open(target, 2026, 10));
        data = store.thenApplyAsync(CockpitStore::load, db).get(30, TimeUnit.SECONDS);
        try {
            show(robot, options(1), Clock.systemDefaultZone());
            String value = kpiValue(robot, "H0-01");
            assertThat(wall.bannerText()).isNull();
            server.stop();
            waitFor(() -> wall.bannerText() != null, Duration.ofSeconds(8));
            assertThat(wall.bannerText()).contains("无法读取数据库").contains("正在重试");
            assertThat(kpiValue(robot, "H0-01")).as("the last good data stays").isEqualTo(value);
            server = org.h2.tools.Server.createTcpServer("-tcpPort", Integer.toString(port), "-baseDir", dir.toString(),
                    "-ifNotExists").start();
            waitFor(() -> wall.bannerText() == null, Duration.ofSeconds(10));
            assertThat(wall.bannerText()).isNull();
        } finally {
            robot.interact(wall::stop);
            wall = null;
            session.close();
            session = null;
            db = null;
            server.stop();
        }
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private final java.util.concurrent.atomic.AtomicReference<Instant> now;
        private final ZoneId zone;

        MovableClock(Instant start, ZoneId zone) {
            this.now = new java.util.concurrent.atomic.AtomicReference<>(start);
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

    @Test
    void whenTheDayTurnsATaskDueYesterdayIsOverdueWithoutASave(FxRobot robot) {
        // a wall runs for weeks; nobody may save on the day a task falls due
        var battle = data.sections(cn.techcity.cockpit.domain.SectionKind.BATTLE).get(0);
        var tasks = data.tasks(battle.code());
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        java.time.LocalDate due = cn.techcity.cockpit.domain.TaskRollup.planned(tasks, java.time.LocalDate.of(2020, 1, 1), 1)
                .get(0).due();
        String year = due.getYear() == data.year() ? "" : due.getYear() + "年";
        MovableClock clock = new MovableClock(due.atTime(23, 59, 58).atZone(zone).toInstant(), zone);
        show(robot, new WallOptions(0, 600, List.of(ViewId.BATTLES), -1, -1, 45, 600, 0), clock);
        String line = "#wall-battle-" + battle.code() + "-task-0";
        String dueLine = labelText(robot, line);
        assertThat(dueLine).as("falling due today, with its year when not the year shown")
                .startsWith(year + due.getMonthValue() + "月" + due.getDayOfMonth() + "日");
        assertThat(labelText(robot, "#wall-battle-" + battle.code() + "-tasks")).isEqualTo("即将到期");
        assertThat(labelText(robot, "#wall-battle-" + battle.code() + "-overdue")).isEqualTo("无逾期任务");

        clock.set(due.plusDays(1).atTime(0, 0, 1).atZone(zone).toInstant());
        long overdue = tasks.stream().filter(t -> t.overdueOn(due.plusDays(1))).count();
        waitFor(() -> labelText(robot, "#wall-battle-" + battle.code() + "-overdue")
                .equals("逾期 " + overdue + " 项"), Duration.ofSeconds(5));
        assertThat(labelText(robot, "#wall-battle-" + battle.code() + "-overdue"))
                .isEqualTo("逾期 " + overdue + " 项");
        assertThat(labelText(robot, "#wall-battle-" + battle.code() + "-tasks"))
                .as("the tasks now overdue lead the card").isEqualTo("已逾期");
        assertThat(labelText(robot, line)).isEqualTo(dueLine);
    }

    @Test
    void oldFiguresShowTheStaleBanner(FxRobot robot) {
        Clock later = Clock.fixed(Instant.now().plus(Duration.ofDays(60)), ZoneId.of("Asia/Shanghai"));
        show(robot, options(600), later);
        assertThat(wall.bannerText()).contains("起未更新");
    }

    @Test
    void keysPauseAndStepAndTheNightDimsOnlyAWallNobodyTouches(FxRobot robot) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        MovableClock night = new MovableClock(Instant.parse("2026-12-01T15:30:00Z"), zone); // 23:30 local
        show(robot, new WallOptions(0, 600, List.of(ViewId.OVERVIEW, ViewId.AREA_PROJECTS, ViewId.BATTLES), 22, 7, 45, 600, 0),
                night);
        assertThat(labelText(robot, ".wall-clock")).isEqualTo("12月1日 星期二 23:30");
        assertThat(wall.isDimmed()).as("a wall just opened is being looked at: not dimmed").isFalse();
        assertThat(labelText(robot, ".wall-hint")).contains("按 Esc 退出大屏");
        night.set(Instant.parse("2026-12-01T15:41:00Z"));
        waitFor(() -> wall.isDimmed(), Duration.ofSeconds(3));
        assertThat(wall.isDimmed()).as("dimmed at night, ten minutes after the last key").isTrue();
        int pages = wall.pages().size();
        assertThat(wall.positionText()).isEqualTo("1/" + pages);
        robot.type(javafx.scene.input.KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isDimmed()).as("a key wakes it").isFalse();
        assertThat(wall.current()).isEqualTo(ViewId.AREA_PROJECTS);
        assertThat(wall.positionText()).isEqualTo("2/" + pages);
        robot.type(javafx.scene.input.KeyCode.LEFT);
        robot.type(javafx.scene.input.KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.current()).isEqualTo(ViewId.BATTLES);
        assertThat(wall.positionText()).isEqualTo(pages + "/" + pages);
        robot.type(javafx.scene.input.KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isPaused()).isTrue();
        assertThat(labelText(robot, ".wall-clock")).startsWith("‖ 已暂停");
        assertThat(robot.lookup(".shell-month").tryQuery()).as("no editing control on the wall").isEmpty();
    }

    @Test
    void escapeAsksOnTheWallAndEnterKeepsIt(FxRobot robot) {
        show(robot, options(600), Clock.systemDefaultZone());
        boolean[] left = new boolean[1];
        robot.interact(() -> wall.setOnExit(() -> left[0] = true));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isAskingToLeave()).isTrue();
        Label title = robot.lookup(".wall-dialog-title").queryAs(Label.class);
        assertThat(title.getText()).isEqualTo("离开大屏模式?");
        assertThat(title.getFont().getSize()).as("legible from the back of the room").isGreaterThanOrEqualTo(28);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isAskingToLeave()).as("Enter keeps the wall (继续轮播 is the default)").isFalse();
        assertThat(left[0]).isFalse();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isAskingToLeave()).as("a second Esc keeps it too").isFalse();
        assertThat(left[0]).isFalse();
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> ((javafx.scene.control.Button) robot.lookup(".wall-dialog .button").queryAll().stream()
                .filter(n -> ((javafx.scene.control.Button) n).getText().equals("退出大屏")).findFirst().orElseThrow()).fire());
        assertThat(left[0]).as("退出大屏 leaves").isTrue();
    }

    /**
     * A stray Esc (a cleaner's elbow on the keyboard) must not leave the question on a wall nobody touches: it stood there
     * for good, over the pages, and kept the night dimming off. Unanswered, it closes by itself after a minute and the
     * wall goes on (继续轮播, the default); the night dims it again.
     */
    @Test
    void anUnansweredQuestionClosesByItselfAndTheNightDimsAgain(FxRobot robot) {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        MovableClock night = new MovableClock(Instant.parse("2026-12-01T15:30:00Z"), zone); // 23:30 local
        show(robot, new WallOptions(0, 600, List.of(ViewId.OVERVIEW, ViewId.AREA_PROJECTS), 22, 7, 45, 600, 0), night);
        boolean[] left = new boolean[1];
        robot.interact(() -> wall.setOnExit(() -> left[0] = true));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isAskingToLeave()).isTrue();
        night.set(Instant.parse("2026-12-01T15:30:30Z"));
        WaitForAsyncUtils.sleep(1500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(wall.isAskingToLeave()).as("half a minute: still asking").isTrue();
        night.set(Instant.parse("2026-12-01T15:31:05Z"));
        waitFor(() -> !wall.isAskingToLeave(), Duration.ofSeconds(3));
        assertThat(wall.isAskingToLeave()).as("a minute unanswered: the question is gone").isFalse();
        assertThat(left[0]).as("and the wall stays").isFalse();
        night.set(Instant.parse("2026-12-01T15:45:00Z"));
        waitFor(() -> wall.isDimmed(), Duration.ofSeconds(3));
        assertThat(wall.isDimmed()).as("ten minutes after the key, at night: dimmed again").isTrue();
    }

    @Test
    void nightDimmingWrapsPastMidnight() {
        WallOptions o = new WallOptions(0, 30, null, 22, 7, 45, 3, 0);
        assertThat(o.dimmedAt(23)).isTrue();
        assertThat(o.dimmedAt(3)).isTrue();
        assertThat(o.dimmedAt(7)).isFalse();
        assertThat(o.dimmedAt(12)).isFalse();
        assertThat(new WallOptions(0, 30, null, -1, -1, 45, 3, 0).dimmedAt(23)).isFalse();
    }
}
