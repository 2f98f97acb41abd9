package cn.techcity.cockpit.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import java.time.Clock;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The line under the grid counts what is wrong and what asks to be confirmed as soon as a value is in its cell. */
@ExtendWith(ApplicationExtension.class)
class EditorCountsTest {
    private Session session;
    private CockpitUi ui;

    @Start
    void start(Stage stage) throws Exception {
        SessionWindow w = SessionWindow.open(stage, ViewId.EDITOR, Clock.systemDefaultZone(), 2026, 10);
        session = w.session();
        ui = w.ui();
    }

    @AfterEach
    void close() {
        session.close();
    }

    private String counts(FxRobot robot) {
        return robot.lookup(".editor-counts").queryAs(Label.class).getText();
    }

    @Test
    void aValueBelowLastMonthIsCountedAtOnce(FxRobot robot) {
        assertThat(counts(robot)).isEqualTo("错误 0 · 待确认 0");
        // 10月 below 9月's cumulative figure: a warning (待确认), counted when Enter puts it in the cell, not when the
        // selection moves on
        robot.clickOn("#cell-A2-03-M10");
        robot.write("1");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).isEqualTo("错误 0 · 待确认 1");
        robot.clickOn("#cell-A2-03-M10");
        robot.write("1.234");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).startsWith("错误 1");
    }

    @Test
    void raisingAnEarlierMonthCountsTheLaterMonthItPutsBelow(FxRobot robot) {
        // 9月 typed above 10月's stored figure: 10月 is now below last month, which asks to be confirmed as well
        robot.clickOn("#cell-A2-03-M9");
        robot.write("99999");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(counts(robot)).isEqualTo("错误 0 · 待确认 1");
    }
}
