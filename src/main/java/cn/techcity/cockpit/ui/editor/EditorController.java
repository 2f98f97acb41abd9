package cn.techcity.cockpit.ui.editor;

import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.domain.CellCheck;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.ConflictException;
import cn.techcity.cockpit.session.Failures;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.Dialogs;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.editor.EditorViewModel.CellKey;
import cn.techcity.cockpit.ui.editor.EditorViewModel.Column;
import cn.techcity.cockpit.ui.editor.EditorViewModel.Row;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;

/**
 * 数据录入: the year grid, one row per indicator grouped by work area, like the Excel sheet the clerks know.
 * Arrows move, typing replaces, Enter commits and goes down, Tab goes right, Delete clears, Ctrl+V pastes a block
 * copied from Excel, Ctrl+Z / Ctrl+Y undo and redo, Ctrl+S saves, Ctrl+H shows a cell's history.
 */
public final class EditorController implements CockpitView {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

    private final I18n i18n;
    private final Session session;
    private final EditorViewModel vm;
    private String pendingText;
    /** The field of the cell being edited, while it is (keys typed before it has the focus go into it). */
    private TextField editingField;
    private boolean saving;

    @FXML private VBox root;
    @FXML private Label yearLabel;
    @FXML private TextField clerk;
    @FXML private Button undoButton;
    @FXML private Button redoButton;
    @FXML private Button historyButton;
    @FXML private Button saveButton;
    @FXML private Button clearSampleButton;
    @FXML private TableView<Row> grid;
    @FXML private Label cellInfo;
    @FXML private Label counts;
    /** “11月已填报 52/61 项”: the month being filled (see {@link cn.techcity.cockpit.domain.Completeness}). */
    @FXML private Label completeness;
    /** 只看未填报: the grid shows only the indicators still missing for the month being filled. */
    @FXML private javafx.scene.control.ToggleButton missingOnly;
    private final javafx.collections.ObservableList<Row> shownRows = FXCollections.observableArrayList();
    private CockpitData data;
    private cn.techcity.cockpit.domain.Completeness filling;

    /** {@code session} null: a read-only grid (snapshots). */
    public EditorController(I18n i18n, CockpitData data, int month, Session session) {
        this.i18n = i18n;
        this.session = session;
        this.vm = new EditorViewModel(data, month);
        this.data = data;
        this.vm.useLocale(i18n.locale());
    }

    public EditorViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        clerk.setText(System.getProperty("user.name", ""));
        TableColumn<Row, String> name = new TableColumn<>(i18n.t("editor.col-indicator"));
        name.setPrefWidth(300);
        name.setSortable(false);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isHeading() ? c.getValue().group().title()
                : c.getValue().indicator().name() + "(" + c.getValue().indicator().unit() + ")"));
        name.setCellFactory(c -> new TableCell<>() {
            /** The whole name where the column cuts it (各平台累计引育主导产业科创企业(项目)(家) …). */
            private final javafx.scene.control.Tooltip whole = new javafx.scene.control.Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("heading-cell", "name-cell");
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                whole.setText(empty || item == null ? "" : item);
                setTooltip(empty || item == null ? null : whole);
                if (row != null) {
                    getStyleClass().add(row.isHeading() ? "heading-cell" : "name-cell");
                }
            }
        });
        grid.getColumns().add(name);
        TableColumn<Row, String> direction = new TableColumn<>(i18n.t("editor.col-direction"));
        direction.setPrefWidth(56);
        direction.setSortable(false);
        direction.setEditable(false);
        direction.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isHeading() ? ""
                : c.getValue().indicator().direction().chinese()));
        grid.getColumns().add(direction);
        for (Column col : Column.values()) {
            TableColumn<Row, String> tc = new TableColumn<>(header(col));
            tc.setSortable(false);
            tc.setReorderable(false);
            tc.setUserData(col);
            tc.setPrefWidth(col == Column.NOTE ? 180 : col.isMonth() ? 78 : 90);
            tc.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().isHeading() ? ""
                    : vm.text(new CellKey(c.getValue().indicator().code(), col))));
            tc.setCellFactory(c -> new EditCell(col));
            grid.getColumns().add(tc);
        }
        shownRows.setAll(vm.rows());
        grid.setItems(shownRows);
        grid.getSelectionModel().setCellSelectionEnabled(true);
        grid.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        grid.getFocusModel().focusedCellProperty().addListener((o, was, now) -> showCellInfo());
        grid.addEventFilter(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        grid.addEventFilter(KeyEvent.KEY_TYPED, this::onKeyTyped);
        vm.errorsProperty().addListener((o, a, b) -> refreshState());
        vm.warningsProperty().addListener((o, a, b) -> refreshState());
        vm.dirtyProperty().addListener((o, a, b) -> refreshState());
        refreshState();
        refreshCompleteness();
    }

    /** The day the month being filled is counted from: the session's (it turns at midnight). */
    private java.time.LocalDate today() {
        return session != null ? session.today().get() : java.time.LocalDate.now();
    }

    /** The count of the month being filled, and the rows shown when only the missing ones are. */
    private void refreshCompleteness() {
        boolean fillable = !data.readOnlyYear() && data.indicators().stream()
                .anyMatch(cn.techcity.cockpit.domain.Completeness::expectedMonthly);
        filling = fillable ? cn.techcity.cockpit.domain.Completeness.of(data,
                cn.techcity.cockpit.domain.Completeness.fillingMonth(data, today())) : null;
        completeness.setVisible(fillable);
        completeness.setManaged(fillable);
        missingOnly.setVisible(fillable);
        missingOnly.setManaged(fillable);
        if (!fillable) {
            missingOnly.setSelected(false);
        } else {
            completeness.setText(i18n.t("completeness.badge", filling.month(), filling.reportedCount(), filling.expectedCount()));
            completeness.getStyleClass().removeAll("complete", "incomplete");
            completeness.getStyleClass().add(filling.complete() ? "complete" : "incomplete");
        }
        List<Row> rows = vm.rows();
        if (missingOnly.isSelected()) {
            // a row being typed in stays, even when another seat's save fills it meanwhile (the save then says so)
            java.util.Set<String> codes = new java.util.HashSet<>(filling.missingCodes());
            codes.addAll(vm.editedIndicators());
            rows = vm.rowsOf(codes);
        }
        if (!rows.equals(shownRows)) {
            CellKey focused = focusedKey();
            shownRows.setAll(rows);
            refocus(focused);
        }
    }

    /** After the rows changed: the cell focused before if its row is still shown, else the first row to fill. */
    private void refocus(CellKey was) {
        int row = -1;
        Column col = was != null ? was.column() : Column.month(filling != null ? filling.month() : vm.month());
        for (int r = 0; r < shownRows.size() && was != null; r++) {
            if (!shownRows.get(r).isHeading() && shownRows.get(r).indicator().code().equals(was.indicatorCode())) {
                row = r;
            }
        }
        if (row < 0) {
            if (missingOnly.isSelected() && filling != null) {
                col = Column.month(filling.month());
            }
            row = 0;
            while (row < shownRows.size() - 1 && shownRows.get(row).isHeading()) {
                row++;
            }
        }
        if (shownRows.isEmpty()) {
            return;
        }
        Column target = col;
        TableColumn<Row, ?> column = grid.getColumns().stream().filter(c -> c.getUserData() == target).findFirst()
                .orElse(grid.getColumns().get(Math.min(2, grid.getColumns().size() - 1)));
        grid.getSelectionModel().clearAndSelect(row, column);
        grid.getFocusModel().focus(row, column);
        grid.scrollTo(Math.max(0, row - 1));
    }

    @FXML
    private void toggleMissingOnly() {
        refreshCompleteness();
        grid.requestFocus();
    }

    /**
     * 只看未填报 on (the header's list opens the editor so), focused on the month's cell of {@code code}, or of the first
     * missing indicator when it is null or not missing.
     */
    public void showMissingOnly(String code) {
        missingOnly.setSelected(true);
        refreshCompleteness();
        refocus(code == null || filling == null ? null : new CellKey(code, Column.month(filling.month())));
        javafx.application.Platform.runLater(grid::requestFocus);
    }

    /** The count shown (for tests): the month being filled, reported and expected; null when none is counted. */
    public cn.techcity.cockpit.domain.Completeness completeness() {
        return filling;
    }

    /** The grid (for tests). */
    public TableView<Row> grid() {
        return grid;
    }

    /** The rows the grid shows now (for tests). */
    public List<Row> shownRows() {
        return List.copyOf(shownRows);
    }

    private String header(Column c) {
        return switch (c) {
            case BASE -> i18n.t("editor.col-base");
            case STRETCH -> i18n.t("editor.col-stretch");
            case GROWTH -> i18n.t("editor.col-growth", vm.month());
            case NOTE -> i18n.t("editor.col-note", vm.month());
            default -> i18n.t("editor.col-month", c.month());
        };
    }

    private final class EditCell extends TableCell<Row, String> {
        private final Column column;
        private TextField field;

        EditCell(Column column) {
            this.column = column;
        }

        private CellKey key() {
            Row row = getTableRow() == null ? null : getTableRow().getItem();
            return row == null || row.isHeading() ? null : new CellKey(row.indicator().code(), column);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("edited", "error", "warning", "readonly", "heading-cell");
            CellKey key = empty ? null : key();
            if (key == null) {
                Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.isHeading()) {
                    getStyleClass().add("heading-cell");
                }
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            setId("cell-" + key.indicatorCode() + "-" + column.name());
            if (isEditing()) {
                return;
            }
            setText(vm.text(key));
            setGraphic(null);
            if (!vm.editable(key)) {
                getStyleClass().add("readonly");
            } else if (vm.isEdited(key)) {
                List<CellCheck.Problem> problems = vm.problems(key);
                getStyleClass().add(problems.stream().anyMatch(CellCheck.Problem::error) ? "error"
                        : problems.isEmpty() ? "edited" : "warning");
            }
        }

        @Override
        public void startEdit() {
            CellKey key = key();
            if (key == null || !vm.editable(key) || session == null) {
                return;
            }
            super.startEdit();
            field = new TextField(pendingText != null ? pendingText : vm.text(key));
            pendingText = null;
            editingField = field;
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    commitEdit(field.getText());
                    move(1, 0);
                    e.consume();
                } else if (e.getCode() == KeyCode.TAB) {
                    commitEdit(field.getText());
                    move(0, e.isShiftDown() ? -1 : 1);
                    e.consume();
                } else if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            setText(null);
            setGraphic(field);
            field.requestFocus();
            field.end();
        }

        @Override
        public void cancelEdit() {
            editingField = null;
            super.cancelEdit();
            setGraphic(null);
            CellKey key = key();
            setText(key == null ? null : vm.text(key));
        }

        @Override
        public void commitEdit(String text) {
            editingField = null;
            CellKey key = key();
            super.commitEdit(text);
            if (key != null) {
                vm.set(key, text);
            }
            setGraphic(null);
            grid.refresh();
            showCellInfo();
        }
    }

    private void move(int rows, int columns) {
        TablePosition<Row, ?> pos = grid.getFocusModel().getFocusedCell();
        if (pos == null) {
            return;
        }
        int r = Math.max(0, Math.min(grid.getItems().size() - 1, pos.getRow() + rows));
        if (rows > 0 && r < grid.getItems().size() - 1 && grid.getItems().get(r).isHeading()) {
            r++;
        }
        int c = Math.max(2, Math.min(grid.getColumns().size() - 1, pos.getColumn() + columns));
        TableColumn<Row, ?> col = grid.getColumns().get(c);
        grid.getSelectionModel().clearAndSelect(r, col);
        grid.getFocusModel().focus(r, col);
        grid.scrollTo(Math.max(0, r - 5));
        grid.requestFocus();
    }

    private CellKey focusedKey() {
        TablePosition<Row, ?> pos = grid.getFocusModel().getFocusedCell();
        if (pos == null || pos.getRow() < 0 || pos.getTableColumn() == null || !(pos.getTableColumn().getUserData() instanceof Column col)) {
            return null;
        }
        Row row = grid.getItems().get(pos.getRow());
        return row.isHeading() ? null : new CellKey(row.indicator().code(), col);
    }

    private List<CellKey> selectedKeys() {
        List<CellKey> keys = new ArrayList<>();
        for (TablePosition<?, ?> p : grid.getSelectionModel().getSelectedCells()) {
            if (p.getTableColumn() != null && p.getTableColumn().getUserData() instanceof Column col) {
                Row row = grid.getItems().get(p.getRow());
                if (!row.isHeading()) {
                    keys.add(new CellKey(row.indicator().code(), col));
                }
            }
        }
        return keys;
    }

    private void onKeyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (e.isShortcutDown() || ch.isEmpty() || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        if (grid.getEditingCell() != null) {
            // the cell's field is being made and has not the focus yet: keys typed quickly after the first one land here,
            // and would be lost (a clerk typing "61.5" got "6")
            if (e.getTarget() == grid) {
                if (editingField != null) {
                    editingField.insertText(editingField.getCaretPosition(), ch);
                } else {
                    pendingText = (pendingText == null ? "" : pendingText) + ch;
                }
                e.consume();
            }
            return;
        }
        TablePosition<Row, ?> pos = grid.getFocusModel().getFocusedCell();
        CellKey key = focusedKey();
        if (pos != null && key != null && vm.editable(key) && session != null) {
            pendingText = ch; // typing replaces, as in Excel
            @SuppressWarnings("unchecked")
            TableColumn<Row, String> col = (TableColumn<Row, String>) pos.getTableColumn();
            grid.edit(pos.getRow(), col);
            e.consume();
        }
    }

    private void onKeyPressed(KeyEvent e) {
        if (grid.getEditingCell() != null) {
            return;
        }
        if (e.isShortcutDown()) {
            switch (e.getCode()) {
                case S -> save();
                case Z -> undo();
                case Y -> redo();
                case H -> history();
                case V -> paste();
                case C -> copy();
                default -> {
                    return;
                }
            }
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            if (session != null) {
                vm.clear(selectedKeys());
                grid.refresh();
            }
            e.consume();
        } else if (e.getCode() == KeyCode.F2 || e.getCode() == KeyCode.ENTER) {
            TablePosition<Row, ?> pos = grid.getFocusModel().getFocusedCell();
            if (pos != null && focusedKey() != null) {
                @SuppressWarnings("unchecked")
                TableColumn<Row, String> col = (TableColumn<Row, String>) pos.getTableColumn();
                grid.edit(pos.getRow(), col);
                e.consume();
            }
        }
    }

    private void paste() {
        CellKey key = focusedKey();
        String text = Clipboard.getSystemClipboard().getString();
        if (key != null && text != null && session != null) {
            int n = vm.paste(key, text);
            grid.refresh();
            cellInfo.setText(i18n.t("editor.pasted", n));
        }
    }

    private void copy() {
        TreeMap<Integer, TreeMap<Integer, CellKey>> block = new TreeMap<>();
        for (TablePosition<?, ?> p : grid.getSelectionModel().getSelectedCells()) {
            if (p.getTableColumn() != null && p.getTableColumn().getUserData() instanceof Column col) {
                Row row = grid.getItems().get(p.getRow());
                if (!row.isHeading()) {
                    block.computeIfAbsent(p.getRow(), r -> new TreeMap<>()).put(p.getColumn(), new CellKey(row.indicator().code(), col));
                }
            }
        }
        List<List<CellKey>> lines = block.values().stream().map(m -> List.copyOf(m.values())).toList();
        ClipboardContent content = new ClipboardContent();
        content.putString(vm.copy(lines));
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void showCellInfo() {
        CellKey key = focusedKey();
        cellInfo.getStyleClass().remove("error");
        if (key == null) {
            cellInfo.setText("");
            return;
        }
        List<CellCheck.Problem> problems = vm.problems(key);
        if (problems.isEmpty()) {
            cellInfo.setText(vm.cellName(key) + (vm.isEdited(key) ? i18n.t("editor.unsaved") : ""));
        } else {
            cellInfo.setText(vm.cellName(key) + ":" + String.join(";", problems.stream().map(p -> i18n.t(p.text())).toList()));
            if (problems.stream().anyMatch(CellCheck.Problem::error)) {
                cellInfo.getStyleClass().add("error");
            }
        }
    }

    private void refreshState() {
        boolean ro = session == null;
        saveButton.setDisable(ro || saving || !vm.isDirty() || vm.errorsProperty().get() > 0);
        undoButton.setDisable(ro || !vm.canUndo());
        redoButton.setDisable(ro || !vm.canRedo());
        historyButton.setDisable(ro);
        clearSampleButton.setDisable(ro || saving);
        clerk.setDisable(ro);
        counts.setText(i18n.t("editor.counts", vm.errorsProperty().get(), vm.warningsProperty().get()));
    }

    @FXML
    private void undo() {
        vm.undo();
        grid.refresh();
        refreshState();
        showCellInfo();
    }

    @FXML
    private void redo() {
        vm.redo();
        grid.refresh();
        refreshState();
        showCellInfo();
    }

    @FXML
    private void save() {
        if (session == null || saving || !vm.isDirty()) {
            return;
        }
        if (vm.errorsProperty().get() > 0) {
            alert(Alert.AlertType.ERROR, i18n.t("editor.has-errors", vm.errorsProperty().get()),
                    String.join("\n", vm.problemList(true)));
            return;
        }
        String who = clerk.getText() == null ? "" : clerk.getText().strip();
        if (who.isEmpty()) {
            alert(Alert.AlertType.ERROR, i18n.t("editor.no-clerk"), "");
            clerk.requestFocus();
            return;
        }
        List<String> warnings = vm.warningList();
        if (!warnings.isEmpty()) {
            if (!Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.t("editor.confirm-warnings", warnings.size()),
                    String.join("\n", warnings), "dialog.save-anyway", false)) {
                return;
            }
        }
        EditorViewModel.Edits edits = vm.toEdits();
        saving = true;
        refreshState();
        // the session publishes the saved data to every view (this grid included, see update) before this lands
        session.saveFigures(who, edits.figures(), edits.targets()).onSuccess(data -> {
            saving = false;
            vm.saved(data);
            this.data = data;
            refreshCompleteness();      // the rows just saved leave 只看未填报
            grid.refresh();
            cellInfo.setText(i18n.t("editor.saved", edits.size()));
            refreshState();
        }).onFailure(cause -> {
            saving = false;
            {
                if (cause instanceof ConflictException ce) {
                    List<String> lines = new ArrayList<>();
                    for (ConflictException.Conflict c : ce.conflicts()) {
                        lines.add(i18n.t("editor.conflict-line", c.entityKey(), i18n.t(fieldName(c.field())), c.theirValue() == null ? "—"
                                : c.theirValue(),
                                c.who() == null ? "?" : c.who(), c.at() == null ? "?" : WHEN.format(c.at())));
                    }
                    alert(Alert.AlertType.WARNING, Failures.message(ce, i18n.locale()), String.join("\n", lines));
                } else {
                    alert(Alert.AlertType.ERROR, Failures.message(cause, i18n.locale()), "");
                }
            }
            refreshState();
        }).start();
    }

    @FXML
    private void history() {
        CellKey key = focusedKey();
        if (session == null) {
            return;
        }
        if (key == null) {
            cellInfo.setText(i18n.t("editor.history-no-cell"));     // Ctrl+H on a heading row or no cell: say why nothing opens
            return;
        }
        String[] audit = vm.auditKey(key);
        String field = switch (key.column()) {
            case BASE -> "base_value";
            case STRETCH -> "stretch_value";
            case GROWTH -> "reported_growth";
            case NOTE -> "note";
            default -> "cum_value";
        };
        session.history(audit[0], audit[1]).onFailure(failure -> alert(Alert.AlertType.ERROR, Failures.message(failure, i18n.locale()), ""))
                .onSuccess(entries -> {
            List<String> lines = new ArrayList<>();
            for (AuditEntry a : entries) {
                if (a.field().equals(field)) {
                    lines.add(i18n.t("editor.history-line", WHEN.format(a.at()), a.who(), a.oldValue() == null ? "—" : a.oldValue(),
                            a.newValue() == null ? "—" : a.newValue()));
                }
            }
            showHistory(key, i18n.t("editor.history-title", vm.cellName(key)),
                    lines.isEmpty() ? i18n.t("editor.history-none") : String.join("\n", lines));
        }).start();
    }

    /** The open history (a ControlsFX PopOver at its cell: no modal window, the grid keeps the keyboard). */
    private org.controlsfx.control.PopOver historyPopOver;

    /**
     * A cell's history beside the cell, as a PopOver: Esc or a click elsewhere closes it, and typing goes on in the grid
     * (the modal alert it replaces took the focus and had to be dismissed first).
     */
    private void showHistory(CellKey key, String title, String text) {
        if (historyPopOver != null) {
            historyPopOver.hide(javafx.util.Duration.ZERO);
        }
        Label heading = new Label(title);
        heading.getStyleClass().add("history-title");
        Label body = new Label(text);
        body.getStyleClass().add("history-lines");
        body.setWrapText(true);
        body.setMaxWidth(560);
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(8, heading, body);
        box.getStyleClass().add("history-popover");
        box.setStyle("-fx-padding: 12 16 12 16; -fx-font-size: 16px;");
        heading.setStyle("-fx-font-weight: bold; -fx-font-size: 17px;");
        org.controlsfx.control.PopOver pop = new org.controlsfx.control.PopOver(box);
        pop.setArrowLocation(org.controlsfx.control.PopOver.ArrowLocation.TOP_CENTER);
        pop.setDetachable(false);
        pop.setAutoHide(true);
        pop.setConsumeAutoHidingEvents(false);     // the click that closes it also selects the cell clicked
        pop.setHideOnEscape(true);
        pop.setAnimated(false);
        historyPopOver = pop;
        javafx.scene.Node cell = grid.lookup("#cell-" + key.indicatorCode() + "-" + key.column().name());
        javafx.scene.Node anchor = cell != null && cell.getScene() != null ? cell : grid;
        pop.show(anchor);
        grid.requestFocus();
    }

    /** The history shown now, or null (for tests). */
    org.controlsfx.control.PopOver historyPopOver() {
        return historyPopOver != null && historyPopOver.isShowing() ? historyPopOver : null;
    }

    @FXML
    private void clearSample() {
        if (session == null) {
            return;
        }
        if (!Dialogs.confirm(Dialogs.windowOf(root), i18n, i18n.t("editor.clear-sample-title"), i18n.t("editor.clear-sample-text"),
                "dialog.clear-sample", true)) {
            return;     // destructive: Cancel is the default
        }
        String who = clerk.getText() == null || clerk.getText().isBlank() ? System.getProperty("user.name", "?") : clerk.getText().strip();
        // the session publishes the data without the samples to every view (this grid through update)
        session.clearSample(who).onFailure(failure -> alert(Alert.AlertType.ERROR, Failures.message(failure, i18n.locale()), "")).start();
    }

    /** A stored field as a clerk names it (a conflict names the field, never its column). */
    static cn.techcity.cockpit.domain.Text fieldName(String column) {
        return cn.techcity.cockpit.domain.Text.of(switch (column) {
            case "cum_value" -> "msg.field-name-value";
            case "reported_growth" -> "msg.field-name-growth";
            case "note" -> "msg.field-name-note";
            case "base_value" -> "msg.field-name-target";
            case "stretch_value" -> "msg.field-name-stretch";
            default -> "msg.field-name-other";
        });
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert a = Dialogs.alert(Dialogs.windowOf(root), i18n, type, header, "");
        if (!text.isEmpty()) {
            TextArea area = new TextArea(text);
            area.setEditable(false);
            area.setWrapText(true);
            area.setPrefRowCount(Math.min(12, text.split("\n").length + 1));
            a.getDialogPane().setContent(area);
        }
        a.show();
    }

    @Override
    public Parent root() {
        return root;
    }

    /** Shown: the focus goes to the grid (not 录入人, whose name the first keystroke would overwrite), on this month's cell. */
    @Override
    public void shown() {
        if (grid.getFocusModel().getFocusedCell() == null || grid.getFocusModel().getFocusedCell().getRow() < 0) {
            int row = 0;
            while (row < grid.getItems().size() - 1 && grid.getItems().get(row).isHeading()) {
                row++;
            }
            TableColumn<Row, ?> column = grid.getColumns().stream().filter(c -> c.getUserData() == Column.month(vm.month()))
                    .findFirst().orElse(grid.getColumns().get(Math.min(2, grid.getColumns().size() - 1)));
            grid.getSelectionModel().clearAndSelect(row, column);
            grid.getFocusModel().focus(row, column);
        }
        javafx.application.Platform.runLater(grid::requestFocus);
    }

    @Override
    public void update(CockpitData data, int month) {
        // unsaved 同比 and notes belong to the month they were typed for: the month follows the picker only when clean
        vm.rebase(data, vm.isDirty() ? vm.month() : month);
        this.data = data;
        refreshCompleteness();
        if (saving) {
            return;     // the save's own landing clears the saved edits and refreshes the grid once
        }
        grid.getColumns().forEach(c -> {
            if (c.getUserData() instanceof Column col) {
                c.setText(header(col));
            }
        });
        yearLabel.setText(i18n.t("editor.year", Integer.toString(data.year()), vm.month()));
        grid.refresh();
        refreshState();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.isDirty();
    }
}
