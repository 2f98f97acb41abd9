package cn.techcity.cockpit.ui.taskeditor;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.EditTables;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.tiles.TaskStatusStyle;
import cn.techcity.cockpit.ui.taskeditor.TaskEditorViewModel.Draft;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** 任务督办录入: owner (专班), due date, status and progress note of every battle task. */
public final class TaskEditorController implements CockpitView {
    private final I18n i18n;
    private final Session session;
    private final TaskEditorViewModel vm;
    private CockpitData data;

    @FXML private VBox root;
    @FXML private TextField clerk;
    @FXML private Button saveButton;
    @FXML private TableView<BattleTask> table;
    @FXML private Label info;

    /** {@code session} null: read-only (snapshots). */
    public TaskEditorController(I18n i18n, CockpitData data, Session session) {
        this.i18n = i18n;
        this.data = data;
        this.session = session;
        this.vm = new TaskEditorViewModel(data);
        this.vm.useLocale(i18n.locale());
    }

    public TaskEditorViewModel viewModel() {
        return vm;
    }

    /** 录入人 must be filled: a mark at the field and 保存 off until it is (ControlsFX ValidationSupport). */
    private final org.controlsfx.validation.ValidationSupport validation = new org.controlsfx.validation.ValidationSupport();

    @FXML
    private void initialize() {
        clerk.setText(System.getProperty("user.name", ""));
        if (session != null) {
            // the mark is ours (a red edge, the reason in the line under the table): ControlsFX's decorations wrap the
            // scene's root in a pane of their own, and this scene's root is the whole cockpit's design canvas
            validation.setErrorDecorationEnabled(false);
            validation.setValidationDecorator(null);
            validation.registerValidator(clerk, false, org.controlsfx.validation.Validator.createEmptyValidator(i18n.t("editor.no-clerk")));
            validation.invalidProperty().addListener((o, was, now) -> {
                changed();
                if (now) {
                    clerk.getStyleClass().add("error");
                    info.setText(i18n.t("editor.no-clerk"));
                } else {
                    clerk.getStyleClass().remove("error");
                }
            });
        }
        table.setEditable(session != null);
        table.getColumns().add(EditTables.<BattleTask>readOnly(i18n.t("tasks.col-battle"), t -> data.section(t.battleCode()).map(s -> s.title()).orElse(""), 250));
        table.getColumns().add(EditTables.<BattleTask>readOnly(i18n.t("tasks.col-task"), BattleTask::title, 520));
        table.getColumns().add(text(i18n.t("tasks.col-owner"), Draft::owner, (d, v) -> new Draft(v, d.due(), d.status(), d.note()), 170));
        table.getColumns().add(text(i18n.t("tasks.col-due"), Draft::due, (d, v) -> new Draft(d.owner(), v, d.status(), d.note()), 140));
        TableColumn<BattleTask, TaskStatus> status = new TableColumn<>(i18n.t("tasks.col-status"));
        status.setPrefWidth(120);
        status.setSortable(false);
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.draft(c.getValue()).status()));
        status.setCellFactory(ComboBoxTableCell.forTableColumn(new StringConverter<>() {
            @Override
            public String toString(TaskStatus s) {
                return s == null ? "" : i18n.t(TaskStatusStyle.messageKey(s));
            }

            @Override
            public TaskStatus fromString(String s) {
                return null;
            }
        }, TaskStatus.values()));
        status.setOnEditCommit(e -> {
            Draft d = vm.draft(e.getRowValue());
            vm.set(e.getRowValue(), new Draft(d.owner(), d.due(), e.getNewValue(), d.note()));
            changed();
        });
        table.getColumns().add(status);
        table.getColumns().add(text(i18n.t("tasks.col-note"), Draft::note, (d, v) -> new Draft(d.owner(), d.due(), d.status(), v), 500));
        EditTables.markEditedRows(table, vm::isEdited, t -> vm.problems(t).isEmpty());
        table.getSelectionModel().setCellSelectionEnabled(true);
        cn.techcity.cockpit.ui.common.TypingCell.typeToEdit(table);
        table.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
                save();
                e.consume();
            }
        });
        table.setItems(FXCollections.observableArrayList(vm.tasks()));
        changed();
    }

    private TableColumn<BattleTask, String> text(String header, Function<Draft, String> get, BiFunction<Draft, String, Draft> with,
                                                 double width) {
        TableColumn<BattleTask, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(get.apply(vm.draft(x.getValue()))));
        c.setCellFactory(x -> new cn.techcity.cockpit.ui.common.TypingCell<>());
        c.setOnEditCommit(e -> {
            vm.set(e.getRowValue(), with.apply(vm.draft(e.getRowValue()), e.getNewValue() == null ? "" : e.getNewValue()));
            changed();
        });
        return c;
    }

    private void changed() {
        List<String> problems = vm.allProblems();
        EditTables.showState(info, problems, vm.isDirty(), i18n);
        saveButton.setDisable(session == null || !vm.isDirty() || !problems.isEmpty() || validation.isInvalid());
        clerk.setDisable(session == null);
        table.refresh();
    }

    @FXML
    private void save() {
        cn.techcity.cockpit.ui.common.TypingCell.commitEditing(table);     // a value still in its cell is saved too
        if (session == null || !vm.isDirty() || !vm.allProblems().isEmpty()) {
            return;
        }
        String who = clerk.getText() == null ? "" : clerk.getText().strip();
        if (who.isEmpty()) {
            info.setText(i18n.t("editor.no-clerk"));
            return;
        }
        saveButton.setDisable(true);
        // the session publishes the saved data to every view (this table too) before this lands
        session.saveTasks(who, vm.toEdits()).onSuccess(d -> {
            data = d;
            vm.saved(d);
            table.setItems(FXCollections.observableArrayList(vm.tasks()));
            info.setText(i18n.t("tasks.saved"));
        }).onFailure(failure -> EditTables.showSaveFailure(failure, i18n, root))
                .always(() -> saveButton.setDisable(!vm.isDirty())).start();
    }

    /** The checks of the fields above the table, for tests. */
    org.controlsfx.validation.ValidationSupport validation() {
        return validation;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData newData, int month) {
        data = newData;
        vm.rebase(newData);
        if (!vm.isDirty()) {
            table.setItems(FXCollections.observableArrayList(vm.tasks()));
        }
        changed();
    }

    /** Also a value typed into a cell and not committed yet: closing the window asks. */
    @Override
    public boolean hasUnsavedChanges() {
        return vm.isDirty() || table.getEditingCell() != null;
    }
}
