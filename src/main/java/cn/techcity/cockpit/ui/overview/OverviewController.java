package cn.techcity.cockpit.ui.overview;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.TaskRollup;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.tiles.KpiTile;
import cn.techcity.cockpit.ui.tiles.ProgressTrack;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
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
import javafx.scene.layout.VBox;

/** 总览: the headline figures, a card per work area with its status counts, a card per battle with its progress. */
public final class OverviewController implements CockpitView {
    private final I18n i18n;
    private final Theme theme;
    private final CockpitData structure;
    private final Consumer<ViewId> navigate;
    private final Clock clock;
    private final List<KpiTile> headlines = new ArrayList<>();
    /** Under each headline tile: its 完成率 month by month against 序时. */
    private final List<HeadlineChart> headlineCharts = new ArrayList<>();
    private final Map<String, Label[]> areaCounts = new HashMap<>();
    private final Map<String, BattleCard> battleCards = new HashMap<>();

    @FXML private VBox root;
    @FXML private HBox headlineRow;
    @FXML private HBox headlineChartRow;
    @FXML private HBox areaRow;
    @FXML private HBox battleRow;
    @FXML private Label battlesHeading;

    public OverviewController(I18n i18n, Theme theme, CockpitData structure, Consumer<ViewId> navigate, Clock clock) {
        this.clock = clock;
        this.i18n = i18n;
        this.theme = theme;
        this.structure = structure;
        this.navigate = navigate;
    }

    @FXML
    private void initialize() {
        KpiTile.FitGroup fitGroup = new KpiTile.FitGroup();
        for (String code : structure.headlineCodes()) {
            structure.indicator(code).ifPresent(indicator -> {
                KpiTile tile = new KpiTile(indicator, i18n, theme, true).fitWith(fitGroup);
                HBox.setHgrow(tile.node(), Priority.ALWAYS);
                tile.node().setMaxWidth(Double.MAX_VALUE);
                tile.node().setPrefWidth(400);
                headlines.add(tile);
                headlineRow.getChildren().add(tile.node());
                HeadlineChart chart = new HeadlineChart(i18n, indicator.code());
                HBox.setHgrow(chart.node(), Priority.ALWAYS);
                headlineCharts.add(chart);
                headlineChartRow.getChildren().add(chart.node());
            });
        }
        int index = 1;
        for (Section area : structure.sections(SectionKind.AREA)) {
            areaRow.getChildren().add(areaCard(area, index++));
        }
        for (Section battle : structure.sections(SectionKind.BATTLE)) {
            BattleCard card = new BattleCard(battle);
            battleCards.put(battle.code(), card);
            battleRow.getChildren().add(card.box);
        }
    }

    private VBox areaCard(Section area, int index) {
        Label number = new Label(i18n.t("overview.area-index", index));
        number.getStyleClass().add("area-card-index");
        Label title = new Label(area.title());
        title.getStyleClass().add("area-card-title");
        title.setWrapText(true);
        HBox counts = new HBox(6);
        Label[] numbers = new Label[5];
        // 达高线 is a state of its own, not a kind of 达序时 (an indicator counts once; the five add up)
        Status[] states = {Status.STRETCH_MET, Status.GREEN, Status.AMBER, Status.RED, Status.NO_DATA};
        String[] keys = {"overview.count-stretch", "overview.count-green", "overview.count-amber", "overview.count-red",
                "overview.count-missing"};
        for (int i = 0; i < states.length; i++) {
            Label n = new Label("0");
            n.getStyleClass().add("count-number");
            n.setId("count-" + area.code() + "-" + i);
            Label l = new Label(i18n.t(keys[i]));
            l.getStyleClass().add("count-label");
            // a narrow card breaks "Slightly behind" into two lines rather than cutting it to "Slightly be…"
            l.setWrapText(true);
            l.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
            l.setMinWidth(0);
            l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox box = new VBox(n, l);
            box.getStyleClass().add("count-box");
            StatusStyle.apply(box, states[i]);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setMinWidth(0);
            box.setPrefWidth(10);     // equal shares of the card, whatever the words
            counts.getChildren().add(box);
            numbers[i] = n;
        }
        areaCounts.put(area.code(), numbers);
        VBox card = new VBox(number, title, counts);
        card.getStyleClass().addAll("panel", "area-card");
        HBox.setHgrow(card, Priority.ALWAYS);
        card.setMaxWidth(Double.MAX_VALUE);
        card.setPrefWidth(300);
        ViewId target = ViewId.ofSection(area.code()).orElse(ViewId.OVERVIEW);
        card.setOnMouseClicked(e -> navigate.accept(target));
        return card;
    }

    private static final int UPCOMING_LINES = 2;

    private final class BattleCard {
        final VBox box = new VBox();
        final Label share = new Label();
        final ProgressTrack track = new ProgressTrack();
        final Label statusLine = new Label();
        final Label overdue = new Label();
        final Label upcomingHeading = new Label();
        final List<Label> upcoming = new ArrayList<>();
        final List<Label> targets = new ArrayList<>();
        final List<Indicator> targetIndicators;
        final String battleCode;

        BattleCard(Section battle) {
            battleCode = battle.code();
            Label title = new Label(battle.title());
            title.getStyleClass().add("battle-card-title");
            title.setWrapText(true);
            Label leap = new Label(battle.subtitle());
            leap.getStyleClass().add("battle-card-leap");
            share.getStyleClass().add("battle-progress-number");
            share.setId("battle-" + battle.code() + "-share");
            statusLine.getStyleClass().add("battle-line");
            statusLine.setWrapText(true);
            overdue.getStyleClass().add("battle-overdue");
            overdue.setId("battle-" + battle.code() + "-overdue");
            box.getChildren().addAll(title, leap, share, track, statusLine, overdue);
            targetIndicators = structure.indicators(battle.code());
            // The next tasks falling due: what the briefing room asks about a battle that has not started yet.
            upcomingHeading.getStyleClass().add("battle-upcoming-heading");
            upcomingHeading.setText(i18n.t("overview.upcoming"));
            box.getChildren().add(upcomingHeading);
            for (int i = 0; i < UPCOMING_LINES; i++) {
                Label l = new Label();
                l.getStyleClass().add("battle-upcoming");
                l.setId("battle-" + battle.code() + "-upcoming-" + i);
                l.setMinWidth(0);
                l.setWrapText(true);     // a task's whole title, on two lines where needed
                l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                upcoming.add(l);
                box.getChildren().add(l);
            }
            for (Indicator i : targetIndicators) {
                Label l = new Label();
                l.getStyleClass().add("battle-target");
                if (targets.isEmpty()) {
                    l.getStyleClass().add("first");
                }
                l.setWrapText(true);
                targets.add(l);
                box.getChildren().add(l);
            }
            box.getStyleClass().addAll("panel", "battle-card");
            ViewId view = ViewId.ofBattle(structure, battle.code()).orElse(ViewId.BATTLES);
            box.setOnMouseClicked(e -> navigate.accept(view));
            StatusStyle.apply(box, Status.GREEN);
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            box.setPrefWidth(300);
        }

        void update(CockpitData data, TaskRollup p, LocalDate today) {
            share.setText(i18n.t("overview.tasks-done", p.done(), p.total()));
            track.set(p.shareDone(), Double.NaN);
            StringBuilder line = new StringBuilder();
            for (var e : p.byStatus().entrySet()) {
                if (e.getValue() > 0) {
                    if (line.length() > 0) {
                        line.append("  ");
                    }
                    line.append(i18n.t("task-status." + e.getKey().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')))
                            .append(' ').append(e.getValue());
                }
            }
            statusLine.setText(line.toString());
            overdue.setText(p.overdue() > 0 ? i18n.t("overview.overdue", p.overdue()) : "");
            overdue.setVisible(p.overdue() > 0);
            overdue.setManaged(p.overdue() > 0);
            List<BattleTask> next = TaskRollup.upcoming(data.tasks(battleCode), today, UPCOMING_LINES);
            boolean planned = next.isEmpty();
            if (planned) {
                next = TaskRollup.planned(data.tasks(battleCode), today, UPCOMING_LINES);
            }
            String heading = i18n.t(planned ? "overview.planned" : "overview.upcoming");
            if (!heading.equals(upcomingHeading.getText())) {
                upcomingHeading.setText(heading);
            }
            upcomingHeading.setVisible(!next.isEmpty());
            upcomingHeading.setManaged(!next.isEmpty());
            for (int i = 0; i < UPCOMING_LINES; i++) {
                Label l = upcoming.get(i);
                boolean shown = i < next.size();
                l.setVisible(shown);
                l.setManaged(shown);
                l.setText(!shown ? "" : i18n.t("overview.upcoming-line", i18n.date(next.get(i).due(), data.year()),
                        next.get(i).title()));
            }
            for (int i = 0; i < targetIndicators.size(); i++) {
                Indicator ind = targetIndicators.get(i);
                int y = data.year() + ind.planYearOffset();
                String t = data.target(ind.code(), y).map(x -> ValueFormat.withUnit(x.base(), ind)).orElse(ValueFormat.MISSING);
                targets.get(i).setText(i18n.t("overview.battle-target", ind.name(), t, Integer.toString(y)));
            }
        }
    }

    /** The charts under the headline tiles, in their order (for tests). */
    List<HeadlineChart> headlineCharts() {
        return List.copyOf(headlineCharts);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData data, int month) {
        int plan = data.battlesYear();
        String heading = data.sections(SectionKind.BATTLE).isEmpty() ? i18n.t("overview.battles-none", Integer.toString(data.year()))
                : i18n.t(plan > data.year() ? "overview.battles-plan" : "overview.battles-year", Integer.toString(plan));
        if (!heading.equals(battlesHeading.getText())) {
            battlesHeading.setText(heading);
        }
        for (KpiTile t : headlines) {
            data.indicator(t.indicator().code()).ifPresent(i -> t.update(data.assess(i, month)));
        }
        for (HeadlineChart c : headlineCharts) {
            data.indicator(c.code()).ifPresent(i -> c.update(OverviewViewModel.headlineTrend(data, i, month)));
        }
        for (OverviewViewModel.AreaCounts c : OverviewViewModel.areaCounts(data, month)) {
            Label[] n = areaCounts.get(c.area().code());
            if (n != null) {
                n[0].setText(Integer.toString(c.stretch()));
                n[1].setText(Integer.toString(c.green()));
                n[2].setText(Integer.toString(c.amber()));
                n[3].setText(Integer.toString(c.red()));
                n[4].setText(Integer.toString(c.missing()));
            }
        }
        LocalDate today = LocalDate.now(clock);
        for (Section b : data.sections(SectionKind.BATTLE)) {
            BattleCard card = battleCards.get(b.code());
            if (card != null) {
                card.update(data, OverviewViewModel.progress(data, b, today), today);
            }
        }
    }
}
