package cn.techcity.cockpit.ui.battle;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.TaskRollup;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.TaskStatusChange;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Labels;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.tiles.KpiTile;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
import cn.techcity.cockpit.ui.tiles.TaskStatusStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One battle of the plan year: its summary (done, in progress, overdue), its targets as tiles, and the 督办 list of
 * tasks with owner, due date, status and last progress note beside a timeline of the year with today's line.
 */
public final class BattleController implements CockpitView {
    private static final int HISTORY_LINES = 4;

    private final I18n i18n;
    private final Theme theme;
    private final CockpitData structure;
    private final String battleCode;
    private final Clock clock;
    private final Map<String, Row> rows = new HashMap<>();
    private final List<KpiTile> targetTiles = new ArrayList<>();
    private final Label doneNumber = new Label();
    private final Label progressNumber = new Label();
    private final Label overdueNumber = new Label();
    private final Label notStartedNumber = new Label();
    private List<TaskStatusChange> shownHistory;
    private VBox overdueBox;

    @FXML private VBox root;
    @FXML private Label title;
    @FXML private Label leap;
    @FXML private HBox summary;
    @FXML private GridPane tasks;
    @FXML private VBox historyPanel;
    @FXML private VBox history;

    public BattleController(I18n i18n, Theme theme, CockpitData structure, String battleCode, Clock clock) {
        this.i18n = i18n;
        this.theme = theme;
        this.structure = structure;
        this.battleCode = battleCode;
        this.clock = clock;
    }

    private final class Row {
        final Label title = Labels.styled("task-title");
        final Label owner = Labels.styled("task-owner");
        final Label due = Labels.styled("task-due");
        final Label status = Labels.styled("chip");
        final Label note = Labels.styled("task-note");
        final TimelineBar timeline = new TimelineBar();

        Row(BattleTask t) {
            title.setText(t.title());
            title.setWrapText(true);
            note.setWrapText(true);
            status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            status.setId("task-status-" + t.code());
            due.setId("task-due-" + t.code());
        }
    }


    @FXML
    private void initialize() {
        // a battle not planned for the year shown (a past year, or a year whose plan has other battles) keeps its view,
        // empty, under its own name
        Section battle = structure.section(battleCode).or(() -> structure.allSections().stream()
                .filter(s -> s.code().equals(battleCode)).findFirst())
                .orElse(new Section(battleCode, cn.techcity.cockpit.domain.SectionKind.BATTLE, 6, battleCode, ""));
        root.setId("battle-" + battleCode);
        title.setText(i18n.t("battle.title", i18n.ordinal(battle.ord() - 5), battle.title()));
        leap.setText(battle.subtitle());

        summary.getChildren().addAll(summaryBox(doneNumber, "battle.done", Status.GREEN),
                summaryBox(progressNumber, "battle.in-progress", Status.NO_DATA),
                summaryBox(notStartedNumber, "battle.not-started", Status.NO_DATA),
                overdueBox = summaryBox(overdueNumber, "battle.overdue", Status.RED));
        List<Indicator> targets = structure.indicators(battleCode);
        for (Indicator i : targets) {
            KpiTile tile = new KpiTile(i, i18n, theme, false);
            tile.node().setPrefSize(360, 200);
            tile.node().setMinHeight(200);
            targetTiles.add(tile);
            summary.getChildren().add(tile.node());
        }
        doneNumber.setId("battle-done-" + battleCode);
        overdueNumber.setId("battle-overdue-" + battleCode);

        String[] headers = {"battle.col-task", "battle.col-owner", "battle.col-due", "battle.col-status", "battle.col-note"};
        double[] widths = {470, 150, 110, 100, 250};
        for (int c = 0; c < headers.length; c++) {
            Label h = Labels.styled("task-header");
            h.setText(i18n.t(headers[c]));
            tasks.add(h, c, 0);
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPrefWidth(widths[c]);
            cc.setMinWidth(widths[c]);
            cc.setMaxWidth(widths[c]);
            tasks.getColumnConstraints().add(cc);
        }
        HBox monthsRow = new HBox();
        for (int m = 1; m <= 12; m++) {
            Label l = Labels.styled("timeline-month");
            l.setText(i18n.t("battle.month", m));
            l.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(l, Priority.ALWAYS);
            monthsRow.getChildren().add(l);
        }
        tasks.add(monthsRow, 5, 0);
        ColumnConstraints timeline = new ColumnConstraints();
        timeline.setHgrow(Priority.ALWAYS);
        timeline.setMinWidth(200);
        tasks.getColumnConstraints().add(timeline);

        int r = 1;
        java.util.Map<String, String> moves = new java.util.HashMap<>();
        structure.structure().forEach(i -> {
            if (i.link() != null) {
                structure.indicator(i.link()).ifPresent(ind -> moves.put(i.code(), ind.name()));
            }
        });
        for (BattleTask t : structure.tasks(battleCode)) {
            Row row = new Row(t);
            rows.put(t.code(), row);
            if (moves.containsKey(t.code())) {
                // the indicator the task moves (结构维护's 关联指标), under the whole title
                row.title.setTooltip(new javafx.scene.control.Tooltip(t.title() + "\n" + i18n.t("battle.moves", moves.get(t.code()))));
                row.title.setId("task-title-" + t.code());
            }
            tasks.add(row.title, 0, r);
            tasks.add(row.owner, 1, r);
            tasks.add(row.due, 2, r);
            tasks.add(row.status, 3, r);
            tasks.add(row.note, 4, r);
            tasks.add(row.timeline, 5, r);
            r++;
        }
    }

    private VBox summaryBox(Label number, String key, Status colour) {
        number.getStyleClass().add("summary-number");
        Label label = Labels.styled("summary-label");
        label.setText(i18n.t(key));
        VBox box = new VBox(number, label);
        box.getStyleClass().addAll("panel", "summary-box");
        StatusStyle.apply(box, colour);
        return box;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData data, int month) {
        LocalDate today = LocalDate.now(clock);
        List<BattleTask> list = data.tasks(battleCode);
        TaskRollup rollup = TaskRollup.of(list, today);
        doneNumber.setText(i18n.t("battle.done-of", rollup.done(), rollup.total()));
        progressNumber.setText(Integer.toString(rollup.byStatus().get(TaskStatus.IN_PROGRESS)));
        notStartedNumber.setText(Integer.toString(rollup.byStatus().get(TaskStatus.NOT_STARTED)));
        overdueNumber.setText(Integer.toString(rollup.overdue()));
        StatusStyle.apply(overdueBox, rollup.overdue() > 0 ? Status.RED : Status.GREEN);
        int planYear = data.battlesYear();
        double now = BattleViewModel.fractionOfYear(today, planYear);
        for (BattleTask t : list) {
            Row row = rows.get(t.code());
            if (row == null) {
                continue;
            }
            boolean overdue = t.overdueOn(today);
            row.owner.setText(t.owner() == null ? i18n.t("battle.unassigned") : t.owner());
            if (t.owner() == null) {
                if (!row.owner.getStyleClass().contains("unassigned")) {
                    row.owner.getStyleClass().add("unassigned");
                }
            } else {
                row.owner.getStyleClass().remove("unassigned");
            }
            row.due.setText(t.due() == null ? "—" : i18n.t("battle.due", i18n.date(t.due(), planYear)));
            if (overdue) {
                if (!row.due.getStyleClass().contains("overdue")) {
                    row.due.getStyleClass().add("overdue");
                }
            } else {
                row.due.getStyleClass().remove("overdue");
            }
            row.status.setText(overdue ? i18n.t("battle.overdue-chip", i18n.t(TaskStatusStyle.messageKey(t.status())))
                    : i18n.t(TaskStatusStyle.messageKey(t.status())));
            TaskStatusStyle.apply(row.status, t.status(), overdue);
            TaskStatusStyle.apply(row.timeline, t.status(), overdue);
            row.note.setText(t.progressNote() == null ? "" : t.progressNote());
            row.timeline.set(0, t.due() == null ? Double.NaN : BattleViewModel.fractionOfYear(t.due(), planYear), now);
        }
        for (KpiTile tile : targetTiles) {
            data.indicator(tile.indicator().code()).ifPresent(i -> {
                // the plan year's figures as of this month; before the plan year starts there is no time progress yet
                if (today.getYear() == planYear) {
                    tile.update(data.assess(i, today.getMonthValue()));
                } else {
                    tile.updateBeforeYear(data.assess(i, 1), i18n.t(today.getYear() < planYear ? "kpi.year-not-started" : "kpi.year-over"));
                }
            });
        }
        List<TaskStatusChange> changes = data.taskHistory(battleCode);
        if (changes.equals(shownHistory)) {
            return;
        }
        shownHistory = changes;
        history.getChildren().clear();
        for (TaskStatusChange c : changes.subList(0, Math.min(HISTORY_LINES, changes.size()))) {
            BattleTask task = list.stream().filter(t -> t.code().equals(c.taskCode())).findFirst().orElse(null);
            Label line = Labels.styled("history-line");
            line.setWrapText(true);
            var at = java.time.LocalDateTime.ofInstant(c.at(), ZoneId.systemDefault());
            line.setText(i18n.t("battle.history-line", String.format("%d-%02d-%02d %02d:%02d", at.getYear(), at.getMonthValue(),
                            at.getDayOfMonth(), at.getHour(), at.getMinute()), c.who(), task == null ? c.taskCode() : task.title(),
                    c.oldStatus() == null ? "—" : i18n.t(TaskStatusStyle.messageKey(c.oldStatus())),
                    i18n.t(TaskStatusStyle.messageKey(c.newStatus())), c.note() == null ? "" : c.note()));
            history.getChildren().add(line);
        }
        boolean hasHistory = !changes.isEmpty();
        historyPanel.setVisible(hasHistory);
        historyPanel.setManaged(hasHistory);
    }
}
