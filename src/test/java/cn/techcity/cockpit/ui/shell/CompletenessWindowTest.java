package cn.techcity.cockpit.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.Completeness;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.editor.EditorController;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
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

/**
 * 5 December, January–October in the store: November is being filled. The header counts it, its list names the missing
 * ones by area and opens 数据录入 showing only them; one figure saved there counts one more in the header and leaves the
 * lists.
 */
@ExtendWith(ApplicationExtension.class)
class CompletenessWindowTest {
    private static final Clock DECEMBER_5 = Clock.fixed(Instant.parse("2026-12-05T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private SessionWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SessionWindow.open(stage, ViewId.OVERVIEW, DECEMBER_5, 2026, 10);
    }

    @AfterEach
    void close() {
        window.session().close();
    }

    private static List<String> itemCodes(Node content) {
        return content.lookupAll(".completeness-list-item").stream().map(Node::getUserData).map(Objects::toString).toList();
    }

    @Test
    void aSavedMissingFigureCountsInTheHeaderAndLeavesTheLists(FxRobot robot) {
        ShellController shell = window.ui().shell();
        CompletenessBadge badge = shell.completenessBadge();
        Completeness before = badge.completeness();
        int expected = before.expectedCount();
        assertThat(before.month()).isEqualTo(11);
        assertThat(before.reportedCount()).isZero();
        Button header = (Button) badge.node();
        assertThat(header.getText()).isEqualTo("11月已填报 0/" + expected + " 项");
        assertThat(header.isVisible()).isTrue();

        // the header's list, by area; its button opens the editor with only the missing ones
        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badge.popOver()).isNotNull();
        Node list = badge.popOver().getContentNode();
        assertThat(itemCodes(list)).contains("A2-03").hasSize(expected);
        assertThat(list.lookupAll(".completeness-list-area")).extracting(n -> ((Label) n).getText())
                .contains(window.ui().shell().data().section("A2").orElseThrow().title());
        shot(robot, "popover.png", badge);
        // a click on an indicator of the list: 数据录入 with only the missing ones, on that indicator's November cell
        Node a203Link = list.lookupAll(".completeness-list-item").stream().filter(n -> "A2-03".equals(n.getUserData()))
                .findFirst().orElseThrow();
        robot.clickOn(a203Link);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(badge.popOver()).isNull();
        assertThat(shell.current()).contains(ViewId.EDITOR);
        EditorController editor = (EditorController) shell.view(ViewId.EDITOR);
        assertThat(editor.completeness().reportedCount()).isZero();
        assertThat(editor.shownRows()).anyMatch(r -> !r.isHeading() && r.indicator().code().equals("A2-03"));
        assertThat(editor.shownRows()).filteredOn(r -> !r.isHeading()).hasSize(expected);
        Label editorCount = robot.lookup(".editor-completeness").queryAs(Label.class);
        assertThat(editorCount.getText()).isEqualTo("11月已填报 0/" + expected + " 项");
        var focused = editor.grid().getFocusModel().getFocusedCell();
        assertThat(editor.shownRows().get(focused.getRow()).indicator().code()).isEqualTo("A2-03");
        assertThat(focused.getTableColumn().getUserData()).isEqualTo(cn.techcity.cockpit.ui.editor.EditorViewModel.Column.M11);
        shot(robot, "editor-missing.png", null);

        // one November figure, above October's, typed straight into the focused cell
        Indicator a203 = shell.data().indicator("A2-03").orElseThrow();
        BigDecimal october = shell.data().figure("A2-03", 2026, 10).orElseThrow().value();
        String november = october.multiply(new BigDecimal("1.05")).setScale(a203.decimals(), RoundingMode.HALF_UP).toPlainString();
        robot.write(november);
        robot.type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        SessionWindow.waitFor(() -> badge.completeness().reportedCount() == 1 && !editor.viewModel().isDirty());

        assertThat(editor.viewModel().isDirty()).as("saved").isFalse();
        assertThat(badge.completeness().reportedCount()).isEqualTo(1);
        assertThat(badge.completeness().missingCodes()).doesNotContain("A2-03").hasSize(expected - 1);
        assertThat(header.getText()).isEqualTo("11月已填报 1/" + expected + " 项");
        assertThat(editorCount.getText()).isEqualTo("11月已填报 1/" + expected + " 项");
        assertThat(editor.shownRows()).noneMatch(r -> !r.isHeading() && r.indicator().code().equals("A2-03"));
        assertThat(editor.shownRows()).filteredOn(r -> !r.isHeading()).hasSize(expected - 1);

        robot.clickOn(header);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(itemCodes(badge.popOver().getContentNode())).doesNotContain("A2-03").hasSize(expected - 1);
        // its button: the same list in the editor, on the first missing one
        robot.clickOn(badge.popOver().getContentNode().lookup(".completeness-open"));
        WaitForAsyncUtils.waitForFxEvents();
        var first = editor.grid().getFocusModel().getFocusedCell();
        assertThat(editor.shownRows().get(first.getRow()).indicator().code()).isEqualTo(badge.completeness().missingCodes().get(0));
    }

    @Test
    void theWallShowsNoCount(FxRobot robot) {
        ShellController shell = window.ui().shell();
        Button header = (Button) shell.completenessBadge().node();
        assertThat(header.isVisible()).isTrue();
        robot.interact(() -> shell.setPresentation(true));
        assertThat(header.isVisible()).isFalse();
        assertThat(header.isManaged()).as("no room kept for it in the wall's header").isFalse();
        robot.interact(() -> shell.setPresentation(false));
        assertThat(header.isVisible()).isTrue();
        assertThat(header.getText()).startsWith("11月已填报 0/");
    }

    /** With -Dcockpit.completeness-shots=DIR: the window (and the list when open) as PNG, to be looked at. */
    private static void shot(FxRobot robot, String name, CompletenessBadge badge) {
        String dir = System.getProperty("cockpit.completeness-shots");
        if (dir == null) {
            return;
        }
        robot.interact(() -> {
          try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of(dir));
            var window = javafx.stage.Window.getWindows().stream().filter(w -> w instanceof Stage).findFirst().orElseThrow();
            cn.techcity.cockpit.ui.app.Snapshots.write(window.getScene().snapshot(null), java.nio.file.Path.of(dir, name));
            if (badge != null && badge.popOver() != null) {
                cn.techcity.cockpit.ui.app.Snapshots.write(badge.popOver().getScene().getRoot().snapshot(null, null),
                        java.nio.file.Path.of(dir, "list-" + name));
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    }
}
