package cn.techcity.cockpit.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Ctrl+H shows a cell's history in a PopOver at the cell; no modal window, the grid keeps the keyboard (issue 16). */
@ExtendWith(ApplicationExtension.class)
class EditorHistoryTest {
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

    @Test
    void historyBesideTheCellAndTypingGoesOn(FxRobot robot) {
        EditorController editor = (EditorController) ui.shell().view(ViewId.EDITOR);
        robot.clickOn("#cell-A2-03-M11");
        robot.write("45.6");
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        for (int i = 0; i < 50 && editor.viewModel().isDirty(); i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(editor.viewModel().isDirty()).as("saved").isFalse();

        robot.clickOn("#cell-A2-03-M11");
        robot.press(KeyCode.CONTROL, KeyCode.H).release(KeyCode.H, KeyCode.CONTROL);
        for (int i = 0; i < 50 && editor.historyPopOver() == null; i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        var pop = editor.historyPopOver();
        assertThat(pop).as("the history is shown").isNotNull();
        assertThat(((javafx.scene.Parent) pop.getContentNode()).getChildrenUnmodifiable()).extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).contains("修改记录"))
                .anySatisfy(t -> assertThat(t).contains("→ 45.6"));
        assertThat(Window.getWindows()).as("no modal dialog").noneMatch(w -> w instanceof Stage s
                && s.getModality() != javafx.stage.Modality.NONE && s.isShowing());
        // it stands beside its cell
        var cell = robot.lookup("#cell-A2-03-M11").queryAs(TableCell.class);
        var cellOnScreen = cell.localToScreen(cell.getLayoutBounds());
        assertThat(cellOnScreen.getCenterX()).isBetween(pop.getX(), pop.getX() + pop.getWidth());
        assertThat(pop.getY()).as("under the cell, its arrow at the cell").isBetween(cellOnScreen.getMinY(), cellOnScreen.getMaxY() + 40);

        // the grid still has the keyboard: typing edits the cell without closing anything first
        robot.clickOn("#cell-A2-03-M12");
        robot.write("46.1");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cell-A2-03-M12").queryAs(TableCell.class).getText()).isEqualTo("46.1");
    }

    @Test
    void aNameTheColumnCutsIsWholeInItsTooltip(FxRobot robot) {
        var cells = robot.lookup(".name-cell").queryAllAs(javafx.scene.control.TableCell.class);
        var longest = cells.stream().filter(c -> c.getText() != null)
                .max(java.util.Comparator.comparing(c -> c.getText().length())).orElseThrow();
        javafx.scene.text.Text probe = new javafx.scene.text.Text(longest.getText());
        probe.setFont(longest.getFont());
        assertThat(probe.getLayoutBounds().getWidth()).as("the sample has a name wider than its column")
                .isGreaterThan(longest.getWidth());
        assertThat(longest.getTooltip()).isNotNull();
        assertThat(longest.getTooltip().getText()).isEqualTo(longest.getText());
    }
}
