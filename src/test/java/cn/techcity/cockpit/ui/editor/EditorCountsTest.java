package cn.techcity.cockpit.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The line under the grid counts what is wrong and what asks to be confirmed as soon as a value is in its cell. */
@ExtendWith(ApplicationExtension.class)
class EditorCountsTest {
    private Session session;
    private CockpitUi ui;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("cockpit-counts");
        DbExecutor db = new DbExecutor();
        CompletableFuture<CockpitStore> store = db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10));
        CockpitData data = store.thenApplyAsync(CockpitStore::load, db).get(30, TimeUnit.SECONDS);
        session = new Session(store, db, javafx.application.Platform::runLater, Clock.systemDefaultZone());
        session.publishFirst(data);
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { }, Clock.systemDefaultZone(), session);
        ui.shell().show(ViewId.EDITOR);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
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
