package cn.techcity.cockpit.ui.area;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.MilestoneStatus;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.tiles.KpiTile;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * One work area: a tile per indicator, the trend of the chosen indicator against its target's time-progress line, the
 * area's milestones, and for 重大项目 and 城市建设 the projects by stage (pipeline and table).
 */
public final class AreaController implements CockpitView {
    private static final double GAP = 12;

    private final I18n i18n;
    private final Theme theme;
    private final CockpitData structure;
    private final String sectionCode;
    private final List<KpiTile> kpis = new ArrayList<>();
    private final XYChart.Series<String, Number> actualSeries = new XYChart.Series<>();
    private final XYChart.Series<String, Number> lineSeries = new XYChart.Series<>();
    private final XYChart.Series<String, Number> lastYearSeries = new XYChart.Series<>();
    private final Map<ProjectStage, Label> stageCounts = new EnumMap<>(ProjectStage.class);
    private final TableView<Project> projectTable = new TableView<>();
    private final VBox milestoneList = new VBox(4);
    private final List<String> monthLabels = new ArrayList<>();
    private Indicator trendIndicator;
    private CockpitData data;
    private int month;
    private List<BigDecimal> shownTrend = List.of();

    @FXML private HBox root;
    @FXML private Label title;
    @FXML private TilePane tiles;
    @FXML private VBox leftExtra;
    @FXML private VBox rightExtra;
    @FXML private Label chartTitle;
    @FXML private LineChart<String, Number> trend;
    @FXML private CategoryAxis months;
    @FXML private NumberAxis values;

    public AreaController(I18n i18n, Theme theme, CockpitData structure, String sectionCode) {
        this.i18n = i18n;
        this.theme = theme;
        this.structure = structure;
        this.sectionCode = sectionCode;
    }

    @FXML
    private void initialize() {
        Section section = structure.section(sectionCode).or(() -> structure.allSections().stream()
                .filter(s -> s.code().equals(sectionCode)).findFirst())
                .orElse(new Section(sectionCode, cn.techcity.cockpit.domain.SectionKind.AREA, 1, sectionCode, null));
        root.setId("area-" + sectionCode);
        title.setText(i18n.t("area.title", i18n.ordinal(section.ord()), section.title()));
        List<Indicator> indicators = structure.indicators(sectionCode);
        KpiTile.FitGroup fitGroup = new KpiTile.FitGroup();
        for (Indicator indicator : indicators) {
            KpiTile tile = new KpiTile(indicator, i18n, theme, false).fitWith(fitGroup);
            tile.node().setOnMouseClicked(e -> showTrend(indicator));
            kpis.add(tile);
            tiles.getChildren().add(tile.node());
        }
        int n = indicators.size();
        int columns = n > 8 ? 5 : 4;
        int rows = (n + columns - 1) / columns;
        double tileHeight = rows <= 2 ? 232 : rows == 3 ? 212 : 212;
        tiles.setPrefColumns(columns);
        tiles.setPrefTileHeight(tileHeight);
        tiles.widthProperty().addListener((o, was, w) ->
                tiles.setPrefTileWidth(Math.floor((w.doubleValue() - GAP * (columns - 1)) / columns)));
        tiles.setPrefTileWidth(220);
        tiles.setMinHeight(rows * tileHeight + (rows - 1) * GAP);

        for (int m = 1; m <= 12; m++) {
            monthLabels.add(i18n.t("area.month-short", m));
        }
        // fixed categories: an auto-ranging axis rebuilds them from the data, and a month without figures would vanish
        months.setAutoRanging(false);
        months.getCategories().setAll(monthLabels);
        months.setLabel(i18n.t("area.month-axis"));
        lastYearSeries.setName(i18n.t("area.series-last-year"));
        trend.getData().add(actualSeries);
        trend.getData().add(lineSeries);
        trend.getData().add(lastYearSeries);
        trendIndicator = AreaViewModel.defaultTrendIndicator(indicators);
        markSelected();

        List<Project> projects = structure.projects(sectionCode);
        List<Milestone> milestones = structure.milestones(sectionCode);
        boolean milestonesLeft = false;
        if (!projects.isEmpty()) {
            rightExtra.getChildren().add(pipeline());
            leftExtra.getChildren().add(projectPanel());
        } else if (rows <= 3 && !milestones.isEmpty()) {
            leftExtra.getChildren().add(milestonePanel());
            milestonesLeft = true;
        }
        if (!milestones.isEmpty() && !milestonesLeft) {
            rightExtra.getChildren().add(milestonePanel());
        }
    }

    private VBox pipeline() {
        Label heading = new Label(i18n.t("area.pipeline"));
        heading.getStyleClass().add("panel-title");
        HBox row = new HBox(4);
        ProjectStage[] stages = ProjectStage.values();
        for (int i = 0; i < stages.length; i++) {
            Label count = new Label("0");
            count.getStyleClass().add("stage-count");
            count.setId("stage-" + sectionCode + "-" + stages[i].name());
            Label label = new Label(i18n.t("stage." + stages[i].name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            label.getStyleClass().add("stage-label");
            VBox box = new VBox(count, label);
            box.getStyleClass().add("stage-box");
            HBox.setHgrow(box, Priority.ALWAYS);
            box.setMaxWidth(Double.MAX_VALUE);
            stageCounts.put(stages[i], count);
            row.getChildren().add(box);
        }
        VBox panel = new VBox(8, heading, row);
        panel.getStyleClass().add("panel");
        return panel;
    }

    private VBox projectPanel() {
        Label heading = new Label(i18n.t("area.projects"));
        heading.getStyleClass().add("panel-title");
        TableColumn<Project, String> name = column(i18n.t("area.col-name"), p -> p.name());
        name.setPrefWidth(360);
        name.setCellFactory(c -> cn.techcity.cockpit.ui.common.EditTables.wholeInTooltip());
        TableColumn<Project, String> stage = column(i18n.t("area.col-stage"),
                p -> i18n.t("stage." + p.stage().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        stage.setPrefWidth(110);
        TableColumn<Project, String> type = column(i18n.t("area.col-type"),
                p -> p.buildType() == null ? "" : i18n.t("build." + p.buildType().name().toLowerCase(java.util.Locale.ROOT)));
        type.setPrefWidth(90);
        TableColumn<Project, String> planned = column(i18n.t("area.col-planned"),
                p -> ValueFormat.number(p.investmentPlanned(), 2));
        planned.setPrefWidth(150);
        // 完成投资 against 计划投资 as a bar in the row, with the amount and the share
        TableColumn<Project, Project> done = new TableColumn<>(i18n.t("area.col-completed"));
        done.setCellValueFactory(cell -> new javafx.beans.property.SimpleObjectProperty<>(cell.getValue()));
        done.setCellFactory(c -> new InvestmentCell());
        done.setSortable(false);
        done.setReorderable(false);
        done.setPrefWidth(300);
        projectTable.getColumns().setAll(List.of(name, stage, type, planned, done));
        projectTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        projectTable.setFocusTraversable(false);
        VBox.setVgrow(projectTable, Priority.ALWAYS);
        VBox panel = new VBox(8, heading, projectTable);
        panel.getStyleClass().add("panel");
        VBox.setVgrow(panel, Priority.ALWAYS);
        return panel;
    }

    /** A project's 完成投资 against its 计划投资 ({@link cn.techcity.cockpit.ui.common.InvestmentBar}). */
    private static final class InvestmentCell extends javafx.scene.control.TableCell<Project, Project> {
        private final cn.techcity.cockpit.ui.common.InvestmentBar bar = new cn.techcity.cockpit.ui.common.InvestmentBar();

        InvestmentCell() {
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(Project p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                setId(null);
            } else {
                bar.set(p.investmentCompleted(), p.investmentPlanned());
                setId("investment-" + p.code());
                setGraphic(bar);
            }
        }
    }

    /** The project table (for tests). */
    public TableView<Project> projectTable() {
        return projectTable;
    }

    private static TableColumn<Project, String> column(String header, java.util.function.Function<Project, String> text) {
        TableColumn<Project, String> c = new TableColumn<>(header);
        c.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue())));
        c.setSortable(false);
        c.setReorderable(false);
        return c;
    }

    private VBox milestonePanel() {
        Label heading = new Label(i18n.t("area.milestones"));
        heading.getStyleClass().add("panel-title");
        VBox panel = new VBox(8, heading, milestoneList);
        panel.getStyleClass().add("panel");
        VBox.setVgrow(panel, Priority.ALWAYS);
        return panel;
    }

    private void showTrend(Indicator indicator) {
        trendIndicator = indicator;
        markSelected();
        if (data != null) {
            updateTrend();
        }
    }

    /**
     * Selects the tile of an indicator (预警 opens an entry here): its tile is marked and the chart shows its trend.
     * False when the area has no such tile.
     */
    public boolean select(String indicatorCode) {
        for (KpiTile tile : kpis) {
            if (tile.indicator().code().equals(indicatorCode)) {
                showTrend(tile.indicator());
                return true;
            }
        }
        return false;
    }

    /** The indicator whose tile is selected (its trend in the chart); null when the area has none. */
    public Indicator selected() {
        return trendIndicator;
    }

    /** The tile whose trend the chart shows is marked (a clerk clicking through the tiles sees which one is drawn). */
    private void markSelected() {
        for (KpiTile tile : kpis) {
            boolean selected = trendIndicator != null && tile.indicator().code().equals(trendIndicator.code());
            var classes = tile.node().getStyleClass();
            if (selected && !classes.contains("kpi-selected")) {
                classes.add("kpi-selected");
            } else if (!selected) {
                classes.remove("kpi-selected");
            }
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData newData, int newMonth) {
        this.data = newData;
        this.month = newMonth;
        for (KpiTile tile : kpis) {
            newData.indicator(tile.indicator().code()).ifPresent(i -> tile.update(newData.assess(i, newMonth)));
        }
        updateTrend();
        List<Project> projects = newData.projects(sectionCode);
        if (!stageCounts.isEmpty()) {
            AreaViewModel.byStage(projects).forEach((s, n) -> stageCounts.get(s).setText(Integer.toString(n)));
            if (!projectTable.getItems().equals(projects)) {
                projectTable.setItems(FXCollections.observableArrayList(projects));
            }
        }
        updateMilestones(newData.milestones(sectionCode));
    }

    private void updateTrend() {
        if (trendIndicator == null) {
            return;
        }
        AreaViewModel.Trend t = AreaViewModel.trend(data, trendIndicator, month);
        List<BigDecimal> all = new ArrayList<>(t.actual());
        all.addAll(t.timeProgressLine());
        all.addAll(t.lastYear());
        String heading = i18n.t("area.trend", trendIndicator.name(), trendIndicator.unit());
        if (all.equals(shownTrend) && heading.equals(chartTitle.getText())) {
            return; // nothing changed: leave the chart alone
        }
        shownTrend = all;
        chartTitle.setText(heading);
        boolean cumulative = trendIndicator.kind().cumulative();
        actualSeries.setName(i18n.t(cumulative ? "area.series-actual" : "area.series-value"));
        lineSeries.setName(i18n.t(cumulative ? "area.series-line" : "area.series-target"));
        fill(actualSeries, t.actual());
        fill(lineSeries, t.timeProgressLine());
        fill(lastYearSeries, t.lastYear());
        if (trendIndicator.kind() == cn.techcity.cockpit.domain.IndicatorKind.COUNT) {
            double min = all.stream().filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).min().orElse(0);
            double max = all.stream().filter(java.util.Objects::nonNull).mapToDouble(BigDecimal::doubleValue).max().orElse(1);
            AreaViewModel.WholeAxis axis = AreaViewModel.wholeAxis(min, max);
            values.setAutoRanging(false);
            values.setLowerBound(axis.lower());
            values.setUpperBound(axis.upper());
            values.setTickUnit(axis.step());
            values.setMinorTickCount(axis.step() >= 5 ? 5 : (int) axis.step());
        } else {
            values.setAutoRanging(true);
            values.setMinorTickCount(5);
        }
    }

    /** The chart's value axis, for tests. */
    public NumberAxis valueAxis() {
        return values;
    }

    private void fill(XYChart.Series<String, Number> series, List<BigDecimal> values) {
        List<XYChart.Data<String, Number>> points = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal v = values.get(m - 1);
            if (v != null) {
                points.add(new XYChart.Data<>(monthLabels.get(m - 1), v.doubleValue()));
            }
        }
        series.getData().setAll(points);
        // JavaFX's LineChart leaves the last line of a series that became empty on the screen (after 清除示例数据 the
        // sample line and the dashed target stayed until a restart): an empty series draws nothing
        if (series.getNode() != null) {
            series.getNode().setVisible(!points.isEmpty());
        }
    }

    private List<Milestone> shownMilestones = List.of();

    private void updateMilestones(List<Milestone> milestones) {
        if (milestones.equals(shownMilestones)) {
            return;
        }
        shownMilestones = milestones;
        milestoneList.getChildren().clear();
        for (Milestone m : milestones) {
            Label status = new Label(i18n.t("milestone." + m.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
            status.getStyleClass().addAll("chip", "milestone-status");
            status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            StatusStyle.apply(status, m.status() == MilestoneStatus.DONE ? Status.GREEN
                    : m.status() == MilestoneStatus.NOT_STARTED ? Status.NO_DATA : Status.AMBER);
            String text = m.title();
            if (m.progress() != null) {
                text += " " + ValueFormat.number(m.progress(), 0) + "%";
            }
            Label t = new Label(text);
            t.getStyleClass().add("milestone-title");
            t.setWrapText(true);
            HBox.setHgrow(t, Priority.ALWAYS);
            HBox row = new HBox(status, t);
            row.getStyleClass().add("milestone-row");
            milestoneList.getChildren().add(row);
        }
    }

    /** The tiles, for tests. */
    public List<KpiTile> tiles() {
        return kpis;
    }

}
