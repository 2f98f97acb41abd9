package cn.techcity.cockpit.ui.structure;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.StructureItem;
import cn.techcity.cockpit.domain.StructureKind;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.EditTables;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.TypingCell;
import cn.techcity.cockpit.ui.structure.StructureViewModel.Line;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * 结构维护 (issue 15): rename, add, reorder and retire the committee's indicators, projects, battle tasks, milestones
 * and task forces. Behaves like the data grid: type to replace, Enter/Tab commit, Ctrl+Z undoes before the save,
 * Ctrl+S saves, an unsaved change makes closing ask; the save is one checked transaction through the session.
 */
public final class StructureController implements CockpitView {
    private final I18n i18n;
    private final Session session;
    private final StructureViewModel vm;

    @FXML private VBox root;
    @FXML private Label maskedCount;
    @FXML private TextField clerk;
    @FXML private Button saveButton;
    @FXML private ComboBox<StructureKind> kindFilter;
    @FXML private CheckBox maskedOnly;
    @FXML private MenuButton addButton;
    @FXML private Button retireButton;
    @FXML private Button upButton;
    @FXML private Button downButton;
    @FXML private Button undoButton;
    @FXML private TableView<Line> table;
    @FXML private Label info;

    /** {@code session} null: read only (snapshots). */
    public StructureController(I18n i18n, CockpitData data, Session session) {
        this.i18n = i18n;
        this.session = session;
        this.vm = new StructureViewModel(data);
    }

    public StructureViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        clerk.setText(System.getProperty("user.name", ""));
        boolean editable = session != null;
        table.setEditable(editable);
        kindFilter.getItems().add(null);
        kindFilter.getItems().addAll(StructureKind.values());
        kindFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(StructureKind k) {
                return k == null ? i18n.t("structure.all-kinds") : k.label(i18n.locale());
            }

            @Override
            public StructureKind fromString(String s) {
                return null;
            }
        });
        kindFilter.getSelectionModel().select(0);
        kindFilter.valueProperty().addListener((o, a, b) -> refill());
        maskedOnly.selectedProperty().addListener((o, a, b) -> refill());
        for (StructureKind k : StructureKind.values()) {
            MenuItem item = new MenuItem(k.label(i18n.locale()));
            item.setOnAction(e -> add(k));
            addButton.getItems().add(item);
        }
        table.getColumns().add(EditTables.readOnly(i18n.t("structure.col-code"), l -> l.isNew() ? i18n.t("structure.new") : l.draft().code(), 90));
        table.getColumns().add(EditTables.readOnly(i18n.t("structure.col-kind"), l -> l.draft().kind().label(i18n.locale()), 80));
        table.getColumns().add(text(i18n.t("structure.col-name"), l -> l.draft().name(), vm::rename, l -> true, 460));
        table.getColumns().add(text(i18n.t("structure.col-parent"), l -> l.draft().parent(), vm::setParent, l -> true, 90));
        table.getColumns().add(EditTables.readOnly(i18n.t("structure.col-parent-name"), l -> vm.data().allSections().stream()
                .filter(s -> s.code().equals(l.draft().parent())).map(s -> s.title()).findFirst().orElse(""), 200));
        table.getColumns().add(EditTables.readOnly(i18n.t("structure.col-status"), l -> l.draft().retired()
                ? i18n.t("structure.retired", Integer.toString(l.draft().retiredFrom())) : i18n.t("structure.in-use"), 110));
        table.getColumns().add(text(i18n.t("structure.col-unit"), l -> l.draft().unit() == null ? "" : l.draft().unit(),
                vm::setUnit, l -> l.draft().kind() == StructureKind.INDICATOR, 90));
        table.getColumns().add(text(i18n.t("structure.col-decimals"), l -> l.draft().decimals() == null ? "" : l.draft().decimals().toString(),
                this::setDecimals, l -> l.draft().kind() == StructureKind.INDICATOR, 80));
        table.getColumns().add(text(i18n.t("structure.col-direction"), l -> l.draft().direction() == null ? "" : l.draft().direction().chinese(),
                this::setDirection, l -> l.draft().kind() == StructureKind.INDICATOR, 80));
        table.getColumns().add(text(i18n.t("structure.col-indicator-kind"), l -> l.draft().indicatorKind() == null ? ""
                : i18n.t("structure.kind." + l.draft().indicatorKind().name().toLowerCase(java.util.Locale.ROOT)),
                this::setKind, l -> l.draft().kind() == StructureKind.INDICATOR, 110));
        table.getColumns().add(text(i18n.t("structure.col-headline"), l -> l.draft().kind() != StructureKind.INDICATOR ? ""
                : l.draft().headline() ? i18n.t("structure.yes") : i18n.t("structure.no"),
                this::setHeadline, l -> l.draft().kind() == StructureKind.INDICATOR, 90));
        table.getColumns().add(text(i18n.t("structure.col-start"), l -> l.draft().start() == null ? "" : l.draft().start().toString(),
                this::setStart, l -> l.draft().kind() == StructureKind.TASK, 130));
        table.getColumns().add(text(i18n.t("structure.col-due"), l -> l.draft().due() == null ? "" : l.draft().due().toString(),
                this::setDue, l -> l.draft().kind() == StructureKind.TASK, 130));
        table.getColumns().add(text(i18n.t("structure.col-phases"), l -> l.draft().phases() == null ? "" : l.draft().phases(),
                vm::setPhases, l -> l.draft().kind() == StructureKind.INDICATOR, 220));
        table.getColumns().add(text(i18n.t("structure.col-link"), l -> l.draft().link() == null ? "" : l.draft().link(),
                vm::setLink, l -> l.draft().kind() == StructureKind.TASK, 90));
        table.getColumns().add(text(i18n.t("structure.col-month"), l -> l.draft().month() == null ? "" : l.draft().month().toString(),
                this::setMonth, l -> l.draft().kind() == StructureKind.MILESTONE, 80));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(Line item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("edited", "error", "retired");
                if (!empty && item != null) {
                    if (item.edited()) {
                        getStyleClass().add(problemLines.contains(item.label()) ? "error" : "edited");
                    }
                    if (item.draft().retired()) {
                        getStyleClass().add("retired");
                    }
                }
            }
        });
        table.getSelectionModel().setCellSelectionEnabled(true);
        TypingCell.typeToEdit(table);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                save();
                e.consume();
            } else if (e.isShortcutDown() && e.getCode() == KeyCode.Z && table.getEditingCell() == null) {
                undo();
                e.consume();
            }
        });
        for (var b : List.of(addButton, retireButton, upButton, downButton, undoButton)) {
            b.setDisable(!editable);
        }
        refill();
    }

    private Set<String> problemLines = Set.of();

    private TableColumn<Line, String> text(String header, Function<Line, String> get, BiConsumer<Line, String> set,
                                           Predicate<Line> editable, double width) {
        TableColumn<Line, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(get.apply(x.getValue())));
        c.setCellFactory(x -> new TypingCell<>() {
            @Override
            public void startEdit() {
                if (getTableRow() != null && getTableRow().getItem() != null && editable.test(getTableRow().getItem())) {
                    super.startEdit();
                }
            }
        });
        c.setOnEditCommit(e -> {
            set.accept(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue());
            changed();
        });
        return c;
    }

    private void setDecimals(Line line, String text) {
        try {
            vm.setDecimals(line, text.isBlank() ? null : Integer.valueOf(text.strip()));
        } catch (NumberFormatException e) {
            problem(i18n.t("structure.bad-decimals", line.label(), text));
        }
    }

    private void setDirection(Line line, String text) {
        for (var d : cn.techcity.cockpit.domain.Direction.values()) {
            if (d.chinese().equals(text.strip()) || d.name().equalsIgnoreCase(text.strip())) {
                vm.setDirection(line, d);
                return;
            }
        }
        problem(i18n.t("structure.bad-direction", line.label(), text));
    }

    private void setKind(Line line, String text) {
        for (var k : cn.techcity.cockpit.domain.IndicatorKind.values()) {
            String word = i18n.t("structure.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
            if (word.equals(text.strip()) || k.name().equalsIgnoreCase(text.strip())) {
                vm.setKind(line, k);
                return;
            }
        }
        problem(i18n.t("structure.bad-kind", line.label(), text));
    }

    private void setHeadline(Line line, String text) {
        String t = text.strip();
        if (t.equals(i18n.t("structure.yes")) || t.equals("是") || t.equalsIgnoreCase("yes") || t.equals("1")) {
            vm.setHeadline(line, true);
        } else if (t.isEmpty() || t.equals(i18n.t("structure.no")) || t.equals("否") || t.equalsIgnoreCase("no") || t.equals("0")) {
            vm.setHeadline(line, false);
        } else {
            problem(i18n.t("structure.bad-headline", line.label(), text));
        }
    }

    private void setStart(Line line, String text) {
        if (text.isBlank()) {
            vm.setStart(line, null);
            return;
        }
        try {
            vm.setStart(line, LocalDate.parse(text.strip().replace('/', '-').replace('.', '-')));
        } catch (DateTimeParseException e) {
            problem(i18n.t("structure.bad-date", line.label(), text));
        }
    }

    private void problem(String text) {
        info.setText(text);
        info.getStyleClass().add("error");
    }

    private void setDue(Line line, String text) {
        if (text.isBlank()) {
            vm.setDue(line, null);
            return;
        }
        try {
            vm.setDue(line, LocalDate.parse(text.strip().replace('/', '-').replace('.', '-')));
        } catch (DateTimeParseException e) {
            info.setText(i18n.t("structure.bad-date", line.label(), text));
            info.getStyleClass().add("error");
        }
    }

    private void setMonth(Line line, String text) {
        if (text.isBlank()) {
            vm.setMonth(line, null);
            return;
        }
        try {
            vm.setMonth(line, Integer.valueOf(text.strip().replace("月", "")));
        } catch (NumberFormatException e) {
            info.setText(i18n.t("structure.bad-month", line.label(), text));
            info.getStyleClass().add("error");
        }
    }

    /** Shows only the names still masked (the header's 待完善名称 leads here). */
    public void showMasked() {
        kindFilter.getSelectionModel().select(0);
        maskedOnly.setSelected(true);
        refill();
    }

    private void refill() {
        Line selected = table.getSelectionModel().getSelectedItem();
        table.setItems(FXCollections.observableArrayList(vm.shown(kindFilter.getValue(), maskedOnly.isSelected())));
        if (selected != null && table.getItems().contains(selected)) {
            table.getSelectionModel().select(selected);
        }
        changed();
    }

    private void changed() {
        List<String> problems = vm.problems(i18n.locale());
        problemLines = vm.linesWithProblems();
        EditTables.showState(info, problems, vm.isDirty(), i18n);
        saveButton.setDisable(session == null || !vm.isDirty() || !problems.isEmpty() || vm.data().readOnlyYear());
        undoButton.setDisable(session == null || !vm.canUndo());
        clerk.setDisable(session == null);
        maskedCount.setText(i18n.t("structure.masked-count", vm.maskedCount()));
        table.refresh();
    }

    private Line selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void add(StructureKind kind) {
        Line at = selected();
        String parent = at != null && at.draft().kind() == kind ? at.draft().parent() : vm.defaultParent(kind);
        Line line = vm.add(kind, parent);
        kindFilter.getSelectionModel().select(kind);
        maskedOnly.setSelected(false);
        refill();
        int row = table.getItems().indexOf(line);
        if (row >= 0) {
            table.getSelectionModel().clearAndSelect(row, table.getColumns().get(2));
            table.scrollTo(row);
            // after the menu has closed (it gives the focus back to where it was: 录入人), the name is typed or pasted
            javafx.application.Platform.runLater(() -> {
                table.requestFocus();
                table.getFocusModel().focus(row, table.getColumns().get(2));
                table.edit(row, table.getColumns().get(2));
            });
        }
    }

    @FXML
    private void toggleRetired() {
        Line l = selected();
        if (l != null) {
            vm.toggleRetired(l);
            refill();
        }
    }

    @FXML
    private void moveUp() {
        move(-1);
    }

    @FXML
    private void moveDown() {
        move(1);
    }

    private void move(int step) {
        Line l = selected();
        if (l != null) {
            vm.move(l, step);
            refill();
            table.getSelectionModel().select(l);
        }
    }

    @FXML
    private void undo() {
        if (vm.undo()) {
            refill();
        }
    }

    @FXML
    private void save() {
        TypingCell.commitEditing(table);
        if (session == null || !vm.isDirty() || !vm.problems(i18n.locale()).isEmpty()) {
            return;
        }
        String who = clerk.getText() == null ? "" : clerk.getText().strip();
        if (who.isEmpty()) {
            info.setText(i18n.t("editor.no-clerk"));
            return;
        }
        saveButton.setDisable(true);
        session.saveStructure(who, vm.rows()).onSuccess(d -> {
            vm.saved(d);
            refill();
            info.setText(i18n.t("structure.saved"));
        }).onFailure(failure -> EditTables.showSaveFailure(failure, i18n, root))
                .always(this::changed).start();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData newData, int month) {
        vm.rebase(newData);
        refill();
    }

    @Override
    public boolean hasUnsavedChanges() {
        return vm.isDirty() || table.getEditingCell() != null;
    }

    @Override
    public void shown() {
        table.requestFocus();
    }
}
