package cn.techcity.cockpit.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * A text cell of the editing tables (任务督办录入, 项目与赛马录入) that behaves like the data grid (issue 16): typing on a
 * selected cell starts editing with what is typed, Enter commits and goes down, Tab commits and goes right (Shift+Tab
 * left), Escape cancels, and leaving the cell any other way (a click elsewhere, the save button, closing) commits what
 * was typed instead of dropping it.
 */
public class TypingCell<R> extends TableCell<R, String> {
    private TextField field;
    private boolean committing;

    /** Makes {@code table}'s typing start an edit of the focused cell (install once per table). */
    public static <R> void typeToEdit(TableView<R> table) {
        table.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String ch = e.getCharacter();
            if (e.isShortcutDown() || ch.isEmpty() || Character.isISOControl(ch.charAt(0))) {
                return;
            }
            Object editing = table.getProperties().get(TypingCell.class.getName() + ".editing");
            if (editing instanceof TypingCell<?> typing && typing.field != null && e.getTarget() == typing.field
                    && typing.field.getSkin() == null) {
                // the new field has the focus but no skin yet (it gets one at the next pulse): it would drop the key
                typing.field.appendText(ch);
                typing.field.end();
                e.consume();
                return;
            }
            if (e.getTarget() != table) {
                return;
            }
            if (table.getEditingCell() != null) {
                // keys typed fast, after the first and before the cell's field has the focus, still reach the cell
                Object cell = table.getProperties().get(TypingCell.class.getName() + ".editing");
                Object pending = table.getProperties().get(TypingCell.class);
                if (cell instanceof TypingCell<?> typing && typing.field != null) {
                    typing.field.appendText(ch);
                    typing.field.end();
                    e.consume();
                } else if (pending != null) {
                    table.getProperties().put(TypingCell.class, pending + ch);
                    e.consume();
                }
                return;
            }
            TablePosition<R, ?> pos = table.getFocusModel().getFocusedCell();
            if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null || !pos.getTableColumn().isEditable()) {
                return;
            }
            table.getProperties().put(TypingCell.class, ch);   // the first key: the cell starts with it
            @SuppressWarnings("unchecked")
            TableColumn<R, ?> col = (TableColumn<R, ?>) pos.getTableColumn();
            table.edit(pos.getRow(), col);
            e.consume();
        });
    }

    /** The text of the cell being edited in {@code table}, committed (before a save). */
    public static void commitEditing(TableView<?> table) {
        Object cell = table.getProperties().get(TypingCell.class.getName() + ".editing");
        if (cell instanceof TypingCell<?> typing && typing.isEditing()) {
            typing.commitTyped();
        }
    }

    @Override
    public void startEdit() {
        if (!isEditable() || getTableView() == null || !getTableView().isEditable() || !getTableColumn().isEditable()) {
            return;
        }
        super.startEdit();
        if (!isEditing()) {
            return;
        }
        Object typed = getTableView().getProperties().remove(TypingCell.class);
        field = new TextField(typed != null ? typed.toString() : getItem() == null ? "" : getItem());
        getTableView().getProperties().put(TypingCell.class.getName() + ".editing", this);
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commitTyped();
                move(1, 0);
                e.consume();
            } else if (e.getCode() == KeyCode.TAB) {
                commitTyped();
                move(0, e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                cancelEdit();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && isEditing()) {
                commitTyped();      // leaving the cell keeps what was typed
            }
        });
        setText(null);
        setGraphic(field);
        field.requestFocus();
        field.end();
    }

    private void commitTyped() {
        if (committing || field == null) {
            return;
        }
        committing = true;
        try {
            commitEdit(field.getText());
        } finally {
            committing = false;
        }
    }

    @Override
    public void commitEdit(String value) {
        super.commitEdit(value);
        finish();
        setText(value);
    }

    @Override
    public void cancelEdit() {
        super.cancelEdit();
        finish();
        setText(getItem());
    }

    private void finish() {
        setGraphic(null);
        field = null;
        if (getTableView() != null) {
            getTableView().getProperties().remove(TypingCell.class.getName() + ".editing");
        }
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        if (empty) {
            setText(null);
            setGraphic(null);
        } else if (isEditing() && field != null) {
            setText(null);
            setGraphic(field);
        } else {
            setText(item);
            setGraphic(null);
        }
    }

    private void move(int rows, int columns) {
        TableView<R> table = getTableView();
        TablePosition<R, ?> pos = table.getFocusModel().getFocusedCell();
        if (pos == null) {
            return;
        }
        int r = Math.max(0, Math.min(table.getItems().size() - 1, pos.getRow() + rows));
        int c = Math.max(0, Math.min(table.getColumns().size() - 1, table.getColumns().indexOf(pos.getTableColumn()) + columns));
        TableColumn<R, ?> col = table.getColumns().get(c);
        table.getSelectionModel().clearAndSelect(r, col);
        table.getFocusModel().focus(r, col);
        table.requestFocus();
    }
}
