package cn.techcity.cockpit.ui.battles;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.TaskRollup;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Labels;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.tiles.TaskStatusStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** 四大攻坚战: the four battles side by side, each with its leap, targets, tasks by status and its overdue tasks. */
public final class BattlesController implements CockpitView {
    private static final int LIST_LINES = 5;

    private final I18n i18n;
    private final CockpitData structure;
    private final Consumer<ViewId> navigate;
    private final Clock clock;
    private final Map<String, Column> columnsByBattle = new HashMap<>();

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label subtitle;
    @FXML private HBox columns;

    public BattlesController(I18n i18n, CockpitData structure, Consumer<ViewId> navigate, Clock clock) {
        this.i18n = i18n;
        this.structure = structure;
        this.navigate = navigate;
        this.clock = clock;
    }

    private final class Column {
        final VBox box = new VBox();
        final Label done = Labels.styled("battle-done");
        final HBox stacked = new HBox();
        final Map<TaskStatus, Region> parts = new HashMap<>();
        final Label statusLine = Labels.styled("status-line");
        final Label overdueCount = Labels.styled("overdue-count");
        final VBox overdueList = new VBox(2);
        final VBox upcomingList = new VBox(2);
        final Label upcomingHeading = heading("battles.upcoming");
        int shownYear;
        final VBox targetList = new VBox(2);
        final List<Indicator> targets;
        final String code;

        Column(Section battle) {
            code = battle.code();
            Label t = Labels.styled("battle-title");
            t.setText(battle.title());
            t.setWrapText(true);
            Label leap = Labels.styled("battle-leap");
            leap.setText(battle.subtitle());
            done.setId("battles-done-" + battle.code());
            overdueCount.setId("battles-overdue-" + battle.code());
            stacked.getStyleClass().add("stacked");
            for (TaskStatus s : new TaskStatus[] {TaskStatus.DONE, TaskStatus.IN_PROGRESS, TaskStatus.TO_ADJUST,
                    TaskStatus.DELAYED, TaskStatus.NOT_STARTED}) {
                Region part = new Region();
                part.getStyleClass().add("stacked-part");
                TaskStatusStyle.apply(part, s, false);
                parts.put(s, part);
                stacked.getChildren().add(part);
            }
            statusLine.setWrapText(true);
            targets = structure.indicators(battle.code());
            box.getChildren().addAll(t, leap, done, stacked, statusLine, overdueCount, overdueList,
                    upcomingHeading, upcomingList);
            if (!targets.isEmpty()) {
                box.getChildren().addAll(heading("battles.targets"), targetList);
            }
            box.getStyleClass().addAll("panel", "battle-column");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(400);
            ViewId view = ViewId.ofBattle(structure, battle.code()).orElse(ViewId.BATTLES);
            box.setOnMouseClicked(e -> navigate.accept(view));
        }

        void update(CockpitData data, LocalDate today) {
            shownYear = data.year();
            List<BattleTask> tasks = data.tasks(code);
            TaskRollup r = TaskRollup.of(tasks, today);
            done.setText(i18n.t("battles.done", r.done(), r.total()));
            for (var e : parts.entrySet()) {
                int n = r.byStatus().get(e.getKey());
                e.getValue().setVisible(n > 0);
                e.getValue().setManaged(n > 0);
                e.getValue().prefWidthProperty().unbind();
                e.getValue().prefWidthProperty().bind(stacked.widthProperty().multiply(r.total() == 0 ? 0 : (double) n / r.total()));
            }
            List<String> parts = new ArrayList<>();
            for (TaskStatus s : TaskStatus.values()) {
                int n = r.byStatus().get(s);
                if (n > 0) {
                    parts.add(i18n.t(TaskStatusStyle.messageKey(s)) + " " + n);
                }
            }
            statusLine.setText(String.join("  ", parts));
            overdueCount.setText(r.overdue() == 0 ? i18n.t("battles.no-overdue") : i18n.t("battles.overdue", r.overdue()));
            overdueCount.getStyleClass().remove("none");
            if (r.overdue() == 0) {
                overdueCount.getStyleClass().add("none");
            }
            lines(overdueList, r.overdueTasks(), true);
            List<BattleTask> soon = TaskRollup.upcoming(tasks, today, LIST_LINES);
            boolean planned = soon.isEmpty();
            upcomingHeading.setText(i18n.t(planned ? "battles.planned" : "battles.upcoming"));
            lines(upcomingList, planned ? TaskRollup.planned(tasks, today, LIST_LINES) : soon, false);
            targetList.getChildren().clear();
            for (Indicator i : targets) {
                int y = data.year() + i.planYearOffset();
                Label l = Labels.styled("target-line");
                l.setWrapText(true);
                l.setText(i18n.t("battles.target-line", i.name(),
                        data.target(i.code(), y).map(t -> ValueFormat.withUnit(t.base(), i)).orElse(ValueFormat.MISSING),
                        Integer.toString(y)));
                targetList.getChildren().add(l);
            }
        }

        private void lines(VBox box, List<BattleTask> tasks, boolean overdue) {
            box.getChildren().clear();
            for (BattleTask t : tasks.subList(0, Math.min(LIST_LINES, tasks.size()))) {
                Label l = Labels.styled("task-line");
                if (overdue) {
                    l.getStyleClass().add("overdue");
                }
                l.setWrapText(true);
                l.setText(i18n.t("battles.task-line", i18n.date(t.due(), shownYear), t.title()));
                box.getChildren().add(l);
            }
            if (tasks.size() > LIST_LINES) {
                Label more = Labels.styled("task-line");
                more.setText(i18n.t("battles.more", tasks.size() - LIST_LINES));
                box.getChildren().add(more);
            }
        }
    }

    private Label heading(String key) {
        Label l = Labels.styled("block-heading");
        l.setText(i18n.t(key));
        return l;
    }


    @FXML
    private void initialize() {
        title.setText(i18n.t("battles.title"));
        subtitle.setText(i18n.t(structure.battlesYear() > structure.year() ? "battles.subtitle" : "battles.subtitle-year",
                Integer.toString(structure.battlesYear())));
        for (Section b : structure.sections(SectionKind.BATTLE)) {
            Column c = new Column(b);
            columnsByBattle.put(b.code(), c);
            columns.getChildren().add(c.box);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData data, int month) {
        LocalDate today = LocalDate.now(clock);
        columnsByBattle.values().forEach(c -> c.update(data, today));
    }
}
