package cn.techcity.cockpit.ui.editor;

import cn.techcity.cockpit.ui.app.Cockpit;
import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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

/** A clerk types into the grid, saves, and the value is in the database when it is opened again. */
@ExtendWith(ApplicationExtension.class)
class EditorTypingTest {
    private Path dir;
    private DbExecutor db;
    private CompletableFuture<CockpitStore> store;
    private CockpitUi ui;
    private Session session;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("cockpit-editor");
        db = new DbExecutor();
        store = db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10));
        CockpitData data = store.thenApplyAsync(CockpitStore::load, db).get(30, TimeUnit.SECONDS);
        session = new Session(store, db, javafx.application.Platform::runLater, Clock.systemDefaultZone());
        session.publishFirst(data);
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { }, Clock.systemDefaultZone(), session);
        ui.shell().show(ViewId.EDITOR);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void typeSaveReopenAndFindTheValue(FxRobot robot) throws Exception {
        robot.clickOn("#cell-A2-03-M11");
        robot.write("４5.6");            // typing replaces; a full-width digit is fine
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        EditorController editor = (EditorController) ui.shell().view(ViewId.EDITOR);
        assertThat(editor.viewModel().isDirty()).isTrue();
        assertThat(robot.lookup("#cell-A2-03-M11").queryAs(javafx.scene.control.TableCell.class).getText()).isEqualTo("４5.6");

        // a bad value is refused at the cell, with the reason below the grid
        robot.clickOn("#cell-A2-03-M12");
        robot.write("12.345");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#cell-A2-03-M12");
        assertThat(robot.lookup(".editor-cell-info").queryAs(Label.class).getText()).contains("最多 2 位小数");
        assertThat(robot.lookup(".editor-save").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".editor-save").queryButton().isDisabled()).isFalse();

        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        for (int i = 0; i < 50 && editor.viewModel().isDirty(); i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(editor.viewModel().isDirty()).as("saved").isFalse();
        session.close();
        session = null;
        try (CockpitStore reopened = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            var f = reopened.load().figure("A2-03", 2026, 11).orElseThrow();
            assertThat(f.value()).isEqualByComparingTo("45.6");
            assertThat(f.enteredBy()).isEqualTo(System.getProperty("user.name"));
            assertThat(reopened.auditOf("monthly_figure", "A2-03/2026/11")).hasSize(1);
        }
    }

    @Test
    void keysTypedFasterThanTheCellOpensAreNotLost(FxRobot robot) throws Exception {
        robot.clickOn("#cell-A2-03-M11");
        javafx.scene.control.TableView<?> grid = robot.lookup(".editor-grid").queryAs(javafx.scene.control.TableView.class);
        // all four keys in one go, before the cell's field exists and has the focus (what a fast clerk or a scanner does)
        robot.interact(() -> {
            for (char ch : "61.5".toCharArray()) {
                javafx.event.Event.fireEvent(grid, new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_TYPED,
                        String.valueOf(ch), "", KeyCode.UNDEFINED, false, false, false, false));
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cell-A2-03-M11").queryAs(javafx.scene.control.TableCell.class).getText()).isEqualTo("61.5");
    }

    @Test
    void theKeyboardStartsInTheGridAndPageDownPagesIt(FxRobot robot) {
        robot.interact(() -> ui.shell().show(ViewId.OVERVIEW));
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().current()).contains(ViewId.EDITOR);
        assertThat(robot.targetWindow().getScene().getFocusOwner()).as("not 录入人: its name is not overwritten")
                .isInstanceOf(javafx.scene.control.TableView.class);
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().current()).as("PgDn pages the grid, it does not switch views").contains(ViewId.EDITOR);
        robot.write("7");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        EditorController editor = (EditorController) ui.shell().view(ViewId.EDITOR);
        assertThat(editor.viewModel().isDirty()).as("the key went into a cell").isTrue();
        assertThat(robot.lookup(".editor-clerk").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo(System.getProperty("user.name"));
    }
}
