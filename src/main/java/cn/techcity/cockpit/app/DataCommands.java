package cn.techcity.cockpit.app;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.content.WorkSummary;
import cn.techcity.cockpit.io.FileException;
import cn.techcity.cockpit.io.excel.ExcelExport;
import cn.techcity.cockpit.io.excel.ExcelImport;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.io.report.SummaryDocx;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.ConflictException;
import cn.techcity.cockpit.store.StoreException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.YearMonth;

/** The command-line jobs on the data that need no window: --export, --import, --summary. Exit 0 done, 1 not. */
final class DataCommands {
    private static final System.Logger LOG = System.getLogger(DataCommands.class.getName());

    private DataCommands() {
    }

    /** Prints the clerk's sentence; the cause, with its stack, goes to the log. */
    static int failed(RuntimeException e, PrintStream err) {
        LOG.log(System.Logger.Level.WARNING, e.getMessage(), e);
        err.println(e.getMessage());
        return 1;
    }

    static String who() {
        return System.getProperty("user.name", "?");
    }

    static int export(CockpitStore store, Path file, int year, PrintStream out, PrintStream err) {
        try {
            CockpitData data = year == 0 ? store.load() : store.load(year);
            ExcelExport.write(data, file);
            out.println("已导出 / exported: " + file.toAbsolutePath() + "(" + data.year() + "年,"
                    + data.indicators().size() + " 个指标、" + data.tasks().size() + " 项任务)");
            return 0;
        } catch (FileException | StoreException e) {
            return failed(e, err);
        }
    }

    static int importFile(CockpitStore store, Path file, boolean dryRun, PrintStream out, PrintStream err) {
        try {
            ImportPlan plan = ExcelImport.read(file, store, store.authorName(who()));
            if (!plan.valid()) {
                err.print(plan.report());
                return 1;
            }
            out.print(plan.report());
            if (dryRun) {
                out.println("(--dry-run:只检查,未写入 / checked only, nothing written)");
                return 0;
            }
            int changed = ExcelImport.apply(store, who(), plan);
            out.println("已导入 / imported: " + changed + " 个值已保存(含修改记录)/ value(s) saved with audit rows");
            return 0;
        } catch (ConflictException e) {
            err.println(e.getMessage());
            return 1;
        } catch (FileException | StoreException e) {
            return failed(e, err);
        }
    }

    /** --add-account NAME --role R: the first account (an admin) needs no login; later ones need --user ADMIN. */
    static int addAccount(CockpitStore store, String name, String role, String user, PrintStream out, PrintStream err) {
        try {
            if (!store.accounts().isEmpty() && !Credentials.login(store, user, err)) {
                return 1;
            }
            cn.techcity.cockpit.store.Role r = cn.techcity.cockpit.store.Role.valueOf(role.toUpperCase(java.util.Locale.ROOT));
            if (!withNewPassword(name, err, password -> store.addAccount(name, r, password))) {
                return 1;
            }
            out.println("已添加账户 / account added: " + name + "(" + r.chinese() + " " + r.name().toLowerCase(java.util.Locale.ROOT) + ")");
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
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
    static int setPassword(CockpitStore store, String name, String user, PrintStream out, PrintStream err) {
        try {
            if (!Credentials.login(store, user != null ? user : name, err)) {
                return 1;
            }
            if (!withNewPassword(name, err, password -> store.setPassword(name, password))) {
                return 1;
            }
            out.println("已修改密码 / password changed: " + name);
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    static int disableAccount(CockpitStore store, String name, String user, PrintStream out, PrintStream err) {
        try {
            if (!Credentials.login(store, user, err)) {
                return 1;
            }
            store.disableAccount(name);
            out.println("已停用账户 / account disabled: " + name);
            return 0;
        } catch (StoreException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    static int summary(CockpitStore store, YearMonth month, Path docx, PrintStream out, PrintStream err) {
        try {
            CockpitData data = month == null ? store.load() : store.load(month.getYear());
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
                SummaryDocx.write(s, docx);
                out.println("已保存 / saved: " + docx.toAbsolutePath());
            } else {
                out.print(s.text());
            }
            return 0;
        } catch (FileException | StoreException e) {
            return failed(e, err);
        }
    }
}
