package cn.techcity.cockpit.app;

import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The options of the command line; see {@link #USAGE}. Parsing never touches the store or the screen. */
public record CommandLine(boolean help, String db, boolean listViews, String snapshotView, boolean bare, Path out, int width, int height,
                          YearMonth month, String theme, String language, boolean wall, int screen, int interval,
                          List<String> views, int dimFrom, int dimTo, int staleDays, Path restore, boolean yes,
                          boolean startupBenchmark, Path export, int year, Path importFile, boolean dryRun, Path report,
                          boolean summary, String dbUser, Path dbPasswordFile, String user, String addAccount,
                          String role, String setPassword, String disableAccount, int startYear) {

    public static final String USAGE = """
            科技城工作驾驶舱 (Science City work cockpit)

            用法 / Usage: java -jar cockpit.jar [选项 / options]

              (无选项 / none)          打开驾驶舱窗口 / open the cockpit window
              --db PATH|URL           数据库文件(默认在用户数据文件夹),或多人共用的服务器:jdbc:postgresql://服务器/库名、
                                      jdbc:h2:tcp://服务器/路径 / the database file (default: the user's data folder), or
                                      the server several seats share
              --db-user NAME [--db-password-file FILE]
                                      服务器的数据库账户;密码取自该文件首行或环境变量 COCKPIT_DB_PASSWORD / the server's
                                      database login; its password from the file's first line or COCKPIT_DB_PASSWORD
              --user NAME             共用模式下以该账户登录(导入等写入操作需要编辑账户);密码取自 COCKPIT_PASSWORD 或提示输入
                                      / sign in as this account in the shared mode (writing needs an editor);
                                      the password from COCKPIT_PASSWORD or asked on the console
              --add-account NAME --role admin|editor|viewer
                                      添加账户(第一个须为管理员;之后需 --user 管理员);新密码取自 COCKPIT_NEW_PASSWORD 或提示输入
                                      / add an account (the first one is an admin; later ones need --user ADMIN)
              --set-password NAME [--user ADMIN]
                                      修改密码:自己的(以 NAME 登录,当前密码取自 COCKPIT_PASSWORD),或由管理员重设他人的;
                                      新密码取自 COCKPIT_NEW_PASSWORD 或提示输入 / change a password: one's own, or an admin
                                      resets another's (a forgotten password)
              --disable-account NAME --user ADMIN
                                      停用账户(离职等):不能再登录,已登录的座席也不能再保存;修改记录保留 / disable an
                                      account: it cannot sign in, a seat signed in with it cannot save; its audit rows stay
              --list-views            列出所有视图编号 / print the id of every view, one a line
              --snapshot VIEW --out FILE.png [--size WxH] [--month YYYY-MM] [--theme light|dark] [--bare]
                                      把视图按窗口的样子(标题栏、侧栏)渲染为 PNG 后退出,无需显示器;--bare 只画视图本身
                                      / render a view as the window shows it (header, side bar) to a PNG and exit (no display
                                      needed); --bare draws the view alone
              --month YYYY-MM         按某月查看(默认:最新数据月)/ show the cockpit as of that month (default: the newest)
              --lang zh|en            界面语言(默认中文)/ UI language (default Chinese)
              --wall [--screen N] [--interval SECONDS] [--views id,id,...] [--dim HH-HH] [--stale-days N]
                                      大屏模式:全屏轮播,无编辑控件 / the wall: full screen, rotating, no editing
                                      (默认 / defaults: --screen 0 --interval 30 --dim 22-7 --stale-days 45)
              --restore FILE.zip|FILE.mv.db [--yes]
                                      用备份(或数据库文件)替换数据库(先确认;原文件另存)/ replace the database by a backup
                                      or a database file (asks first; the current file is kept beside it).
                                      Backups: backups/ beside the database, daily, 14 kept
              --export FILE.xlsx [--year YYYY]
                                      导出 Excel:月度数据、目标、任务三张表(默认当前报告年度)/ export the year's workbook
              --import FILE.xlsx [--dry-run]
                                      导入 Excel:先检查每个单元格,有任何问题则一律不写入并列出问题;--dry-run 只检查并预览
                                      / import a workbook: every cell is checked first, nothing is written when anything is
                                      wrong; --dry-run checks and previews only (exit 0 valid/applied, 1 problems)
              --report FILE.pdf [--month YYYY-MM]
                                      生成 PDF 简报(A4 横向,封面、五大板块、攻坚战),无需显示器 / write the PDF briefing
              --summary [--month YYYY-MM] [--out FILE.docx]
                                      输出工作总结(数据自动填入);--out 另存为 Word 文档 / print the work summary filled
                                      from the figures; --out saves it as a .docx
              --start-year YYYY [--yes]
                                      转入新的报告年度(只能是下一年):上一年度归档只读,计划年度的攻坚战成为当年工作;不加
                                      --yes 时先确认 / turn the reporting year to the next one: the finished year is archived
                                      read only, the battles planned for the new year become its work (asks unless --yes)
              --startup-benchmark     打开主窗口,首帧后打印 first-frame-ms=N(自 JVM 启动)并退出 / open the window, print
                                      first-frame-ms=N (from JVM start) at its first frame, exit (.ci/startup-benchmark)
              --help                  显示本帮助 / show this help

            退出码 / exit codes: 0 成功 success, 1 运行失败 failure, 2 参数错误 bad option
            """;

    public static final String DEFAULT_SIZE = "1920x1080";

    public static CommandLine parse(String... args) throws UsageException {
        boolean help = false;
        boolean listViews = false;
        String db = null;
        String snapshot = null;
        boolean bare = false;
        Path out = null;
        String size = null;
        YearMonth month = null;
        String theme = null;
        String language = null;
        boolean wall = false;
        int screen = 0;
        int interval = 30;
        List<String> views = List.of();
        int[] dim = {22, 7};
        int staleDays = 45;
        Path restore = null;
        boolean yes = false;
        boolean startupBenchmark = false;
        Path export = null;
        int year = 0;
        int startYear = 0;
        Path importFile = null;
        boolean dryRun = false;
        Path report = null;
        boolean summary = false;
        String dbUser = null;
        Path dbPasswordFile = null;
        String user = null;
        String addAccount = null;
        String role = null;
        String setPassword = null;
        String disableAccount = null;
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String a = rest.remove(0);
            switch (a) {
                case "--help", "-h", "/?" -> help = true;
                case "--list-views" -> listViews = true;
                case "--db" -> db = value(a, rest);
                case "--db-user" -> dbUser = value(a, rest);
                case "--db-password-file" -> dbPasswordFile = Path.of(value(a, rest));
                case "--user" -> user = value(a, rest);
                case "--add-account" -> addAccount = value(a, rest);
                case "--set-password" -> setPassword = value(a, rest);
                case "--disable-account" -> disableAccount = value(a, rest);
                case "--role" -> role = oneOf(a, value(a, rest), "admin", "editor", "viewer");
                case "--snapshot" -> snapshot = value(a, rest);
                case "--bare" -> bare = true;
                case "--out" -> out = Path.of(value(a, rest));
                case "--size" -> size = value(a, rest);
                case "--month" -> month = month(value(a, rest));
                case "--theme" -> theme = oneOf(a, value(a, rest), "light", "dark");
                case "--lang" -> language = oneOf(a, value(a, rest), "zh", "en");
                case "--wall" -> wall = true;
                case "--screen" -> screen = number(a, value(a, rest), 0, 16);
                case "--interval" -> interval = number(a, value(a, rest), 5, 3600);
                case "--views" -> views = List.of(value(a, rest).split(","));
                case "--dim" -> dim = hours(value(a, rest));
                case "--stale-days" -> staleDays = number(a, value(a, rest), 1, 3650);
                case "--restore" -> restore = Path.of(value(a, rest));
                case "--yes" -> yes = true;
                case "--startup-benchmark" -> startupBenchmark = true;
                case "--export" -> export = Path.of(value(a, rest));
                case "--year" -> year = number(a, value(a, rest), 2000, 2100);
                case "--start-year" -> startYear = number(a, value(a, rest), 2000, 2100);
                case "--import" -> importFile = Path.of(value(a, rest));
                case "--dry-run" -> dryRun = true;
                case "--report" -> report = Path.of(value(a, rest));
                case "--summary" -> summary = true;
                default -> throw new UsageException("未知选项 / unknown option: " + a + "\n(--help 查看用法 / shows the usage)");
            }
        }
        int[] wh = size(size == null ? DEFAULT_SIZE : size);
        if (snapshot != null && out == null) {
            throw new UsageException("--snapshot 需要 --out FILE.png / --snapshot needs --out FILE.png");
        }
        if (snapshot == null && size != null) {
            throw new UsageException("--size 只能与 --snapshot 一起使用 / --size goes with --snapshot");
        }
        if (snapshot == null && !summary && out != null) {
            throw new UsageException("--out 只能与 --snapshot 或 --summary 一起使用 / --out goes with --snapshot or --summary");
        }
        if (summary && out != null && !out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            throw new UsageException("--summary --out 需要 .docx 文件名 / --summary --out needs a .docx file name: " + out);
        }
        if (dryRun && importFile == null) {
            throw new UsageException("--dry-run 只能与 --import 一起使用 / --dry-run goes with --import");
        }
        if (bare && snapshot == null) {
            throw new UsageException("--bare 只能与 --snapshot 一起使用 / --bare goes with --snapshot");
        }
        if (year != 0 && export == null) {
            throw new UsageException("--year 只能与 --export 一起使用 / --year goes with --export");
        }
        int jobs = (export != null ? 1 : 0) + (importFile != null ? 1 : 0) + (report != null ? 1 : 0) + (summary ? 1 : 0)
                + (snapshot != null ? 1 : 0) + (wall ? 1 : 0) + (restore != null ? 1 : 0) + (addAccount != null ? 1 : 0)
                + (setPassword != null ? 1 : 0) + (disableAccount != null ? 1 : 0) + (startYear != 0 ? 1 : 0);
        if (addAccount != null && role == null) {
            throw new UsageException("--add-account 需要 --role admin|editor|viewer / --add-account needs --role");
        }
        if (role != null && addAccount == null) {
            throw new UsageException("--role 只能与 --add-account 一起使用 / --role goes with --add-account");
        }
        if (jobs > 1) {
            throw new UsageException("--export、--import、--report、--summary、--snapshot、--wall、--restore、--add-account、"
                    + "--set-password、--disable-account、--start-year 一次只能用一个 / use one of --export, --import, --report,"
                    + " --summary, --snapshot, --wall, --restore, --add-account, --set-password, --disable-account, --start-year"
                    + " at a time");
        }
        return new CommandLine(help, db, listViews, snapshot, bare, out, wh[0], wh[1], month, theme, language, wall, screen, interval,
                views, dim[0], dim[1], staleDays, restore, yes, startupBenchmark, export, year, importFile, dryRun, report, summary,
                dbUser, dbPasswordFile, user, addAccount, role, setPassword, disableAccount, startYear);
    }

    public Optional<String> dbOption() {
        return Optional.ofNullable(db);
    }

    private static String value(String option, List<String> rest) throws UsageException {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageException("选项 " + option + " 缺少取值 / option " + option + " needs a value");
        }
        return rest.remove(0);
    }

    private static String oneOf(String option, String value, String... allowed) throws UsageException {
        for (String a : allowed) {
            if (a.equals(value)) {
                return value;
            }
        }
        throw new UsageException("选项 " + option + " 的取值 “" + value + "” 无效,可选:" + String.join("|", allowed)
                + " / invalid value for " + option + ": " + value + " (allowed: " + String.join("|", allowed) + ")");
    }

    static int number(String option, String text, int min, int max) throws UsageException {
        try {
            int n = Integer.parseInt(text.strip());
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("选项 " + option + " 的取值 “" + text + "” 无效,应为 " + min + " 至 " + max + " 的整数 / " + option
                    + " must be a whole number from " + min + " to " + max);
        }
    }

    /** "22-7": dim from 22:00 to 07:00; "off": never. */
    static int[] hours(String text) throws UsageException {
        if ("off".equals(text)) {
            return new int[] {-1, -1};
        }
        var m = java.util.regex.Pattern.compile("(\\d{1,2})-(\\d{1,2})").matcher(text.strip());
        if (!m.matches() || Integer.parseInt(m.group(1)) > 23 || Integer.parseInt(m.group(2)) > 23) {
            throw new UsageException("--dim 的取值 “" + text + "” 无效,应为 开始时-结束时(如 22-7)或 off / --dim must be like 22-7 or off");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    static YearMonth month(String text) throws UsageException {
        try {
            if (!text.matches("\\d{4}-\\d{2}")) {
                throw new DateTimeParseException("shape", text, 0);
            }
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--month 的取值 “" + text + "” 无效,应为 YYYY-MM(如 2026-10)/ invalid --month "
                    + text + ": use YYYY-MM, e.g. 2026-10");
        }
    }

    static int[] size(String text) throws UsageException {
        var m = java.util.regex.Pattern.compile("(\\d{2,5})x(\\d{2,5})").matcher(text);
        if (!m.matches()) {
            throw new UsageException("--size 的取值 “" + text + "” 无效,应为 宽x高(如 1920x1080)/ invalid --size " + text
                    + ": use WxH, e.g. 1920x1080");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 640 || h < 360 || w > 7680 || h > 4320) {
            throw new UsageException("--size " + text + " 超出范围(640x360 至 7680x4320)/ --size " + text
                    + " is out of range (640x360 to 7680x4320)");
        }
        return new int[] {w, h};
    }
}
