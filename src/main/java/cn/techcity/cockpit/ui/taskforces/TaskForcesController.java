package cn.techcity.cockpit.ui.taskforces;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Labels;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** 专班赛马: the bi-monthly ranking with scores and the movement since the period before. */
public final class TaskForcesController implements CockpitView {
    private final I18n i18n;
    private final CockpitData structure;
    private final Map<String, Row> rows = new HashMap<>();

    @FXML private VBox root;
    @FXML private Label periodLabel;
    @FXML private GridPane ranking;

    public TaskForcesController(I18n i18n, CockpitData structure) {
        this.i18n = i18n;
        this.structure = structure;
    }

    private final class Row {
        final Label rank = Labels.styled("rank-number");
        final Label name = Labels.styled("rank-name");
        final Label area = Labels.styled("rank-area");
        final Label score = Labels.styled("rank-score");
        final Region bar = new Region();
        final StackPane barBox = new StackPane(bar);
        final Label move = Labels.styled("rank-move");

        Row(TaskForce tf) {
            name.setText(tf.name());
            area.setText(structure.section(tf.sectionCode()).map(s -> s.title()).orElse(""));
            bar.getStyleClass().add("score-bar");
            StackPane.setAlignment(bar, javafx.geometry.Pos.CENTER_LEFT);
            score.setId("score-" + tf.code());
            rank.setId("rank-" + tf.code());
        }

        void place(int index) {
            Label[] cells = {rank, name, area, score, move};
            ranking.getChildren().removeAll(cells);
            ranking.getChildren().remove(barBox);
            ranking.add(rank, 0, index);
            ranking.add(name, 1, index);
            ranking.add(area, 2, index);
            ranking.add(barBox, 3, index);
            ranking.add(score, 4, index);
            ranking.add(move, 5, index);
        }

        void hide() {
            ranking.getChildren().removeAll(rank, name, area, barBox, score, move);
        }
    }


    @FXML
    private void initialize() {
        String[] headers = {"taskforces.col-rank", "taskforces.col-name", "taskforces.col-area", "taskforces.col-bar",
                "taskforces.col-score", "taskforces.col-move"};
        for (int i = 0; i < headers.length; i++) {
            Label h = Labels.styled("rank-header");
            h.setText(i18n.t(headers[i]));
            ranking.add(h, i, 0);
        }
        double[] widths = {90, 380, 330, -1, 130, 150};
        for (double w : widths) {
            ColumnConstraints c = new ColumnConstraints();
            if (w < 0) {
                c.setHgrow(Priority.ALWAYS);
            } else {
                c.setPrefWidth(w);
                c.setMinWidth(w);
            }
            c.setHalignment(w == 90 ? HPos.CENTER : HPos.LEFT);
            ranking.getColumnConstraints().add(c);
        }
        for (TaskForce tf : structure.taskForces()) {
            rows.put(tf.code(), new Row(tf));
        }
    }

    /**
     * A bar's length: the score on the scale it is given in, 0 to 100, from zero (80.0 is four fifths of the bar, not
     * 38 % of 95.9's as when the bars started below the lowest score); a sliver for a score of 0.
     */
    static double barShare(java.math.BigDecimal score) {
        double v = score == null ? 0 : score.doubleValue() / 100.0;
        return Math.max(0.02, Math.min(1.0, v));
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData data, int month) {
        int period = TaskForcesViewModel.period(month);
        if (period == 0) {
            periodLabel.setText(i18n.t("taskforces.no-period"));
        } else {
            periodLabel.setText(i18n.t("taskforces.period", Integer.toString(data.year()), period,
                    TaskForceScore.periodLabel(period)));
        }
        List<TaskForcesViewModel.Rank> ranks = period == 0 ? List.of() : TaskForcesViewModel.ranking(data, period);
        rows.values().forEach(Row::hide);
        int index = 1;
        for (TaskForcesViewModel.Rank r : ranks) {
            Row row = rows.get(r.taskForce().code());
            if (row == null) {
                continue;
            }
            row.rank.setText(Integer.toString(r.rank()));
            row.score.setText(ValueFormat.number(r.score(), 1));
            row.bar.setMaxWidth(Region.USE_PREF_SIZE);
            row.bar.prefWidthProperty().unbind();
            row.bar.prefWidthProperty().bind(row.barBox.widthProperty().multiply(barShare(r.score())));
            if (r.isNew()) {
                row.move.setText(i18n.t("taskforces.move-new"));
                StatusStyle.apply(row.move, Status.NO_DATA);
            } else if (r.movement() > 0) {
                row.move.setText("▲ " + r.movement());
                StatusStyle.apply(row.move, Status.GREEN);
            } else if (r.movement() < 0) {
                row.move.setText("▼ " + (-r.movement()));
                StatusStyle.apply(row.move, Status.RED);
            } else {
                row.move.setText("—");
                StatusStyle.apply(row.move, Status.NO_DATA);
            }
            row.place(index++);
        }
    }
}
