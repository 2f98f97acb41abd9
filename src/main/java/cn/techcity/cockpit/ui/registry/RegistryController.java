package cn.techcity.cockpit.ui.registry;

import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.EditTables;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.registry.RegistryViewModel.ProjectDraft;
import java.util.List;
import java.util.Locale;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** 项目与赛马录入: each project's stage and investment, and the task forces' scores of a two-month period. */
public final class RegistryController implements CockpitView {
    private final I18n i18n;
    private final Session session;
    private final RegistryViewModel vm;
    private CockpitData data;

    @FXML private VBox root;
    @FXML private TextField clerk;
    @FXML private Button saveButton;
    @FXML private TableView<Project> projects;
    @FXML private TableView<TaskForce> scores;
    @FXML private ComboBox<Integer> period;
    @FXML private Label info;

    /** {@code session} null: read-only (snapshots). */
    public RegistryController(I18n i18n, CockpitData data, int month, Session session) {
        this.i18n = i18n;
        this.data = data;
        this.session = session;
        this.vm = new RegistryViewModel(data, Math.max(1, TaskForceScore.lastCompletePeriod(month)));
    }

    public RegistryViewModel viewModel() {
        return vm;
    }

    private <E extends Enum<E>> StringConverter<E> names(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : i18n.t(prefix + e.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void initialize() {
        clerk.setText(System.getProperty("user.name", ""));
        projects.setEditable(session != null);
        scores.setEditable(session != null);
        projects.getColumns().add(EditTables.<Project>readOnly(i18n.t("registry.col-area"), p -> data.section(p.sectionCode()).map(s -> s.title()).orElse(""), 190));
        projects.getColumns().add(EditTables.<Project>readOnly(i18n.t("registry.col-project"), Project::name, 380));
        TableColumn<Project, ProjectStage> stage = new TableColumn<>(i18n.t("registry.col-stage"));
        stage.setPrefWidth(110);
        stage.setSortable(false);
        stage.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.draft(c.getValue()).stage()));
        stage.setCellFactory(ComboBoxTableCell.forTableColumn(names("stage."), ProjectStage.values()));
        stage.setOnEditCommit(e -> edit(e.getRowValue(), d -> new ProjectDraft(e.getNewValue(), d.buildType(), d.planned(), d.completed())));
        projects.getColumns().add(stage);
        TableColumn<Project, BuildType> type = new TableColumn<>(i18n.t("registry.col-type"));
        type.setPrefWidth(90);
        type.setSortable(false);
        type.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(vm.draft(c.getValue()).buildType()));
        type.setCellFactory(ComboBoxTableCell.forTableColumn(names("build."), BuildType.values()));
        type.setOnEditCommit(e -> edit(e.getRowValue(), d -> new ProjectDraft(d.stage(), e.getNewValue(), d.planned(), d.completed())));
        projects.getColumns().add(type);
        projects.getColumns().add(amount(i18n.t("area.col-planned"), ProjectDraft::planned,
                (d, v) -> new ProjectDraft(d.stage(), d.buildType(), v, d.completed())));
        projects.getColumns().add(amount(i18n.t("area.col-completed"), ProjectDraft::completed,
                (d, v) -> new ProjectDraft(d.stage(), d.buildType(), d.planned(), v)));
        EditTables.markEditedRows(projects, vm::isEdited, p -> vm.problems(p).isEmpty());
        projects.getSelectionModel().setCellSelectionEnabled(true);
        cn.techcity.cockpit.ui.common.TypingCell.typeToEdit(projects);
        projects.setItems(FXCollections.observableArrayList(vm.projectRows()));

        scores.getColumns().add(EditTables.<TaskForce>readOnly(i18n.t("taskforces.col-name"), TaskForce::name, 230));
        scores.getColumns().add(EditTables.<TaskForce>readOnly(i18n.t("taskforces.col-area"), tf -> data.section(tf.sectionCode()).map(s -> s.title()).orElse(""), 190));
        TableColumn<TaskForce, String> score = new TableColumn<>(i18n.t("registry.col-score"));
        score.setPrefWidth(110);
        score.setSortable(false);
        score.setCellValueFactory(c -> new ReadOnlyStringWrapper(vm.score(c.getValue())));
        score.setCellFactory(x -> new cn.techcity.cockpit.ui.common.TypingCell<>());
        score.setOnEditCommit(e -> {
            vm.setScore(e.getRowValue(), e.getNewValue());
            changed();
        });
        scores.getColumns().add(score);
        EditTables.markEditedRows(scores, vm::isEdited, tf -> vm.problems(tf).isEmpty());
        scores.getSelectionModel().setCellSelectionEnabled(true);
        cn.techcity.cockpit.ui.common.TypingCell.typeToEdit(scores);
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == javafx.scene.input.KeyCode.S) {
                save();
                e.consume();
            }
        });
        scores.setItems(FXCollections.observableArrayList(vm.taskForceRows()));
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer p) {
                return p == null ? "" : i18n.t("taskforces.period", Integer.toString(data.year()), p, TaskForceScore.periodLabel(p));
            }

            @Override
            public Integer fromString(String s) {
                return null;
            }
        });
        period.getItems().setAll(1, 2, 3, 4, 5, 6);
        period.setValue(vm.period());
        period.valueProperty().addListener((o, was, now) -> {
            if (now != null && now != vm.period() && !vm.setPeriod(now)) {
                info.setText(i18n.t("registry.period-locked"));
                Platform.runLater(() -> period.setValue(vm.period()));
            }
            scores.refresh();
        });
        changed();
    }

    private void edit(Project p, Function<ProjectDraft, ProjectDraft> change) {
        vm.set(p, change.apply(vm.draft(p)));
        changed();
    }

    private TableColumn<Project, String> amount(String header, Function<ProjectDraft, String> get,
                                                BiFunction<ProjectDraft, String, ProjectDraft> with) {
        TableColumn<Project, String> c = new TableColumn<>(header);
        c.setPrefWidth(160);
        c.setSortable(false);
        c.setCellValueFactory(x -> new ReadOnlyStringWrapper(get.apply(vm.draft(x.getValue()))));
        c.setCellFactory(x -> new cn.techcity.cockpit.ui.common.TypingCell<>());
        c.setOnEditCommit(e -> edit(e.getRowValue(), d -> with.apply(d, e.getNewValue() == null ? "" : e.getNewValue().strip())));
        return c;
    }

    private void changed() {
        List<String> problems = vm.allProblems();
        EditTables.showState(info, problems, vm.isDirty(), i18n);
        saveButton.setDisable(session == null || !vm.isDirty() || !problems.isEmpty());
        clerk.setDisable(session == null);
        projects.refresh();
        scores.refresh();
    }

    @FXML
    private void save() {
        cn.techcity.cockpit.ui.common.TypingCell.commitEditing(projects);   // a value still in its cell is saved too
        cn.techcity.cockpit.ui.common.TypingCell.commitEditing(scores);
        if (session == null || !vm.isDirty() || !vm.allProblems().isEmpty()) {
            return;
        }
        String who = clerk.getText() == null ? "" : clerk.getText().strip();
        if (who.isEmpty()) {
            info.setText(i18n.t("editor.no-clerk"));
            return;
        }
        saveButton.setDisable(true);
        // the session publishes the saved data to every view (these tables too) before this lands
        session.saveRegistry(who, vm.projectEdits(), vm.scoreEdits()).onSuccess(d -> {
            data = d;
            vm.saved(d);
            info.setText(i18n.t("registry.saved"));
        }).onFailure(failure -> EditTables.showSaveFailure(failure, i18n, root)).always(this::changed).start();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData newData, int month) {
        data = newData;
        vm.rebase(newData);
        changed();
    }

    /** Also a value typed into a cell and not committed yet: closing the window asks. */
    @Override
    public boolean hasUnsavedChanges() {
        return vm.isDirty() || projects.getEditingCell() != null || scores.getEditingCell() != null;
    }
}
