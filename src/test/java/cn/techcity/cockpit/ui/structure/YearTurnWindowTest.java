package cn.techcity.cockpit.ui.structure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The turn of the year in the window (issue 15): in January the header offers 转入2027年度; the question's default is
 * Cancel; once turned, the month picker reaches 2026 and shows it archived and read only.
 */
@ExtendWith(ApplicationExtension.class)
class YearTurnWindowTest {
    private Session session;
    private CockpitUi ui;

    @Start
    void start(Stage stage) throws Exception {
        Clock january = Clock.fixed(Instant.parse("2027-01-12T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        SessionWindow w = SessionWindow.open(stage, ViewId.OVERVIEW, january, 2026, 12);
        session = w.session();
        ui = w.ui();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void januaryOffersTheTurnAndThePastYearStaysReadable(FxRobot robot) {
        Button turn = robot.lookup(".turn-year").queryButton();
        assertThat(turn.isVisible()).as("the calendar has passed 2026").isTrue();
        assertThat(turn.getText()).isEqualTo("转入2027年度…");

        robot.clickOn(turn);
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "转入新年度".equals(b.getText())).findFirst().orElseThrow();
        Button cancel = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.isDefaultButton()).findFirst().orElseThrow();
        assertThat(cancel.getText()).as("cannot be undone: Cancel is the default").isEqualTo("取消");
        robot.clickOn(ok);
        SessionWindow.waitFor(() -> session.current().year() == 2027);
        assertThat(session.current().year()).isEqualTo(2027);
        SessionWindow.waitFor(() -> !turn.isVisible());
        assertThat(turn.isVisible()).as("offered once").isFalse();

        MenuButton picker = robot.lookup(".shell-month").queryAs(MenuButton.class);
        SessionWindow.waitFor(() -> picker.getItems().stream().anyMatch(i -> i instanceof Menu m && m.getText().equals("2026年")));
        assertThat(picker.getItems()).extracting(MenuItem::getText).as("the past years after the months").contains("2025年", "2026年");
        Menu y2026 = picker.getItems().stream().filter(i -> i instanceof Menu m && m.getText().equals("2026年"))
                .map(Menu.class::cast).findFirst().orElseThrow();
        MenuItem nov = y2026.getItems().get(10);
        assertThat(nov.getText()).isEqualTo("2026年11月");
        robot.interact(nov::fire);
        SessionWindow.waitFor(() -> ui.shell().data().year() == 2026);
        Label archived = robot.lookup(".archived-badge").queryAs(Label.class);
        assertThat(archived.isVisible()).isTrue();
        assertThat(archived.getText()).isEqualTo("2026年度已归档 · 只读");
        assertThat(picker.getText()).isEqualTo("2026年11月");
        Menu back = picker.getItems().stream().filter(i -> i instanceof Menu m && m.getText().equals("2027年(当前)"))
                .map(Menu.class::cast).findFirst().orElseThrow();
        robot.interact(() -> back.getItems().get(0).fire());
        SessionWindow.waitFor(() -> ui.shell().data().year() == 2027);
        assertThat(archived.isVisible()).isFalse();
    }

    /** Two turns with no plan written for the second year: every view still opens (its battles' views empty). */
    @Test
    void aYearWithoutBattlesStillShowsEveryView(FxRobot robot) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cockpit-two-turns");
        cn.techcity.cockpit.domain.CockpitData data;
        try (cn.techcity.cockpit.store.CockpitStore store = cn.techcity.cockpit.store.CockpitStore.open(dir.resolve("c"), 2026, 12)) {
            store.startYear("主任", 2027);
            store.startYear("主任", 2028);
            data = store.load();
        }
        assertThat(data.year()).isEqualTo(2028);
        assertThat(data.sections(cn.techcity.cockpit.domain.SectionKind.BATTLE)).as("no plan written for 2028").isEmpty();
        String[] done = new String[1];
        robot.interact(() -> {
            var cockpit = cn.techcity.cockpit.ui.app.Cockpit.build(cn.techcity.cockpit.ui.common.I18n.chinese(),
                    cn.techcity.cockpit.ui.common.Theme.LIGHT, data, 1, () -> { });
            for (ViewId id : ViewId.values()) {
                cockpit.shell().show(id);
            }
            assertThat(cockpit.shell().current()).contains(ViewId.values()[ViewId.values().length - 1]);
            done[0] = ((Label) cockpit.shell().view(ViewId.BATTLE_PLATFORM).root().lookup("#battle-done-B1")).getText();
        });
        assertThat(done[0]).as("the battle's view, empty in a year without it").contains("0/0");
    }

    /**
     * The plan of the year after (issue 15): in 2027 the committee writes 2028's battles and their tasks in 结构维护; after
     * the turn to 2028 they are the year's battles in the same four views (the side bar names them), with their tasks.
     */
    @Test
    void thePlanOfTheYearAfterIsWrittenAndBecomesTheYearsWork(FxRobot robot) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cockpit-next-plan");
        cn.techcity.cockpit.domain.CockpitData y2027;
        cn.techcity.cockpit.domain.CockpitData y2028;
        try (cn.techcity.cockpit.store.CockpitStore store = cn.techcity.cockpit.store.CockpitStore.open(dir.resolve("c"), 2026, 12)) {
            store.startYear("主任", 2027);
            var battle = new cn.techcity.cockpit.domain.StructureItem(null, cn.techcity.cockpit.domain.StructureKind.BATTLE,
                    "打好“数字赋能”攻坚战", "2028", 0, null, null, null, null, null, null, false, null, null, null);
            var past = battle.withName("打好“回头看”攻坚战").withParent("2027");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.saveStructure("主任",
                    java.util.List.of(new cn.techcity.cockpit.domain.StructureCheck.Row("第2行", past))))
                    .hasMessageContaining("新的攻坚战只能列入以后年度的计划");
            store.saveStructure("主任", java.util.List.of(new cn.techcity.cockpit.domain.StructureCheck.Row("第1行", battle)));
            var task = new cn.techcity.cockpit.domain.StructureItem(null, cn.techcity.cockpit.domain.StructureKind.TASK,
                    "建成城市数据底座", "B5", 0, null, null, null, null, null, null, false, null,
                    java.time.LocalDate.of(2028, 6, 30), null);
            store.saveStructure("主任", java.util.List.of(new cn.techcity.cockpit.domain.StructureCheck.Row("第1行", task)));
            y2027 = store.load();
            store.startYear("主任", 2028);
            y2028 = store.load();
        }
        assertThat(y2027.sections(cn.techcity.cockpit.domain.SectionKind.BATTLE)).extracting(x -> x.code())
                .as("2027 works on its own battles; 2028's is its plan").containsExactly("B1", "B2", "B3", "B4");
        assertThat(y2028.sections(cn.techcity.cockpit.domain.SectionKind.BATTLE)).extracting(x -> x.code()).containsExactly("B5");
        assertThat(y2028.tasks("B5")).extracting(t -> t.code() + " " + t.title()).containsExactly("B5-T01 建成城市数据底座");
        String[] shown = new String[3];
        robot.interact(() -> {
            var cockpit = cn.techcity.cockpit.ui.app.Cockpit.build(cn.techcity.cockpit.ui.common.I18n.chinese(),
                    cn.techcity.cockpit.ui.common.Theme.LIGHT, y2028, 1, () -> { });
            cockpit.shell().show(ViewId.BATTLE_PLATFORM);
            var root = cockpit.shell().view(ViewId.BATTLE_PLATFORM).root();
            shown[0] = ((Label) root.lookup(".view-title")).getText();
            shown[1] = root.lookup("#task-due-B5-T01") == null ? null : ((Label) root.lookup("#task-due-B5-T01")).getText();
            shown[2] = cockpit.shell().root().lookupAll(".nav-button").stream().map(n -> ((javafx.scene.control.Labeled) n).getText())
                    .filter(t -> t.equals("数字赋能")).findFirst().orElse(null);
        });
        assertThat(shown[0]).contains("打好“数字赋能”攻坚战");
        assertThat(shown[1]).isEqualTo("6月30日");
        assertThat(shown[2]).as("the side bar names the year's battle").isEqualTo("数字赋能");
    }

    /** The new year's January: its summary and its PDF say 2027, with 同比 from the stored figures of 2026. */
    @Test
    void theNewYearsSummaryAndBriefingCarryItsFiguresAndTheirYearOnYear(FxRobot robot) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cockpit-new-year");
        cn.techcity.cockpit.domain.CockpitData y2027;
        java.math.BigDecimal jan2026;
        try (cn.techcity.cockpit.store.CockpitStore store = cn.techcity.cockpit.store.CockpitStore.open(dir.resolve("c"), 2026, 12)) {
            jan2026 = store.load().figure("A3-01", 2026, 1).orElseThrow().value();
            store.startYear("主任", 2027);
            store.saveFigures("张三", java.util.List.of(new cn.techcity.cockpit.domain.MonthlyFigure("A3-01", 2027, 1,
                    jan2026.multiply(new java.math.BigDecimal("1.5")), null, null, cn.techcity.cockpit.domain.Revision.PROVISIONAL,
                    "张三", java.time.Instant.now(), false)));
            y2027 = store.load();
        }
        String summary = cn.techcity.cockpit.domain.content.WorkSummary.of(y2027, 1).text();
        assertThat(summary).startsWith("一、2027年工作总结").contains("截至1月");
        java.nio.file.Path pdf = dir.resolve("2027-01.pdf");
        cn.techcity.cockpit.ui.app.Briefing.write(y2027, 1, pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("工作简报(2027年1月)", "数据截至2027年1月", "攻坚战(2027年)");
            String row = java.util.Arrays.stream(text.split("\n")).filter(l -> l.startsWith("规上工业增加值")).findFirst().orElseThrow();
            assertThat(row).as("同比 from January 2026's stored figure").contains("+50.0%");
        }
    }
}
