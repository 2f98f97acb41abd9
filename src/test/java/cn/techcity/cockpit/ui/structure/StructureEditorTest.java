package cn.techcity.cockpit.ui.structure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.StructureKind;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import cn.techcity.cockpit.ui.structure.StructureViewModel.Line;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
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
 * 结构维护 in the window (issue 15): the header's 待完善名称 leads to the masked names; typing renames, Ctrl+Z undoes
 * before the save, a duplicate name is refused with its row named and cannot be saved, Ctrl+S saves through the session
 * and every view has the new name; an unsaved rename makes closing ask.
 */
@ExtendWith(ApplicationExtension.class)
class StructureEditorTest {
    private Session session;
    private CockpitUi ui;

    @Start
    void start(Stage stage) throws Exception {
        SessionWindow w = SessionWindow.open(stage, ViewId.OVERVIEW, Clock.systemDefaultZone(), 2026, 10);
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
    void renameUndoRefuseAndSaveFromTheMaskedNames(FxRobot robot) {
        int masked = session.current().maskedNames().size();
        var badge = robot.lookup(".masked-badge").queryButton();
        assertThat(badge.isVisible()).isTrue();
        assertThat(badge.getText()).isEqualTo("待完善名称 " + masked + " 处");
        robot.interact(badge::fire);
        StructureController editor = (StructureController) ui.shell().view(ViewId.STRUCTURE);
        assertThat(ui.shell().current()).contains(ViewId.STRUCTURE);
        @SuppressWarnings("unchecked")
        TableView<Line> table = robot.from(editor.root()).lookup(".structure-table").queryAs(TableView.class);
        assertThat(table.getItems()).as("only the masked names").hasSize(masked)
                .allMatch(l -> cn.techcity.cockpit.domain.Names.masked(l.draft().name()));
        int row = 0;
        while (table.getItems().get(row).draft().kind() != StructureKind.TASK_FORCE) {
            row++;
        }
        Line tf = table.getItems().get(row);
        assertThat(tf.draft().name()).isEqualTo("xx实验室专班");
        int at = row;
        robot.interact(() -> {
            table.scrollTo(at);
            table.getSelectionModel().clearAndSelect(at, table.getColumns().get(2));
            table.getFocusModel().focus(at, table.getColumns().get(2));
            table.requestFocus();
        });
        // a name another task force already has: refused, its row named, the save disabled
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> table.edit(at, table.getColumns().get(2)));
        robot.interact(() -> robot.from(table).lookup(".text-field").queryAs(javafx.scene.control.TextField.class)
                .setText("中国眼谷专班"));
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Label info = robot.from(editor.root()).lookup(".editor-cell-info").queryAs(Label.class);
        assertThat(info.getText()).contains("TF-01", "名称“中国眼谷专班”在 A1 中重复");
        assertThat(robot.from(editor.root()).lookup(".editor-save").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tf.draft().name()).as("Ctrl+Z undoes before the save").isEqualTo("xx实验室专班");
        assertThat(editor.hasUnsavedChanges()).isFalse();

        // typed on the selected cell: Enter commits, closing would ask, Ctrl+S saves
        robot.interact(() -> {
            table.scrollTo(at);
            table.getSelectionModel().clearAndSelect(at, table.getColumns().get(2));
            table.getFocusModel().focus(at, table.getColumns().get(2));
            table.requestFocus();
        });
        robot.write("Lab-A");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tf.draft().name()).isEqualTo("Lab-A");
        assertThat(editor.hasUnsavedChanges()).as("closing asks").isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        SessionWindow.waitFor(() -> !editor.viewModel().isDirty());
        assertThat(editor.viewModel().isDirty()).isFalse();
        SessionWindow.waitFor(() -> session.current().taskForces().stream().anyMatch(t -> t.name().equals("Lab-A")));
        assertThat(session.current().taskForces()).anyMatch(t -> t.code().equals("TF-01") && t.name().equals("Lab-A"));
        assertThat(badge.getText()).as("one name fewer to complete").isEqualTo("待完善名称 " + (masked - 1) + " 处");
        robot.interact(() -> ui.shell().show(ViewId.TASKFORCES));
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText))
                .as("the 赛马 view has the new name").contains("Lab-A");
    }
}
