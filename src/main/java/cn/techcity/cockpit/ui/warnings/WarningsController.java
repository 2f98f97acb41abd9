package cn.techcity.cockpit.ui.warnings;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Labels;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.BiConsumer;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * 预警: the indicators behind (most behind first) with their area, task force and 倒排; what turned red this month; the
 * battle tasks late or due within 30 days. An entry opens where it lives: an indicator its area with its tile selected,
 * a task its battle.
 */
public final class WarningsController implements CockpitView {
    /** Room the lists keep for their scroll bar and the cells' padding. */
    private static final double LIST_INSET = 40;

    private final I18n i18n;
    private final CockpitData structure;
    private final Clock clock;
    private final BiConsumer<ViewId, String> open;
    private WarningsViewModel.Shown shown;

    @FXML private VBox root;
    @FXML private Label summary;
    @FXML private ListView<WarningsViewModel.Entry> behind;
    @FXML private ListView<WarningsViewModel.Entry> turnedRed;
    @FXML private ListView<WarningsViewModel.TaskEntry> tasks;

    /**
     * @param clock "today", for the tasks' days overdue and days left
     * @param open  opens a view; with an indicator's code, that indicator's tile is selected in it
     */
    public WarningsController(I18n i18n, CockpitData structure, Clock clock, BiConsumer<ViewId, String> open) {
        this.i18n = i18n;
        this.structure = structure;
        this.clock = clock;
        this.open = open;
    }

    @FXML
    private void initialize() {
        root.setId("warnings");
        behind.setPlaceholder(Labels.styled("warn-placeholder"));
        ((Label) behind.getPlaceholder()).setText(i18n.t("warnings.none-behind"));
        turnedRed.setPlaceholder(Labels.styled("warn-placeholder"));
        ((Label) turnedRed.getPlaceholder()).setText(i18n.t("warnings.none-turned-red"));
        tasks.setPlaceholder(Labels.styled("warn-placeholder"));
        ((Label) tasks.getPlaceholder()).setText(i18n.t("warnings.none-tasks"));
        behind.setCellFactory(l -> new EntryCell(l, false));
        turnedRed.setCellFactory(l -> new EntryCell(l, true));
        tasks.setCellFactory(TaskCell::new);
        behind.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && behind.getSelectionModel().getSelectedItem() != null) {
                openEntry(behind.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        turnedRed.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && turnedRed.getSelectionModel().getSelectedItem() != null) {
                openEntry(turnedRed.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        tasks.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && tasks.getSelectionModel().getSelectedItem() != null) {
                openTask(tasks.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
    }

    /**
     * Opens the area of an indicator behind, its tile selected (the headline figures: the overview; a battle's indicator
     * of a turned year: the view its battle shows in).
     */
    void openEntry(WarningsViewModel.Entry e) {
        open.accept(ViewId.ofSection(e.sectionCode()).filter(ViewId::isArea)
                .or(() -> ViewId.ofBattle(structure, e.sectionCode())).orElse(ViewId.OVERVIEW), e.indicatorCode());
    }

    private void openTask(WarningsViewModel.TaskEntry t) {
        open.accept(ViewId.ofBattle(structure, t.battleCode()).orElse(ViewId.BATTLES), null);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData data, int month) {
        WarningsViewModel.Shown now = WarningsViewModel.of(data, month, LocalDate.now(clock), i18n);
        if (now.equals(shown)) {
            return;     // nothing changed: the lists keep their selection and scroll
        }
        shown = now;
        summary.setText(now.summary());
        behind.setItems(FXCollections.observableArrayList(now.behind()));
        turnedRed.setItems(FXCollections.observableArrayList(now.turnedRed()));
        tasks.setItems(FXCollections.observableArrayList(now.tasks()));
    }

    @Override
    public void shown() {
        behind.requestFocus();
        if (!behind.getItems().isEmpty() && behind.getSelectionModel().isEmpty()) {
            behind.getSelectionModel().select(0);
        }
    }

    /** What the view shows, for tests. */
    public WarningsViewModel.Shown content() {
        return shown;
    }

    /** The list of the indicators behind, for tests. */
    public ListView<WarningsViewModel.Entry> behindList() {
        return behind;
    }

    private static Label wrapping(String styleClass) {
        Label l = Labels.styled(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /**
     * A cell's height with its texts wrapped at the width the cell gives them (a list asks its cells for their height
     * without a width, and a wrapping label then counts one line: the second line would be cut).
     */
    private static double heightAt(ListCell<?> cell, Region content) {
        double w = content.getPrefWidth();
        double h = w > 0 ? content.prefHeight(w) : content.prefHeight(-1);
        return cell.snappedTopInset() + h + cell.snappedBottomInset();
    }

    /** An indicator behind: rank, name, status and gap; area · task force · figures; its 倒排; last month's status. */
    private final class EntryCell extends ListCell<WarningsViewModel.Entry> {
        private final Label rank = Labels.styled("warn-rank");
        private final Label name = wrapping("warn-name");
        private final Label status = Labels.styled("chip");
        private final Label gap = Labels.styled("warn-gap");
        private final Label facts = wrapping("warn-facts");
        private final Label pace = wrapping("warn-pace");
        private final Label was = Labels.styled("warn-was");
        private final VBox content;
        private final HBox row;
        private final boolean compact;

        EntryCell(ListView<WarningsViewModel.Entry> list, boolean compact) {
            this.compact = compact;
            status.setMinWidth(Region.USE_PREF_SIZE);
            gap.setMinWidth(Region.USE_PREF_SIZE);
            was.setMinWidth(Region.USE_PREF_SIZE);
            rank.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            // beside the 本月新转红 list's narrow room the gap goes under the name, so that the name keeps its words whole;
            // in the main list it follows the name (a node has one parent: the gap is placed in one of the two only)
            HBox head = compact ? new HBox(10, status, name) : new HBox(10, status, name, gap);
            head.setAlignment(Pos.CENTER_LEFT);
            if (compact) {
                HBox second = new HBox(12, gap, was);
                second.setAlignment(Pos.BASELINE_LEFT);
                HBox.setHgrow(was, Priority.ALWAYS);
                content = new VBox(4, head, second, facts);
            } else {
                content = new VBox(4, head, facts, pace);
            }
            HBox.setHgrow(content, Priority.ALWAYS);
            row = compact ? new HBox(content) : new HBox(10, rank, content);
            row.setAlignment(Pos.TOP_LEFT);
            // the cell as wide as the list (no side scrolling): the texts wrap inside it
            row.prefWidthProperty().bind(list.widthProperty().subtract(LIST_INSET));
            row.setMaxWidth(Region.USE_PREF_SIZE);
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    openEntry(getItem());
                }
            });
        }

        @Override
        protected double computePrefHeight(double width) {
            return getGraphic() == null ? super.computePrefHeight(width) : heightAt(this, row);
        }

        @Override
        protected void updateItem(WarningsViewModel.Entry e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId((compact ? "turned-" : "behind-") + e.indicatorCode());
            rank.setText(Integer.toString(e.rank()));
            name.setText(e.name());
            status.setText(e.statusWord());
            gap.setText(e.gap());
            facts.setText(e.facts());
            pace.setText(String.join("\n", e.pace()));
            pace.setVisible(!e.pace().isEmpty());
            pace.setManaged(!e.pace().isEmpty());
            was.setText(e.was() == null ? "" : e.was());
            StatusStyle.apply(row, e.status());
            setGraphic(row);
        }
    }

    /** A battle task late or due soon: days overdue / left, the title, the battle, owner and due date. */
    private final class TaskCell extends ListCell<WarningsViewModel.TaskEntry> {
        private final Label when = Labels.styled("warn-when");
        private final Label title = wrapping("warn-task");
        private final Label line = wrapping("warn-facts");
        private final VBox row;

        TaskCell(ListView<WarningsViewModel.TaskEntry> list) {
            when.setMinWidth(Region.USE_PREF_SIZE);
            HBox.setHgrow(title, Priority.ALWAYS);
            title.setMaxWidth(Double.MAX_VALUE);
            HBox head = new HBox(10, when, title);
            head.setAlignment(Pos.TOP_LEFT);
            row = new VBox(2, head, line);
            row.prefWidthProperty().bind(list.widthProperty().subtract(LIST_INSET));
            row.setMaxWidth(Region.USE_PREF_SIZE);
            setPrefWidth(0);
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    openTask(getItem());
                }
            });
        }

        @Override
        protected double computePrefHeight(double width) {
            return getGraphic() == null ? super.computePrefHeight(width) : heightAt(this, row);
        }

        @Override
        protected void updateItem(WarningsViewModel.TaskEntry t, boolean empty) {
            super.updateItem(t, empty);
            setText(null);
            if (empty || t == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("task-" + t.taskCode());
            when.setText(t.when());
            title.setText(t.title());
            line.setText(t.line());
            row.getStyleClass().removeAll("task-overdue", "task-soon");
            row.getStyleClass().add(t.overdue() ? "task-overdue" : "task-soon");
            setGraphic(row);
        }
    }
}
