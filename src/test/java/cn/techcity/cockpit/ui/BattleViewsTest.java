package cn.techcity.cockpit.ui;

import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.StoreTestSupport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The battle views under Monocle, on a day in the plan year when one task is done and one overdue. */
@ExtendWith(ApplicationExtension.class)
class BattleViewsTest {
    private static CockpitData data;
    private CockpitUi ui;

    @BeforeAll
    static void store() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-battles");
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            StoreTestSupport.updateTaskStatus(store, "张三", "B1-T03", TaskStatus.IN_PROGRESS, "已与银行对接");
            StoreTestSupport.updateTaskStatus(store, "张三", "B1-T03", TaskStatus.DONE, "试点方案印发");
            StoreTestSupport.updateTaskStatus(store, "李四", "B1-T06", TaskStatus.IN_PROGRESS, "梳理中");
            data = store.load();
        }
    }

    @Start
    void start(Stage stage) {
        // 10 May 2027: B1-T06 (due 31 March) is open, so overdue; B1-T03 (due 30 June) is done
        Clock clock = Clock.fixed(Instant.parse("2027-05-10T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { }, clock, null);
        ui.shell().show(ViewId.BATTLES);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void battlesOverviewCountsDoneAndOverdue(FxRobot robot) {
        assertThat(text(robot, "#battles-done-B1")).isEqualTo("完成 1/6 项");
        assertThat(text(robot, "#battles-overdue-B1")).isEqualTo("逾期 1 项");
        assertThat(text(robot, "#battles-overdue-B4")).isEqualTo("无逾期任务");
        assertThat(robot.lookup(".task-line.overdue").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("梳理眼健康"));
    }

    @Test
    void aBattleViewShowsTheOverdueTaskAndTheHistory(FxRobot robot) {
        robot.interact(() -> ui.shell().show(ViewId.BATTLE_PLATFORM));
        assertThat(text(robot, "#battle-done-B1")).isEqualTo("1/6");
        assertThat(text(robot, "#battle-overdue-B1")).isEqualTo("1");
        assertThat(text(robot, "#task-status-B1-T06")).isEqualTo("逾期·进行中");
        assertThat(text(robot, "#task-status-B1-T03")).isEqualTo("已完成");
        assertThat(text(robot, "#task-due-B1-T06")).isEqualTo("3月31日");
        assertThat(robot.lookup(".history-line").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.contains("李四") && t.contains("未开始 → 进行中"))
                .anyMatch(t -> t.contains("张三") && t.contains("进行中 → 已完成") && t.contains("试点方案印发"));
    }

    @Test
    void theIncubationBattleShowsItsPlanYearTargets(FxRobot robot) {
        robot.interact(() -> ui.shell().show(ViewId.BATTLE_INCUBATION));
        String target = robot.lookup("#kpi-B3-01 .kpi-line").queryAs(Label.class).getText();
        assertThat(target).startsWith("目标 ").endsWith("家");
        assertThat(robot.lookup("#kpi-B3-01 .kpi-value").queryAs(Label.class).getText()).isEqualTo("—");
    }
}
