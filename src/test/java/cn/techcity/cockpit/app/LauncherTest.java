package cn.techcity.cockpit.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.ui.common.ViewId;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void helpNamesTheOptions() {
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("--db", "--snapshot", "--list-views", "--month");
    }

    @Test
    void listViewsPrintsOneIdALine() {
        assertThat(run("--list-views")).isZero();
        var expected = new java.util.ArrayList<>(Arrays.stream(ViewId.values()).map(ViewId::id).toList());
        expected.add("wall");
        assertThat(stdout().lines().toList()).containsExactlyElementsOf(expected);
        assertThat(stdout().lines()).contains("overview", "area-platforms", "area-projects", "area-industry",
                "area-construction", "area-factors", "taskforces", "battles", "battle-platform", "battle-investment",
                "battle-incubation", "battle-construction");
    }

    @Test
    void aBadOptionExitsWithTwo() {
        assertThat(run("--snapshot", "overview", "--out", "x.png", "--size", "big")).isEqualTo(2);
        assertThat(stderr()).contains("--size");
    }

    @Test
    void anUnknownViewExitsWithTwoAndTouchesNoDatabase() {
        Path db = dir.resolve("never");
        assertThat(run("--db", db.toString(), "--snapshot", "nosuch", "--out", dir.resolve("x.png").toString())).isEqualTo(2);
        assertThat(stderr()).contains("nosuch", "--list-views");
    }

    @Test
    void snapshotsAtDesignSizeAnd4k() throws Exception {
        Path db = dir.resolve("c");
        Path png = dir.resolve("overview.png");
        assertThat(run("--db", db.toString(), "--snapshot", "overview", "--out", png.toString())).as(stderr()).isZero();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        assertThat(image.getHeight()).isEqualTo(1080);
        Path big = dir.resolve("area.png");
        assertThat(run("--db", db.toString(), "--snapshot", "area-industry", "--out", big.toString(), "--size", "3840x2160",
                "--theme", "dark")).as(stderr()).isZero();
        var image4k = ImageIO.read(big.toFile());
        assertThat(image4k.getWidth()).isEqualTo(3840);
        assertThat(image4k.getHeight()).isEqualTo(2160);
        assertThat(Files.size(big)).isGreaterThan(Files.size(png) / 2);
    }

    @Test
    void aSnapshotShowsTheWindowWithItsSideBarUnlessBare() throws Exception {
        Path db = dir.resolve("c");
        Path window = dir.resolve("window.png");
        Path bare = dir.resolve("bare.png");
        assertThat(run("--db", db.toString(), "--snapshot", "area-industry", "--out", window.toString())).as(stderr()).isZero();
        assertThat(run("--db", db.toString(), "--snapshot", "area-industry", "--out", bare.toString(), "--bare")).as(stderr()).isZero();
        // the side bar's button of the view shown (产业发展, the 5th, under 总览, 预警, 科创平台, 重大项目) is filled with the accent colour #1f5fbf: in the
        // window's picture, not in the bare view's, where the tiles begin at the left edge
        assertThat(accentShare(ImageIO.read(window.toFile()))).as("the side bar marks 产业发展").isGreaterThan(0.5);
        assertThat(accentShare(ImageIO.read(bare.toFile()))).as("--bare: no side bar").isLessThan(0.05);
    }

    /** The share of the accent colour in the middle of the side bar's 5th button (design coordinates). */
    private static double accentShare(java.awt.image.BufferedImage image) {
        int accent = 0;
        int all = 0;
        for (int x = 40; x < 180; x += 4) {
            for (int y = 302; y < 327; y += 2) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                all++;
                if (Math.abs(r - 0x1f) < 24 && Math.abs(g - 0x5f) < 24 && Math.abs(b - 0xbf) < 24) {
                    accent++;
                }
            }
        }
        return (double) accent / all;
    }

    /**
     * As a clerk or a script runs it: a fresh JVM whose toolkit the snapshot starts itself (in this JVM TestFX has
     * started it already, see FxToolkitFirst), with no Monocle options on the command line.
     */
    @Test
    void aSnapshotInAFreshJvmStartsItsOwnHeadlessToolkit() throws Exception {
        Path png = dir.resolve("fresh.png");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djavafx.cachedir=target/openjfx-cache", "-cp", System.getProperty("java.class.path"),
                Launcher.class.getName(), "--db", dir.resolve("fresh").toString(), "--snapshot", "overview", "--out",
                png.toString()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        var image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1920);
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 40) {
            for (int x = 0; x < image.getWidth(); x += 40) {
                colours.add(image.getRGB(x, y));
            }
        }
        assertThat(colours.size()).as("a drawn view, not a blank picture").isGreaterThan(20);
    }

    @Test
    void theWallHasASnapshotAndBadWallOptionsExitWithTwo() throws Exception {
        Path db = dir.resolve("w");
        Path png = dir.resolve("wall.png");
        assertThat(run("--db", db.toString(), "--snapshot", "wall", "--out", png.toString(), "--size", "3840x2160")).as(stderr()).isZero();
        assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(3840);
        assertThat(run("--wall", "--views", "overview,nosuch")).isEqualTo(2);
        assertThat(stderr()).contains("nosuch");
        assertThat(run("--wall", "--views", "overview,editor")).as("a desk view is not a wall page").isEqualTo(2);
        assertThat(stderr()).contains("editor", "大屏不显示", "warnings");
        Path pages = dir.resolve("wall-pages");
        assertThat(run("--db", db.toString(), "--snapshot", "wall", "--out", pages.toString())).as(stderr()).isZero();
        try (var files = java.nio.file.Files.list(pages)) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("wall-\\d\\d\\.png")).count())
                    .as("every page of the rotation").isGreaterThan(cn.techcity.cockpit.ui.wall.WallOptions.DEFAULT_VIEWS.size());
        }
        Path construction = dir.resolve("wall-construction");
        assertThat(run("--db", db.toString(), "--snapshot", "wall", "--views", "area-construction", "--out", construction.toString()))
                .as(stderr()).isZero();
        try (var files = java.nio.file.Files.list(construction)) {
            assertThat(files.count()).as("城市建设 alone: two pages of cards, its projects with its 重要节点 under them").isEqualTo(3);
        }
        assertThat(run("--wall", "--interval", "2")).isEqualTo(2);
        assertThat(stderr()).contains("--interval");
        assertThat(run("--wall", "--dim", "25-7")).isEqualTo(2);
        assertThat(stderr()).contains("--dim");
    }

    @Test
    void aMonthWithoutDataExitsWithTwo() {
        Path db = dir.resolve("c2");
        int year = java.time.LocalDate.now().getYear();
        assertThat(run("--db", db.toString(), "--snapshot", "overview", "--out", dir.resolve("m.png").toString(),
                "--month", (year + 1) + "-01")).isEqualTo(2);
        assertThat(stderr()).contains("没有数据");
    }

    @Test
    void exportImportAndSummaryFromTheCommandLine() throws Exception {
        Path db = dir.resolve("c");
        Path book = dir.resolve("2026.xlsx");
        assertThat(run("--db", db.toString(), "--export", book.toString())).as(stderr()).isZero();
        assertThat(stdout()).contains("已导出", "61 个指标");
        assertThat(run("--db", db.toString(), "--import", book.toString(), "--dry-run")).as(stderr()).isZero();
        assertThat(stdout()).contains("没有需要修改的数据", "--dry-run");

        Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");
        out.reset();
        assertThat(run("--db", db.toString(), "--import", dir.resolve("bad.xlsx").toString())).isEqualTo(1);
        assertThat(stderr()).contains("导入未执行", "不是 Excel 工作簿");

        out.reset();
        assertThat(run("--db", db.toString(), "--summary")).as(stderr()).isZero();
        assertThat(stdout()).startsWith("一、").contains("(一)科创平台展开新篇章", "(五)发展要素实现新跨越", "完成年度目标的");
        Path docx = dir.resolve("s.docx");
        assertThat(run("--db", db.toString(), "--summary", "--out", docx.toString())).isZero();
        assertThat(Files.size(docx)).isPositive();

        // a year (or month) without figures is refused like --report does, not summarised as 未报 throughout
        assertThat(run("--db", db.toString(), "--summary", "--month", "2019-05")).isEqualTo(2);
        assertThat(stderr()).contains("--month 2019-05 没有数据");
        assertThat(run("--db", db.toString(), "--summary", "--month", "2026-12")).isEqualTo(2);
    }

    @Test
    void outputFilesGetNormalPermissionsAndAReadOnlyFileIsNotReplaced() throws Exception {
        Path db = dir.resolve("perm");
        Path book = dir.resolve("p.xlsx");
        assertThat(run("--db", db.toString(), "--export", book.toString())).as(stderr()).isZero();
        if (book.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            var perms = Files.getPosixFilePermissions(book);
            assertThat(perms).as("readable by the group like any file the clerk saves (umask), not a temp file's 0600")
                    .contains(java.nio.file.attribute.PosixFilePermission.GROUP_READ);
        }
        Path locked = dir.resolve("locked.xlsx");
        Files.writeString(locked, "keep me");
        locked.toFile().setWritable(false);
        assertThat(run("--db", db.toString(), "--export", locked.toString())).isEqualTo(1);
        assertThat(stderr()).contains("只读");
        assertThat(Files.readString(locked)).isEqualTo("keep me");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("cockpit-tmp"));
        }
    }

    @Test
    void theNewOptionsRefuseWhatTheyCannotDo() {
        assertThat(run("--dry-run")).isEqualTo(2);
        assertThat(stderr()).contains("--dry-run", "--import");
        assertThat(run("--export", "a.xlsx", "--import", "b.xlsx")).isEqualTo(2);
        assertThat(run("--year", "2026")).isEqualTo(2);
        assertThat(run("--export", "a.xlsx", "--year", "26")).isEqualTo(2);
        assertThat(run("--summary", "--out", "x.pdf")).isEqualTo(2);
        assertThat(stderr()).contains(".docx");
    }

    /** --start-year says what is wrong before it asks; --export of a year the store does not hold is refused (exit 2). */
    @Test
    void theTurnAndTheExportOfAYearSayWhatIsWrongFirst() {
        Path db = dir.resolve("years");
        int year = java.time.LocalDate.now().getYear();
        assertThat(run("--db", db.toString(), "--start-year", Integer.toString(year))).isEqualTo(1);
        assertThat(stderr()).contains("已经是 " + year + " 年度");
        assertThat(stdout()).as("no question before the refusal").doesNotContain("输入 yes");
        assertThat(run("--db", db.toString(), "--start-year", Integer.toString(year + 2))).isEqualTo(1);
        assertThat(stderr()).contains("只能转入下一年");
        assertThat(run("--db", db.toString(), "--export", dir.resolve("x.xlsx").toString(), "--year", "2000")).isEqualTo(2);
        assertThat(stderr()).contains("没有 2000 年的数据");
        assertThat(java.nio.file.Files.exists(dir.resolve("x.xlsx"))).isFalse();
    }
}
