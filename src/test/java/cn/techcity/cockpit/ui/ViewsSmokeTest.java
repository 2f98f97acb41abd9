package cn.techcity.cockpit.ui;

import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.ui.area.AreaController;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Each view under Monocle: it opens, shows the store's values, and follows the month picker. */
@ExtendWith(ApplicationExtension.class)
class ViewsSmokeTest {
    private static Path dir;
    private static CockpitData data;
    private CockpitUi ui;

    @BeforeAll
    static void store() throws Exception {
        dir = Files.createTempDirectory("cockpit-ui");
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            data = store.load();
        }
    }

    @AfterAll
    static void clean() throws Exception {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Start
    void start(Stage stage) {
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { });
        ui.shell().show(ViewId.OVERVIEW);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
    }

    private static String expected(String code, int month) {
        Indicator i = data.indicator(code).orElseThrow();
        return ValueFormat.number(data.figure(code, 2026, month).orElseThrow().value(), i.decimals());
    }

    private static String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return ((Label) n).getText();
    }

    private static String kpiValue(FxRobot robot, String code) {
        return robot.lookup("#kpi-" + code + " .kpi-value").queryAs(Label.class).getText();
    }

    private void pickMonth(FxRobot robot, int month) {
        MenuButton picker = robot.lookup(".shell-month").queryAs(MenuButton.class);
        assertThat(picker.getItems()).as("the months 1 … newest").hasSize(10);
        robot.interact(() -> picker.getItems().stream().filter(i -> Integer.valueOf(month).equals(i.getUserData()))
                .findFirst().orElseThrow().fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getText()).isEqualTo("2026年" + month + "月");
    }

    @Test
    void theMonthMenuIsRebuiltWhenTheYearTurns(FxRobot robot) {
        CockpitData nextYear;
        // a store whose report year is 2027 with figures up to October: as many months as the shown one
        try (CockpitStore store = CockpitStore.open(dir.resolve("next-year"), 2027, 10)) {
            nextYear = store.load();
        }
        assertThat(nextYear.year()).isEqualTo(2027);
        assertThat(nextYear.latestMonth()).hasValue(10);
        MenuButton picker = robot.lookup(".shell-month").queryAs(MenuButton.class);
        robot.interact(() -> ui.shell().setData(nextYear));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getText()).startsWith("2027年");
        assertThat(picker.getItems()).allSatisfy(i -> assertThat(i.getText()).startsWith("2027年"));
        assertThat(picker.getItems()).filteredOn(i -> ((javafx.scene.control.RadioMenuItem) i).isSelected()).hasSize(1);
        robot.interact(() -> ui.shell().setData(data));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getItems()).hasSize(10).allSatisfy(i -> assertThat(i.getText()).startsWith("2026年"));
    }

    @Test
    void overviewShowsTheHeadlinesAndFollowsTheMonth(FxRobot robot) {
        assertThat(kpiValue(robot, "H0-01")).isEqualTo(expected("H0-01", 10));
        assertThat(kpiValue(robot, "A2-04")).isEqualTo(expected("A2-04", 10));
        assertThat(robot.lookup(".shell-stamp").queryAs(Label.class).getText()).isEqualTo("数据截至2026年10月");
        assertThat(robot.lookup(".sample-badge").queryAs(Label.class).isVisible()).isTrue();
        int counted = 0;
        for (int i = 0; i < 5; i++) {     // 达高线, 达序时, 略滞后, 滞后, 缺数据: each indicator once
            counted += Integer.parseInt(text(robot, "#count-A1-" + i));
        }
        assertThat(counted).isEqualTo(data.indicators("A1").size());
        pickMonth(robot, 7);
        assertThat(kpiValue(robot, "H0-01")).isEqualTo(expected("H0-01", 7));
        assertThat(robot.lookup(".shell-stamp").queryAs(Label.class).getText()).contains("2026年7月");
    }

    @Test
    void eachBattleCardListsTheNextTasksFallingDue(FxRobot robot) {
        for (var battle : data.sections(cn.techcity.cockpit.domain.SectionKind.BATTLE)) {
            var today = java.time.LocalDate.now();
            var next = cn.techcity.cockpit.domain.TaskRollup.upcoming(data.tasks(battle.code()), today, 2);
            if (next.isEmpty()) {
                next = cn.techcity.cockpit.domain.TaskRollup.planned(data.tasks(battle.code()), today, 2);
            }
            for (int i = 0; i < 2; i++) {
                Label l = robot.lookup("#battle-" + battle.code() + "-upcoming-" + i).queryAs(Label.class);
                if (i < next.size()) {
                    var t = next.get(i);
                    assertThat(l.isVisible()).isTrue();
                    String year = t.due().getYear() == data.year() ? "" : t.due().getYear() + "年";
                    assertThat(l.getText()).as("a date of another year says its year")
                            .isEqualTo(year + t.due().getMonthValue() + "月" + t.due().getDayOfMonth() + "日 " + t.title());
                } else {
                    assertThat(l.isVisible()).as("no task to show").isFalse();
                }
            }
        }
    }

    @Test
    void aHeadlineTilesTargetLinesFitWithoutBreakingAFigure(FxRobot robot) {
        // Left to wrapping, "目标 54.4亿元 · 完成率 71.7% · 高线 59.8亿元" broke inside "59.8亿|元" on the wall: each figure
        // is now a piece of its own that moves to the next line whole
        var stretch = data.target("H0-01", 2026).orElseThrow().stretch();
        assertThat(stretch).as("the seed gives 有效投资 a stretch target").isNotNull();
        String stretchText = "高线 " + ValueFormat.withUnit(stretch, data.indicator("H0-01").orElseThrow());
        var lines = robot.lookup("#kpi-H0-01 .kpi-line").queryAllAs(Label.class);
        assertThat(lines).extracting(Label::getText).contains(stretchText).anyMatch(t -> t.startsWith("目标 "))
                .anyMatch(t -> t.startsWith("完成率 "));
        for (Label line : lines) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(line.getText());
            probe.setFont(line.getFont());
            assertThat(line.getText()).doesNotContain("\n");
            assertThat(probe.getLayoutBounds().getWidth()).as("'%s' fits its label's %s px", line.getText(), line.getWidth())
                    .isLessThanOrEqualTo(line.getWidth() + 0.5);
        }
    }

    @Test
    void everyAreaViewShowsItsTilesAndFollowsTheMonth(FxRobot robot) {
        KeyCode[] digits = {KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7};
        String[] sections = {"A1", "A2", "A3", "A4", "A5"};
        for (int i = 0; i < sections.length; i++) {
            robot.press(KeyCode.CONTROL, digits[i]).release(digits[i], KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            ViewId shown = ui.shell().current().orElseThrow();
            assertThat(shown.sectionCode()).isEqualTo(sections[i]);
            AreaController area = (AreaController) ui.shell().view(shown);
            assertThat(area.tiles()).hasSize(data.indicators(sections[i]).size());
            String first = data.indicators(sections[i]).get(0).code();
            assertThat(kpiValue(robot, first)).isEqualTo(expected(first, 10));
        }
        pickMonth(robot, 4);
        assertThat(kpiValue(robot, "A5-01")).isEqualTo(expected("A5-01", 4));
    }

    @Test
    void pageDownWalksThroughTheViews(FxRobot robot) {
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().current()).contains(ViewId.WARNINGS);
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().current()).contains(ViewId.HELP);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().current()).contains(ViewId.TASKFORCES);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().current()).contains(ViewId.WARNINGS);
    }

    @Test
    void taskForcesShowTheRankingOfTheLastCompletePeriod(FxRobot robot) {
        robot.interact(() -> ui.shell().show(ViewId.TASKFORCES));
        assertThat(robot.lookup(".period-label").queryAs(Label.class).getText()).isEqualTo("2026年第5期(9-10月)");
        var best = data.scores().stream().filter(s -> s.period() == 5).max(java.util.Comparator.comparing(s -> s.score())).orElseThrow();
        assertThat(text(robot, "#score-" + best.taskForceCode())).isEqualTo(ValueFormat.number(best.score(), 1));
        assertThat(text(robot, "#rank-" + best.taskForceCode())).isEqualTo("1");
        pickMonth(robot, 5);
        assertThat(robot.lookup(".period-label").queryAs(Label.class).getText()).isEqualTo("2026年第2期(3-4月)");
    }

    @Test
    void helpStatesTheRule(FxRobot robot) {
        robot.interact(() -> ui.shell().show(ViewId.HELP));
        assertThat(robot.lookup(".help-text").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("完成率 = 1—N月累计完成值 ÷ 年度目标"))
                .anyMatch(t -> t.contains("10 个百分点"));
    }
}
