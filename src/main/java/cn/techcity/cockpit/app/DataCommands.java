package cn.techcity.cockpit.app;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.content.WorkSummary;
import cn.techcity.cockpit.io.excel.ExcelExport;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.io.report.SummaryDocx;
import cn.techcity.cockpit.session.Failures;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.session.Work;
import cn.techcity.cockpit.store.Role;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.CompletionException;

/**
 * The command-line jobs on the data that need no window: --export, --import, --summary and the accounts. They go
 * through the session like the window does, and wait for each step. Exit 0 done, 1 not, 2 a month without data.
 */
final class DataCommands {
    private static final System.Logger LOG = System.getLogger(DataCommands.class.getName());

    private DataCommands() {
    }

    /** A failure the command reports: the clerk's sentence is its message. */
    static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super(Failures.message(cause), cause);
        }
    }

    /** Runs one step and waits for it; a failure is thrown as {@link Failed} (logged with its stack). */
    static <T> T await(Work<T> work) {
        try {
            return work.onFailure(e -> { }).start().join();
        } catch (CompletionException e) {
            Throwable cause = Work.unwrap(e);
            LOG.log(System.Logger.Level.WARNING, Failures.message(cause), cause);
            throw new Failed(cause);
        }
    }

    /** Prints the clerk's sentence; the cause, with its stack, goes to the log. */
    static int failed(RuntimeException e, PrintStream err) {
        if (!(e instanceof Failed)) {
            LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
        }
        err.println(e instanceof Failed ? e.getMessage() : Failures.message(e));
        return 1;
    }

    static String who() {
        return System.getProperty("user.name", "?");
    }

    static int export(Session session, Path file, int year, PrintStream out, PrintStream err) {
        try {
            if (year != 0) {
                CockpitData now = await(session.load(0));
                if (!now.years().stored().contains(year)) {
                    err.println("没有 " + year + " 年的数据:可导出的年度为 " + now.years().stored() + " / no data for " + year
                            + ": the stored years are " + now.years().stored());
                    return 2;
                }
            }
            CockpitData data = await(session.load(year));
            await(session.onFiles(() -> {
                ExcelExport.write(data, file);
                return file;
            }));
            out.println("已导出 / exported: " + file.toAbsolutePath() + "(" + data.year() + "年,"
                    + data.indicators().size() + " 个指标、" + data.tasks().size() + " 项任务)");
            return 0;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    /**
     * {@code --start-year YYYY [--yes]}: the turn of the reporting year. Asks on the console unless {@code --yes};
     * exit 0 turned, 1 refused or failed.
     */
    static int startYear(Session session, int year, boolean yes, PrintStream out, PrintStream err) {
        try {
            CockpitData current = await(session.load(0));
            // what would be refused is said before the question
            int reporting = current.years().reporting();
            java.time.LocalDate today = java.time.LocalDate.now(session.clock());
            cn.techcity.cockpit.domain.Text refused = year == reporting ? cn.techcity.cockpit.domain.Text.of("store.year-already", Integer.toString(year))
                    : year != reporting + 1 ? cn.techcity.cockpit.domain.Text.of("store.year-not-next", Integer.toString(year),
                    Integer.toString(reporting), Integer.toString(reporting + 1))
                    : today.getYear() < year ? cn.techcity.cockpit.domain.Text.of("store.year-too-early", Integer.toString(year),
                    today.toString(), Integer.toString(year - 1)) : null;
            if (refused != null) {
                err.println(refused.both());
                return 1;
            }
            if (!yes) {
                out.println("将从 " + current.year() + " 年度转入 " + year + " 年度:" + current.year() + " 年度的数据归档,只能查看,不能再修改。输入 yes 确认:");
                out.println("Turn the reporting year from " + current.year() + " to " + year + "? " + current.year()
                        + " becomes read only. Type yes:");
                String answer = null;
                try {
                    answer = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                            java.nio.charset.StandardCharsets.UTF_8)).readLine();
                } catch (java.io.IOException ignored) {
                    // no console: treated as no
                }
                if (answer == null || !answer.strip().equalsIgnoreCase("yes")) {
                    err.println("未转入:没有确认 / not turned: not confirmed");
                    return 1;
                }
            }
            CockpitData data = await(session.startYear(who(), year));
            out.println("已转入 " + data.year() + " 年度(" + current.year() + " 年度已归档,只读;攻坚战 " + data.battlesYear()
                    + " 年)/ the reporting year is now " + data.year() + "; " + current.year() + " is archived, read only");
            return 0;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    static int importFile(Session session, Path file, boolean dryRun, PrintStream out, PrintStream err) {
        try {
            ImportPlan plan = await(session.planImport(file, who()));
            if (!plan.valid()) {
                err.print(plan.report());
                return 1;
            }
            out.print(plan.report());
            if (dryRun) {
                out.println("(--dry-run:只检查,未写入 / checked only, nothing written)");
                return 0;
            }
            if (plan.changes().isEmpty()) {
                out.println("已导入 / imported: 0 个值已保存(含修改记录)/ value(s) saved with audit rows");
                return 0;
            }
            await(session.applyImport(who(), plan));
            out.println("已导入 / imported: " + plan.changes().size() + " 个值已保存(含修改记录)/ value(s) saved with audit rows");
            return 0;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    /** --add-account NAME --role R: the first account (an admin) needs no login; later ones need --user ADMIN. */
    static int addAccount(Session session, String name, String role, String user, PrintStream out, PrintStream err) {
        try {
            if (await(session.hasAccounts()) && !Credentials.login(session, user, err)) {
                return 1;
            }
            Role r = Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
            if (!withNewPassword(name, err, password -> await(session.addAccount(name, r, password)))) {
                return 1;
            }
            out.println("已添加账户 / account added: " + name + "(" + r.chinese() + " " + r.name().toLowerCase(java.util.Locale.ROOT) + ")");
            return 0;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    /**
     * Reads the new password (COCKPIT_NEW_PASSWORD or the console), hands it to {@code use} and wipes it afterwards, also
     * when {@code use} refuses it; false when there was no password to read (the reason is on {@code err}).
     */
    private static boolean withNewPassword(String name, PrintStream err, java.util.function.Consumer<char[]> use) {
        char[] password = Credentials.newPassword(name, err);
        if (password == null) {
            return false;
        }
        try {
            use.accept(password);
            return true;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    /** Own password (signed in as NAME) or, with --user ADMIN, anyone's. */
    static int setPassword(Session session, String name, String user, PrintStream out, PrintStream err) {
        try {
            if (!Credentials.login(session, user != null ? user : name, err)) {
                return 1;
            }
            if (!withNewPassword(name, err, password -> await(session.setPassword(name, password)))) {
                return 1;
            }
            out.println("已修改密码 / password changed: " + name);
            return 0;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    static int disableAccount(Session session, String name, String user, PrintStream out, PrintStream err) {
        try {
            if (!Credentials.login(session, user, err)) {
                return 1;
            }
            await(session.disableAccount(name));
            out.println("已停用账户 / account disabled: " + name);
            return 0;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }

    static int summary(Session session, YearMonth month, Path docx, PrintStream out, PrintStream err) {
        try {
            CockpitData data = await(session.load(month == null ? 0 : month.getYear()));
            int latest = data.latestMonth().orElse(0);
            if (month != null && month.getMonthValue() > latest) {
                // as --report does: a summary of a month without figures would say 未报 for everything
                err.println("--month " + month + " 没有数据:" + data.year() + " 年" + (latest == 0 ? "还没有任何月度数据" : "已有 1–" + latest + " 月")
                        + " / no data for " + month);
                return 2;
            }
            int m = month != null ? month.getMonthValue() : latest;
            if (m == 0) {
                err.println("还没有任何月度数据,无法生成工作总结 / no figures yet: nothing to summarise");
                return 1;
            }
            WorkSummary.Summary s = WorkSummary.of(data, m);
            if (docx != null) {
                await(session.onFiles(() -> {
                    SummaryDocx.write(s, docx);
                    return docx;
                }));
                out.println("已保存 / saved: " + docx.toAbsolutePath());
            } else {
                out.print(s.text());
            }
            return 0;
        } catch (RuntimeException e) {
            return failed(e, err);
        }
    }
}
