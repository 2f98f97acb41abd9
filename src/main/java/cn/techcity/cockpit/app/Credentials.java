package cn.techcity.cockpit.app;

import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.store.DbTarget;
import java.io.Console;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * Passwords for the command line, never taken from an option (it would show in the process list and the shell's
 * history): the database password from {@code --db-password-file} or COCKPIT_DB_PASSWORD; an account's password from
 * COCKPIT_PASSWORD or the console; a new account's from COCKPIT_NEW_PASSWORD or the console, twice.
 */
final class Credentials {
    private Credentials() {
    }

    static DbTarget target(CommandLine cmd) throws UsageException {
        String db = cmd.dbOption().orElseGet(() -> AppPaths.defaultDatabase().toString());
        DbTarget parsed = DbTarget.parse(db, cmd.dbUser(), null);
        if (!parsed.shared()) {
            if (cmd.dbUser() != null || cmd.dbPasswordFile() != null) {
                throw new UsageException("--db-user 和 --db-password-file 只用于数据库服务器(--db jdbc:…)/ --db-user and"
                        + " --db-password-file go with a database server");
            }
            return parsed;
        }
        String password = System.getenv("COCKPIT_DB_PASSWORD");
        if (cmd.dbPasswordFile() != null) {
            try {
                password = Files.readAllLines(cmd.dbPasswordFile(), StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            } catch (IOException e) {
                throw new UsageException("无法读取 --db-password-file " + cmd.dbPasswordFile() + ":" + e.getMessage()
                        + " / cannot read the password file");
            }
        }
        return DbTarget.parse(db, cmd.dbUser(), password);
    }

    /** Signs in as {@code user} (COCKPIT_PASSWORD or the console); false, with the reason on {@code err}, when not. */
    static boolean login(Session session, String user, PrintStream err) {
        if (user == null) {
            err.println("共用数据库上写入需要登录:请加 --user 账户名(编辑或管理员)/ writing to the shared database needs --user NAME");
            return false;
        }
        char[] password = secret("COCKPIT_PASSWORD", "账户 " + user + " 的密码 / password of " + user + ": ");
        if (password == null) {
            err.println("没有密码:请设置环境变量 COCKPIT_PASSWORD,或在控制台中运行以输入密码 / no password: set COCKPIT_PASSWORD"
                    + " or run it in a console");
            return false;
        }
        try {
            DataCommands.await(session.login(user, password));
            return true;
        } catch (DataCommands.Failed e) {
            err.println(e.getMessage());
            return false;
        } finally {
            java.util.Arrays.fill(password, '\0');
        }
    }

    static char[] newPassword(String name, PrintStream err) {
        String env = System.getenv("COCKPIT_NEW_PASSWORD");
        if (env != null) {
            return env.toCharArray();
        }
        Console c = System.console();
        if (c == null) {
            err.println("没有新密码:请设置环境变量 COCKPIT_NEW_PASSWORD,或在控制台中运行 / no new password: set"
                    + " COCKPIT_NEW_PASSWORD or run it in a console");
            return null;
        }
        char[] first = c.readPassword("账户 " + name + " 的新密码 / new password of " + name + ": ");
        char[] again = c.readPassword("再输入一次 / again: ");
        if (first == null || !java.util.Arrays.equals(first, again)) {
            err.println("两次输入的密码不同 / the two passwords differ");
            return null;
        }
        return first;
    }

    private static char[] secret(String env, String prompt) {
        String v = System.getenv(env);
        if (v != null) {
            return v.toCharArray();
        }
        Console c = System.console();
        return c == null ? null : c.readPassword(prompt);
    }
}
