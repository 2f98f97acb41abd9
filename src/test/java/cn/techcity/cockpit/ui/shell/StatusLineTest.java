package cn.techcity.cockpit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status line (ControlsFX StatusBar) under the views: a message neither covers nor moves the editor's error line,
 * and it goes away by itself (issue 16: the last message stayed for ever over the error line).
 */
@ExtendWith(ApplicationExtension.class)
class StatusLineTest {
    private static CockpitData data;
    private CockpitUi ui;

    @BeforeAll
    static void store() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-status");
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            data = store.load();
        }
    }

    @Start
    void start(Stage stage) {
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { });
        ui.shell().show(ViewId.EDITOR);
        stage.setScene(ui.scene(1366, 768));
        stage.show();
    }

    private static Bounds inScene(Node n) {
        return n.localToScene(n.getLayoutBounds());
    }

    @Test
    void aMessageCoversNothingMovesNothingAndGoesAway(FxRobot robot) {
        Node errorLine = robot.lookup(".editor-cell-info").query();
        Node counts = robot.lookup(".editor-counts").query();
        Node bar = robot.lookup(".shell-statusbar").query();
        Bounds before = inScene(errorLine);
        javafx.util.Duration shown = ShellController.statusShown;
        ShellController.statusShown = javafx.util.Duration.millis(600);
        robot.interact(() -> ui.shell().setStatus("已导出 C:\\报表\\2026年10月.xlsx"));
        ShellController.statusShown = shown;
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().statusText()).isEqualTo("已导出 C:\\报表\\2026年10月.xlsx");
        assertThat(bar.isVisible()).isTrue();
        assertThat(inScene(errorLine)).as("the error line did not move").isEqualTo(before);
        assertThat(inScene(bar).intersects(inScene(errorLine))).as("the message is not over the error line").isFalse();
        assertThat(inScene(bar).intersects(inScene(counts))).as("nor over the counts").isFalse();
        assertThat(inScene(bar).getMinY()).isGreaterThanOrEqualTo(inScene(errorLine).getMaxY());
        WaitForAsyncUtils.sleep(1200, java.util.concurrent.TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.shell().statusText()).as("the message went away").isEmpty();
    }

    @Test
    void presentationHasNoStatusLine(FxRobot robot) {
        robot.interact(() -> ui.shell().setPresentation(true));
        assertThat(robot.lookup(".shell-statusbar").query().isVisible()).isFalse();
    }
}
