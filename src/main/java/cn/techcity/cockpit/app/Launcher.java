package cn.techcity.cockpit.app;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.app.CockpitWindow;
import cn.techcity.cockpit.ui.app.Snapshots;
import cn.techcity.cockpit.ui.common.Trace;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.wall.WallOptions;
import cn.techcity.cockpit.ui.app.WallWindow;
import javafx.application.Platform;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The entry point. Not a JavaFX Application subclass, so that {@code java -jar} works with JavaFX on the class path.
 * The database opens on its own thread while the toolkit starts.
 */
public final class Launcher {
    private Launcher() {
    }

    /** {@code --restore FILE}: asks on the console unless {@code --yes}; exit 0 restored, 1 refused or failed. */
    static int restore(Path db, Path backup, boolean yes, PrintStream out, PrintStream err) {
        Path file = Session.databaseFile(db);
        if (!yes) {
            out.println("将用备份 " + backup + " 替换数据库 " + file + "(当前数据库会另存一份)。输入 yes 确认:");
            out.println("Replace the database " + file + " by the backup " + backup + " (the current one is kept)? Type yes:");
            String answer = null;
            try {
                answer = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            } catch (java.io.IOException ignored) {
                // no console: treated as no
            }
            if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                err.println("未恢复:没有确认 / not restored: not confirmed");
                return 1;
            }
        }
        try {
            Path kept = Session.restore(file, backup);
            out.println("已恢复 / restored: " + file + (kept == null ? "" : "(原数据库另存为 / the previous one is kept as " + kept + ")"));
            return 0;
        } catch (RuntimeException e) {
            return DataCommands.failed(e, err);
        }
    }

    /**
     * Apache POI logs through the Log4j API, which complains on stderr when no logging back end is present: its own
     * simple logger, warnings only, keeps the command line's output for the clerk.
     */
    static void quietLibraries() {
        System.setProperty("log4j.provider", System.getProperty("log4j.provider",
                "org.apache.logging.log4j.simple.internal.SimpleProvider"));
        // POI's own errors (a full disk while it writes) are reported to the clerk as the cockpit's sentence; its stack
        // goes to the log with the failure
        System.setProperty("log4j2.simplelogLevel", System.getProperty("log4j2.simplelogLevel", "OFF"));
        System.setProperty("log4j2.statusLoggerLevel", System.getProperty("log4j2.statusLoggerLevel", "OFF"));
    }

    /** --report FILE.pdf [--month]: headless, like a snapshot; exit 0 written, 1 failed, 2 a month without data. */
    private static int report(CommandLine cmd, Session session, PrintStream out, PrintStream err) {
        CockpitData data = Snapshots.headlessData(session, err, cmd.month() == null ? 0 : cmd.month().getYear());
        if (data == null) {
            return 1;
        }
        int month;
        try {
            month = Snapshots.month(data, cmd.month());
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        try {
            cn.techcity.cockpit.ui.app.Briefing.write(data, month, cmd.report());
            out.println("已生成简报 / briefing written: " + cmd.report().toAbsolutePath());
            return 0;
        } catch (RuntimeException e) {
            // any failure is the clerk's sentence and an exit code (an exception left to the toolkit kept the JVM alive)
            return DataCommands.failed(e, err);
        }
    }

    /** --export, --import, --summary, the accounts: through the session, waiting for each step; then it is closed. */
    private static int dataJob(CommandLine cmd, Session session, String where, PrintStream out, PrintStream err) {
        try {
            boolean shared = DataCommands.await(session.isShared());   // waits for the store to open: its failure is the job's
            if (DataCommands.await(session.isNew())) {
                // a typo in --db makes a new database: say so, the clerk may have meant another file
                err.println("已新建数据库(首次使用,含示例数据)/ created a new database with sample data: " + where);
            }
            if (cmd.export() != null) {
                return DataCommands.export(session, cmd.export(), cmd.year(), out, err);
            }
            if (cmd.importFile() != null) {
                if (!cmd.dryRun() && shared && !Credentials.login(session, cmd.user(), err)) {
                    return 1;
                }
                return DataCommands.importFile(session, cmd.importFile(), cmd.dryRun(), out, err);
            }
            if (cmd.addAccount() != null) {
                return DataCommands.addAccount(session, cmd.addAccount(), cmd.role(), cmd.user(), out, err);
            }
            if (cmd.setPassword() != null) {
                return DataCommands.setPassword(session, cmd.setPassword(), cmd.user(), out, err);
            }
            if (cmd.disableAccount() != null) {
                return DataCommands.disableAccount(session, cmd.disableAccount(), cmd.user(), out, err);
            }
            if (cmd.startYear() != 0) {
                if (shared && !Credentials.login(session, cmd.user(), err)) {
                    return 1;
                }
                return DataCommands.startYear(session, cmd.startYear(), cmd.yes(), out, err);
            }
            return DataCommands.summary(session, cmd.month(), cmd.out(), out, err);
        } catch (RuntimeException e) {
            return DataCommands.failed(e, err);
        } finally {
            session.close();
        }
    }

    /** Linux or another Unix without X11 or Wayland (a server, an SSH session): a window cannot open. */
    static boolean noDisplay() {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equals(System.getProperty("glass.platform"))) {
            return false;
        }
        return isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public static void main(String[] args) {
        quietLibraries();
        Logs.install();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, out, err);
        if (code >= 0) {
            System.exit(code);
        }
    }

    /** Runs a command; returns its exit code, or -1 when a window was opened and the JVM must stay up. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Trace.mark("main");
        CommandLine cmd;
        try {
            cmd = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (cmd.help()) {
            out.print(CommandLine.USAGE);
            out.println("数据文件 / data file: " + AppPaths.defaultDatabase());
            return 0;
        }
        if (cmd.listViews()) {
            for (ViewId v : ViewId.values()) {
                out.println(v.id());
            }
            out.println(Snapshots.WALL);
            return 0;
        }
        List<ViewId> playlist = new ArrayList<>();
        for (String id : cmd.views()) {
            var v = ViewId.of(id.strip());
            if (v.isEmpty()) {
                err.println("--views 中的视图 “" + id + "” 不存在;可用视图见 --list-views / unknown view " + id + " in --views");
                return 2;
            }
            if (!cn.techcity.cockpit.ui.wall.WallPages.SHOWN.contains(v.get())) {
                String shown = java.util.Arrays.stream(ViewId.values()).filter(cn.techcity.cockpit.ui.wall.WallPages.SHOWN::contains)
                        .map(ViewId::id).collect(java.util.stream.Collectors.joining(", "));
                err.println("--views 中的 “" + id + "” 是办公桌上的视图,大屏不显示;大屏可显示:" + shown + " / " + id
                        + " is a desk view, not shown on the wall; the wall shows: " + shown);
                return 2;
            }
            playlist.add(v.get());
        }
        if (cmd.snapshotView() != null && ViewId.of(cmd.snapshotView()).isEmpty() && !Snapshots.WALL.equals(cmd.snapshotView())) {
            // before the database is touched
            err.println("未知视图 “" + cmd.snapshotView() + "”;可用视图见 --list-views / unknown view " + cmd.snapshotView()
                    + " (see --list-views)");
            return 2;
        }
        cn.techcity.cockpit.store.DbTarget target;
        try {
            target = Credentials.target(cmd);
        } catch (cn.techcity.cockpit.store.StoreException | UsageException e) {
            err.println(e.getMessage());
            return 2;
        }
        if (cmd.restore() != null) {
            if (target.shared()) {
                err.println("--restore 只用于本机数据库文件;服务器由管理员用 pg_restore 恢复 / --restore is for a local database"
                        + " file; a server is restored by its administrator");
                return 2;
            }
            return restore(target.file(), cmd.restore(), cmd.yes(), out, err);
        }
        boolean window = cmd.wall() || (cmd.export() == null && cmd.importFile() == null && !cmd.summary() && cmd.addAccount() == null
                && cmd.setPassword() == null && cmd.disableAccount() == null && cmd.startYear() == 0 && cmd.report() == null && cmd.snapshotView() == null);
        if (window && noDisplay()) {
            err.println("没有可用的显示器:找不到图形界面(DISPLAY 未设置)。请在桌面上运行驾驶舱;在没有显示器的电脑上可用 --snapshot、"
                    + "--report、--export 等命令 / No display: there is no graphical desktop (DISPLAY is not set). Run the cockpit on a"
                    + " desktop; without one, --snapshot, --report, --export and the other commands work.");
            return 1;
        }
        // a window's results land on the FX thread; a command line's on the thread that waits for them
        Session session = Session.open(target, window ? Platform::runLater : Runnable::run, Clock.systemDefaultZone());
        session.closeOnExit();
        if (!window && cmd.report() == null && cmd.snapshotView() == null) {
            return dataJob(cmd, session, target.display(), out, err);
        }
        session.firstRead().whenComplete((d, e) -> Trace.mark("data loaded"));
        if (cmd.report() != null) {
            return report(cmd, session, out, err);
        }
        if (cmd.snapshotView() != null) {
            return Snapshots.run(new Snapshots.Request(cmd.snapshotView(), cmd.out(), cmd.width(), cmd.height(), cmd.month(),
                    cmd.theme(), cmd.language(), cmd.bare(), playlist), session, out, err);
        }
        if (cmd.wall()) {
            WallOptions options = new WallOptions(cmd.screen(), cmd.interval(), playlist, cmd.dimFrom(), cmd.dimTo(), cmd.staleDays(),
                    3, 600);
            WallWindow.startStandalone(options, cmd.language(), session);
            return -1;
        }
        try {
            CockpitWindow.start(new CockpitWindow.Options(cmd.language(), cmd.theme(), cmd.month(), cmd.startupBenchmark(),
                    cmd.user()), session);
            return -1;
        } catch (RuntimeException e) {
            return DataCommands.failed(e, err);
        }
    }
}
