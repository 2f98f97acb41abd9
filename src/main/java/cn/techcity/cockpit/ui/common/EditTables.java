package cn.techcity.cockpit.ui.common;

import cn.techcity.cockpit.store.ConflictException;
import cn.techcity.cockpit.session.Failures;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/**
 * The pieces the editing tables (tasks, registry) share: read-only columns, rows marked as edited or in error, the
 * state line under the table, and the message of a refused save.
 */
public final class EditTables {
    private EditTables() {
    }

    public static <R> TableColumn<R, String> readOnly(String header, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setEditable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        c.setCellFactory(x -> wholeInTooltip());
        return c;
    }

    /** A read-only text cell whose whole text is in its tooltip, for names and titles a column may cut. */
    public static <R> javafx.scene.control.TableCell<R, String> wholeInTooltip() {
        return new javafx.scene.control.TableCell<>() {
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                whole.setText(empty || item == null ? "" : item);
                setTooltip(empty || item == null || item.isEmpty() ? null : whole);
            }
        };
    }

    /** Rows with unsaved edits get the style class "edited", or "error" when their values cannot be saved. */
    public static <R> void markEditedRows(TableView<R> table, Predicate<R> edited, Predicate<R> valid) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("edited", "error");
                if (!empty && item != null && edited.test(item)) {
                    getStyleClass().add(valid.test(item) ? "edited" : "error");
                }
            }
        });
    }

    /** The line under a table: the problems in red, else "unsaved" while there are edits, else nothing. */
    public static void showState(Label info, List<String> problems, boolean dirty, I18n i18n) {
        info.setText(problems.isEmpty() ? (dirty ? i18n.t("tasks.unsaved") : "") : String.join(";", problems));
        info.getStyleClass().remove("error");
        if (!problems.isEmpty()) {
            info.getStyleClass().add("error");
        }
    }

    /** A refused save: a warning for another seat's change (it shows who and what), an error for anything else. */
    public static void showSaveFailure(Throwable failure, I18n i18n, javafx.scene.Node anchor) {
        Throwable cause = cn.techcity.cockpit.session.Work.unwrap(failure);
        Dialogs.alert(Dialogs.windowOf(anchor), i18n, cause instanceof ConflictException ? Alert.AlertType.WARNING : Alert.AlertType.ERROR,
                i18n.t("tasks.save-failed"), Failures.message(failure, i18n.locale())).show();
    }
}
