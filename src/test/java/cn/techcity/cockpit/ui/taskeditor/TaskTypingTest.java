package cn.techcity.cockpit.ui.taskeditor;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 任务督办录入 behaves like the data grid (issue 16): typing on a selected cell edits it, Tab commits and moves on, a
 * value still in its cell counts as unsaved and is saved by Ctrl+S; nothing typed is lost.
 */
@ExtendWith(ApplicationExtension.class)
class TaskTypingTest {
    private Path dir;
    private Session session;
    private CockpitUi ui;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cockpit-tasks");
        DbExecutor db = new DbExecutor();
        session = new Session(db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10)), db,
                javafx.application.Platform::runLater, Clock.systemDefaultZone());
        CockpitData data = session.firstRead().get(30, TimeUnit.SECONDS);
        session.publishFirst(data);
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { }, Clock.systemDefaultZone(), session);
        ui.shell().show(ViewId.TASK_EDITOR);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void typeTabAndCtrlSKeepEveryValue(FxRobot robot) throws Exception {
        TaskEditorController editor = (TaskEditorController) ui.shell().view(ViewId.TASK_EDITOR);
        @SuppressWarnings("unchecked")
        TableView<BattleTask> table = robot.from(editor.root()).lookup(".table-view").queryAs(TableView.class);
        BattleTask first = table.getItems().get(0);
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(2));    // 责任专班
            table.getFocusModel().focus(0, table.getColumns().get(2));
            table.requestFocus();
        });
        robot.write("Team-A");
        robot.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.viewModel().draft(first).owner()).as("typing on a selected cell edits it; Tab commits").isEqualTo("Team-A");
        assertThat(table.getFocusModel().getFocusedCell().getTableColumn()).as("Tab moves right").isSameAs(table.getColumns().get(3));

        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(5));    // 进展情况
            table.getFocusModel().focus(0, table.getColumns().get(5));
            table.requestFocus();
        });
        robot.write("started");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.hasUnsavedChanges()).as("a value still in its cell is unsaved work: closing asks").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        for (int i = 0; i < 50 && editor.viewModel().isDirty(); i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(editor.viewModel().isDirty()).as("saved").isFalse();
        BattleTask saved = session.current().tasks().stream().filter(t -> t.code().equals(first.code())).findFirst().orElseThrow();
        assertThat(saved.owner()).isEqualTo("Team-A");
        assertThat(saved.progressNote()).as("the value that was still in its cell").isEqualTo("started");
    }

    @Test
    void anEmptyClerkIsMarkedAndSaveWaitsForAName(FxRobot robot) {
        TaskEditorController editor = (TaskEditorController) ui.shell().view(ViewId.TASK_EDITOR);
        @SuppressWarnings("unchecked")
        TableView<BattleTask> table = robot.from(editor.root()).lookup(".table-view").queryAs(TableView.class);
        javafx.scene.control.TextField clerk = robot.from(editor.root()).lookup(".text-field").queryAs(javafx.scene.control.TextField.class);
        javafx.scene.control.Button save = robot.from(editor.root()).lookup(".editor-save").queryButton();
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(2));
            table.getFocusModel().focus(0, table.getColumns().get(2));
            table.requestFocus();
        });
        robot.write("Team-B");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(save.isDisabled()).as("an edit with a clerk can be saved").isFalse();
        robot.interact(() -> clerk.setText(""));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.validation().isInvalid()).isTrue();
        assertThat(editor.validation().getHighestMessage(clerk)).hasValueSatisfying(m ->
                assertThat(m.getText()).isEqualTo("请先填写录入人姓名"));
        assertThat(save.isDisabled()).as("保存 waits for a name").isTrue();
        assertThat(clerk.getStyleClass()).as("the field is marked").contains("error");
        assertThat(robot.from(editor.root()).lookup(".editor-cell-info").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("请先填写录入人姓名");
        assertThat(clerk.getScene().getRoot()).as("the cockpit's root is left alone")
                .isInstanceOf(cn.techcity.cockpit.ui.common.DesignCanvas.class);
        robot.interact(() -> clerk.setText("王五"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.validation().isInvalid()).isFalse();
        assertThat(clerk.getStyleClass()).doesNotContain("error");
        assertThat(save.isDisabled()).isFalse();
    }

    @Test
    void aTaskTitleIsWholeInItsTooltip(FxRobot robot) {
        TaskEditorController editor = (TaskEditorController) ui.shell().view(ViewId.TASK_EDITOR);
        var cells = robot.from(editor.root()).lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class);
        var titles = cells.stream().filter(c -> c.getTableColumn() != null && c.getTableColumn().getText().equals("任务")
                && c.getText() != null && !c.getText().isEmpty()).toList();
        assertThat(titles).isNotEmpty().allSatisfy(c -> {
            assertThat(c.getTooltip()).isNotNull();
            assertThat(c.getTooltip().getText()).isEqualTo(c.getText());
        });
    }
}
