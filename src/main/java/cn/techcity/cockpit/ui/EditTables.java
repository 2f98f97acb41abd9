package cn.techcity.cockpit.ui;

import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** The pieces the editing tables share: read-only columns, and rows marked as edited or in error. */
public final class EditTables {
    private EditTables() {
    }

    public static <R> TableColumn<R, String> readOnly(String header, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setEditable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(value.apply(x.getValue())));
        return c;
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
}
