package cn.techcity.cockpit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keys typed faster than a cell starts its edit are all kept (seen in the real window: "abc" typed by xdotool on a
 * 结构维护 name became "a"): the task, registry and structure tables type through this cell.
 */
@ExtendWith(ApplicationExtension.class)
class TypingCellTest {
    private TableView<String[]> table;
    private final String[] row = {"旧名称"};

    @Start
    void start(Stage stage) {
        table = new TableView<>(FXCollections.observableArrayList(java.util.List.<String[]>of(row)));
        table.setEditable(true);
        TableColumn<String[], String> name = new TableColumn<>("名称");
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue()[0]));
        name.setCellFactory(c -> new TypingCell<>());
        name.setOnEditCommit(e -> e.getRowValue()[0] = e.getNewValue());
        table.getColumns().add(name);
        table.getSelectionModel().setCellSelectionEnabled(true);
        TypingCell.typeToEdit(table);
        stage.setScene(new Scene(table, 400, 200));
        stage.show();
    }

    private KeyEvent typed(String ch) {
        return new KeyEvent(table, table, KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false);
    }

    @Test
    void keysTypedAtOnceAreAllKept(FxRobot robot) {
        robot.interact(() -> {
            table.getSelectionModel().clearAndSelect(0, table.getColumns().get(0));
            table.getFocusModel().focus(0, table.getColumns().get(0));
            table.requestFocus();
        });
        robot.interact(() -> {
            // three keys in one pulse: the second and third arrive before the cell's field exists or has the focus
            table.fireEvent(typed("a"));
            table.fireEvent(typed("b"));
            table.fireEvent(typed("c"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> TypingCell.commitEditing(table));
        assertThat(row[0]).isEqualTo("abc");
    }
}
