package cn.techcity.cockpit.ui.wall;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.Pace;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.domain.TaskRollup;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.domain.Warnings;
import cn.techcity.cockpit.ui.area.AreaViewModel;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.overview.OverviewViewModel;
import cn.techcity.cockpit.ui.tiles.GapWords;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
import cn.techcity.cockpit.ui.tiles.TaskStatusStyle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The wall's pages, designed for a reader eight metres away (issue 17): nothing under 28 px of the 1920x1080 canvas,
 * the gap in 个百分点 as large as the status word, few items a page, no scroll bar — a list that does not fit continues
 * on the next page of the rotation — and no click hint. Built from the data alone; rebuilt when the data or the day
 * changes, never while the wall merely turns its pages.
 */
public final class WallPages {
    /** Indicator cards on one page of a work area (three by two, beside the chart). */
    static final int CARDS_PER_PAGE = 6;
    /** Milestones (重要节点) on one page. */
    static final int MILESTONES_PER_PAGE = 8;
    /** A work area's milestones share the last page of its cards when they are this few and that page has one row. */
    static final int MILESTONES_BESIDE_CARDS = 5;
    /** Tasks on one page of a battle's task list. */
    static final int TASKS_PER_PAGE = 6;

    /** The views the wall has pages for; the others (editors, help, 专班) are for the desk. */
    public static final Set<ViewId> SHOWN = EnumSet.of(ViewId.OVERVIEW, ViewId.WARNINGS, ViewId.AREA_PLATFORMS, ViewId.AREA_PROJECTS,
            ViewId.AREA_INDUSTRY, ViewId.AREA_CONSTRUCTION, ViewId.AREA_FACTORS, ViewId.BATTLES, ViewId.BATTLE_PLATFORM,
            ViewId.BATTLE_INVESTMENT, ViewId.BATTLE_INCUBATION, ViewId.BATTLE_CONSTRUCTION);

    private final I18n i18n;
    private final CockpitData data;
    private final int month;
    private final LocalDate today;

    private WallPages(I18n i18n, CockpitData data, int month, LocalDate today) {
        this.i18n = i18n;
        this.data = data;
        this.month = month;
        this.today = today;
    }

    /** Every page of {@code playlist}, in its order, for the data as of {@code month} and the day {@code today}. */
    public static List<WallPage> build(I18n i18n, CockpitData data, int month, LocalDate today, List<ViewId> playlist) {
        WallPages p = new WallPages(i18n, data, month, today);
        List<WallPage> pages = new ArrayList<>();
        for (ViewId id : playlist) {
            pages.addAll(p.pagesOf(id));
        }
        if (pages.isEmpty()) {
            pages.addAll(p.pagesOf(ViewId.OVERVIEW));
        }
        return List.copyOf(pages);
    }

    private List<WallPage> pagesOf(ViewId id) {
        if (id == ViewId.OVERVIEW) {
            return List.of(new WallPage(id, 1, 1, i18n.t("wall.page-overview"), overview()));
        }
        if (id == ViewId.BATTLES) {
            return List.of(new WallPage(id, 1, 1, battlesHeading(), battles()));
        }
        if (id.isArea()) {
            return data.section(id.sectionCode()).map(this::area).orElse(List.of());
        }
        if (id.isBattle()) {
            return data.section(id.battleCode(data)).filter(s -> s.kind() == SectionKind.BATTLE).map(b -> battle(id, b))
                    .orElse(List.of());
        }
        return extraPages(id);
    }

    private List<WallPage> extraPages(ViewId id) {
        if (id == ViewId.WARNINGS) {
            return warnings();
        }
        return List.of();
    }

    // ---------------------------------------------------------------- 预警

    /**
     * 预警: every indicator 滞后 or 略滞后, most behind first, with its area, its 专班 and its 倒排, 本月新转红 marked;
     * then the battle tasks overdue or due within 30 days (a page only when there are some: the first page's summary
     * line says how many).
     */
    private List<WallPage> warnings() {
        Warnings w = Warnings.of(data, month, today);
        long red = w.behind().stream().filter(b -> b.status() == Status.RED).count();
        long overdue = w.tasks().stream().filter(Warnings.TaskAlert::overdue).count();
        String summary = i18n.t("warnings.summary", month, red, w.behind().size() - red, w.turnedRed().size(), overdue,
                w.tasks().size() - overdue);
        String title = i18n.t("warnings.title");
        List<WallPage> pages = new ArrayList<>();
        if (w.behind().isEmpty()) {
            VBox page = page();
            page.getChildren().addAll(text(summary, "wall-emphasis"), text(i18n.t("warnings.none-behind"), "wall-name"));
            pages.add(new WallPage(null, 1, 1, title, page));
        } else {
            Label head = text(summary, "wall-heading");
            List<List<Region>> parts = fit(w.behind().stream().map(this::behindRow).toList(), head);
            for (int k = 0; k < parts.size(); k++) {
                VBox page = page();
                page.setSpacing(ROW_GAP);
                if (k == 0) {
                    page.getChildren().add(head);
                }
                page.getChildren().addAll(parts.get(k));
                pages.add(new WallPage(null, k + 1, parts.size(), title + " · " + i18n.t("wall.warnings-behind"), page));
            }
        }
        List<List<Region>> taskParts = fit(w.tasks().stream().map(this::alertRow).toList(), null);
        for (int k = 0; k < taskParts.size(); k++) {
            VBox page = page();
            page.setSpacing(ROW_GAP);
            page.getChildren().addAll(taskParts.get(k));
            pages.add(new WallPage(null, k + 1, taskParts.size(), title + " · " + i18n.t("wall.warnings-tasks"), page));
        }
        return number(ViewId.WARNINGS, pages);
    }

    /** The gap between the rows of a list page. */
    private static final double ROW_GAP = 14;
    /** The room of a page under the wall's header, and the width of its rows (the design canvas less the margins). */
    static final double PAGE_HEIGHT = 1080 - 112 - 20 - 24;
    static final double ROW_WIDTH = 1920 - 2 * 28;

    /**
     * Rows of a list in pages, as many a page as fit its room when laid out at the page's width in the wall's styles:
     * a row of three lines takes the room of three (the rows are measured, not counted). {@code head} (may be null)
     * opens the first page.
     */
    private List<List<Region>> fit(List<Region> rows, Region head) {
        List<List<Region>> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        VBox probe = probe();
        List<Region> current = new ArrayList<>();
        double used = 0;
        if (head != null) {
            used = measure(probe, head) + ROW_GAP;
        }
        for (Region row : rows) {
            double h = measure(probe, row);
            if (!current.isEmpty() && used + h > PAGE_HEIGHT) {
                out.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(row);
            used += h + ROW_GAP;
        }
        out.add(current);
        probe.getChildren().clear();
        return out;
    }

    /**
     * One measuring box (in a scene with the wall's styles) for every build, FX thread only: the wall builds its pages
     * at every save, and a scene a build is work for nothing.
     */
    private static VBox probe;

    private static VBox probe() {
        if (probe == null) {
            probe = new VBox(ROW_GAP);
            probe.getStyleClass().add("wall-page");     // what is styled under a page (the investment bar's large track)
            Wall.style(new Scene(new javafx.scene.Group(probe)));
        }
        return probe;
    }

    private static double measure(VBox probe, Region row) {
        probe.getChildren().setAll(row);
        probe.applyCss();
        probe.resize(ROW_WIDTH, 4000);
        probe.layout();
        return row.getHeight();
    }

    private Region behindRow(Warnings.Behind b) {
        Assessment a = b.assessment();
        Label status = word(i18n.t(StatusStyle.messageKey(b.status())), "wall-status");
        String gap = GapWords.of(i18n, a);
        javafx.scene.layout.FlowPane judged = new javafx.scene.layout.FlowPane(12, 4, status);
        judged.setAlignment(Pos.CENTER_LEFT);
        if (gap != null) {
            judged.getChildren().add(word(gap, "wall-gap"));
        }
        VBox verdict = new VBox(4, judged, text(b.area().title(), "wall-line"));
        verdict.setMinWidth(400);
        verdict.setPrefWidth(400);
        verdict.setMaxWidth(400);
        Label name = text(b.indicator().name(), "wall-name");
        javafx.scene.layout.FlowPane nameLine = new javafx.scene.layout.FlowPane(16, 4, name);
        if (b.turnedRed()) {
            Label fresh = word(i18n.t("warnings.turned-red-title"), "wall-status");
            StatusStyle.apply(fresh, Status.RED);
            nameLine.getChildren().add(fresh);
        }
        String owner = b.owner() != null ? i18n.t("warnings.owner", b.owner().name())
                : Warnings.taskForcesOf(data, b.area().code()).isEmpty() ? i18n.t("warnings.owner-none")
                : i18n.t("warnings.owner", String.join("、", Warnings.taskForcesOf(data, b.area().code()).stream()
                        .map(cn.techcity.cockpit.domain.TaskForce::name).toList()));
        VBox what = new VBox(4, nameLine, text(owner, "wall-line"));
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        VBox pace = new VBox(2);
        pace.setMinWidth(620);
        pace.setPrefWidth(620);
        pace.setMaxWidth(620);
        b.pace().ifPresent(p -> pace.getChildren().addAll(shortPaceLines(b.indicator(), p)));
        HBox row = new HBox(28, verdict, what, pace);
        row.getStyleClass().add("wall-card");
        row.setAlignment(Pos.CENTER_LEFT);
        StatusStyle.apply(row, b.status());
        row.setId("wall-warning-" + b.indicator().code());
        return row;
    }

    private Region alertRow(Warnings.TaskAlert t) {
        Label when = word(t.overdue() ? i18n.t("warnings.task-overdue", t.daysOverdue())
                : t.daysLeft() == 0 ? i18n.t("warnings.task-due-today") : i18n.t("warnings.task-days-left", t.daysLeft()),
                "wall-status");
        StatusStyle.apply(when, t.overdue() ? Status.RED : Status.AMBER);
        VBox left = new VBox(when);
        left.setMinWidth(260);
        left.setPrefWidth(260);
        String owner = t.task().owner() == null || t.task().owner().isBlank() ? i18n.t("warnings.task-no-owner") : t.task().owner();
        VBox what = new VBox(4, text(t.task().title(), "wall-name"),
                text(i18n.t("warnings.task-line", t.battle().title(), owner, i18n.date(t.task().due(), data.year())), "wall-line"));
        HBox.setHgrow(what, Priority.ALWAYS);
        what.setMinWidth(0);
        HBox row = new HBox(28, left, what);
        row.getStyleClass().add("wall-card");
        row.setAlignment(Pos.CENTER_LEFT);
        StatusStyle.apply(row, t.overdue() ? Status.RED : Status.AMBER);
        return row;
    }

    // ---------------------------------------------------------------- overview

    private Region overview() {
        HBox headlines = row(24);
        for (String code : data.headlineCodes()) {
            data.indicator(code).ifPresent(ind -> headlines.getChildren().add(grow(indicatorCard(data.assess(ind, month), true))));
        }
        HBox areas = row(20);
        for (OverviewViewModel.AreaCounts c : OverviewViewModel.areaCounts(data, month)) {
            areas.getChildren().add(grow(areaCard(c)));
        }
        HBox battles = row(24);
        for (Section b : data.sections(SectionKind.BATTLE)) {
            battles.getChildren().add(grow(battleSummary(b)));
        }
        VBox page = page();
        page.getChildren().addAll(headlines, heading(i18n.t("overview.areas")), areas);
        if (!battles.getChildren().isEmpty()) {
            page.getChildren().addAll(heading(battlesHeading()), battles);
        }
        return page;
    }

    private String battlesHeading() {
        int plan = data.battlesYear();
        return data.sections(SectionKind.BATTLE).isEmpty() ? i18n.t("overview.battles-none", Integer.toString(data.year()))
                : i18n.t(plan > data.year() ? "overview.battles-plan" : "overview.battles-year", Integer.toString(plan));
    }

    private Region areaCard(OverviewViewModel.AreaCounts c) {
        VBox card = card();
        card.getStyleClass().add("wall-area-card");
        Label name = text(c.area().title(), "wall-name");
        // whole words that flow to the next line when the card is narrow (English), never broken inside
        javafx.scene.layout.FlowPane counts = new javafx.scene.layout.FlowPane(24, 4,
                count(i18n.t("overview.count-red"), c.red(), Status.RED),
                count(i18n.t("overview.count-amber"), c.amber(), Status.AMBER),
                count(i18n.t("wall.count-on-pace"), c.green() + c.stretch(), Status.GREEN));
        if (c.missing() > 0) {
            counts.getChildren().add(count(i18n.t("overview.count-missing"), c.missing(), Status.NO_DATA));
        }
        card.getChildren().addAll(name, counts);
        return card;
    }

    private Node count(String label, int n, Status s) {
        Label l = word(label + " " + n, "wall-count");
        StatusStyle.apply(l, s);
        if (n == 0) {
            l.getStyleClass().add("wall-zero");
        }
        return l;
    }

    private Region battleSummary(Section b) {
        VBox card = card();
        TaskRollup r = OverviewViewModel.progress(data, b, today);
        Label overdue = word(r.overdue() > 0 ? i18n.t("overview.overdue", r.overdue()) : i18n.t("battles.no-overdue"), "wall-emphasis");
        overdue.setId("wall-summary-" + b.code() + "-overdue");
        StatusStyle.apply(overdue, r.overdue() > 0 ? Status.RED : Status.GREEN);
        int soon = TaskRollup.upcoming(data.tasks(b.code()), today, Integer.MAX_VALUE).size();
        Label due = text(soon > 0 ? i18n.t("wall.due-soon", soon) : "", "wall-line");
        javafx.scene.layout.FlowPane line = new javafx.scene.layout.FlowPane(28, 4,
                word(i18n.t("overview.tasks-done", r.done(), r.total()), "wall-big"), overdue);
        line.setAlignment(Pos.BASELINE_LEFT);
        card.getChildren().addAll(text(b.title(), "wall-name"), line, track(r.shareDone()));
        if (soon > 0) {
            card.getChildren().add(due);
        }
        return card;
    }

    // ---------------------------------------------------------------- work areas

    private List<WallPage> area(Section area) {
        List<Assessment> all = data.assess(area.code(), month);
        String name = area.title();
        List<WallPage> pages = new ArrayList<>();
        // the charts turn through the indicators most behind: page k draws the k-th most behind
        Comparator<Assessment> byGap = Comparator.comparing(Assessment::gapPoints);
        List<Assessment> behind = all.stream().filter(a -> a.gapPoints() != null
                && (a.status() == Status.RED || a.status() == Status.AMBER)).sorted(byGap).toList();
        if (behind.isEmpty()) {
            behind = all.stream().filter(a -> a.gapPoints() != null).sorted(byGap).limit(1).toList();
        }
        List<Milestone> milestones = data.milestones(area.code());
        boolean few = !milestones.isEmpty() && milestones.size() <= MILESTONES_BESIDE_CARDS;
        List<List<Assessment>> parts = chunks(all, CARDS_PER_PAGE);
        int pagesOfCards = parts.size();
        if (few && pagesOfCards > 0 && all.size() - CARDS_PER_PAGE * (pagesOfCards - 1) <= 3) {
            // full pages first, so that the last has one row of cards and the milestones the other (same count of pages)
            parts = new ArrayList<>();
            for (int i = 0; i < all.size(); i += CARDS_PER_PAGE) {
                parts.add(all.subList(i, Math.min(all.size(), i + CARDS_PER_PAGE)));
            }
        }
        // a few milestones fill the empty second row of the last page of cards, not a page two thirds empty
        boolean beside = few && !parts.isEmpty() && parts.get(parts.size() - 1).size() <= 3;
        for (int k = 0; k < parts.size(); k++) {
            Assessment charted = behind.isEmpty() ? parts.get(k).get(0) : behind.get(k % behind.size());
            boolean last = k == parts.size() - 1;
            pages.add(new WallPage(null, k + 1, parts.size(), name, indicatorsPage(parts.get(k), charted,
                    last && beside ? milestones : List.of())));
        }
        List<Project> projects = data.projects(area.code());
        List<List<Project>> projectParts = projectParts(projects);
        for (int k = 0; k < projectParts.size(); k++) {
            VBox page = projectsPage(projects, projectParts.get(k));
            String title = name + " · " + i18n.t("area.projects");
            if (k == projectParts.size() - 1 && !beside && !milestones.isEmpty()
                    && milestones.size() <= MILESTONES_PER_PAGE) {
                // the milestones under the last projects when they fit there (城市建设: 11 projects and 3 milestones)
                VBox box = milestonesBox(milestones);
                double needed = measure(probe(), page) + page.getSpacing() + measure(probe(), box);
                probe().getChildren().clear();
                if (needed <= PAGE_HEIGHT + 20 + 24) {     // the page measured with its margins
                    page.getChildren().add(box);
                    title = name + " · " + i18n.t("area.projects") + " · " + i18n.t("area.milestones");
                    beside = true;
                }
            }
            pages.add(new WallPage(null, k + 1, projectParts.size(), title, page));
        }
        List<List<Milestone>> milestoneParts = beside ? List.of() : chunks(milestones, MILESTONES_PER_PAGE);
        for (int k = 0; k < milestoneParts.size(); k++) {
            pages.add(new WallPage(null, k + 1, milestoneParts.size(), name + " · " + i18n.t("area.milestones"),
                    milestonesPage(milestoneParts.get(k))));
        }
        ViewId id = ViewId.ofSection(area.code()).orElseThrow();
        return number(id, pages);
    }

    /** The pages of one view, each told its place among them (the header says 2/3 of a list that continues). */
    private static List<WallPage> number(ViewId id, List<WallPage> pages) {
        List<WallPage> out = new ArrayList<>();
        for (int k = 0; k < pages.size(); k++) {
            WallPage p = pages.get(k);
            String title = p.parts() > 1 ? p.title() + "(" + p.part() + "/" + p.parts() + ")" : p.title();
            out.add(new WallPage(id, k + 1, pages.size(), title, p.node()));
        }
        return out;
    }

    private Region indicatorsPage(List<Assessment> shown, Assessment charted, List<Milestone> milestones) {
        GridPane cards = new GridPane();
        cards.setHgap(20);
        cards.setVgap(20);
        for (int c = 0; c < 3; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100 / 3.0);
            cc.setHgrow(Priority.ALWAYS);
            cards.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < 2; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(50);
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            cards.getRowConstraints().add(rc);
        }
        for (int k = 0; k < shown.size(); k++) {
            Region card = indicatorCard(shown.get(k), false);
            card.setMaxHeight(Double.MAX_VALUE);
            cards.add(card, k % 3, k / 3);
        }
        if (!milestones.isEmpty()) {
            VBox box = milestonesBox(milestones);
            box.setMaxHeight(Double.MAX_VALUE);
            cards.add(box, 0, 1, 3, 1);
        }
        HBox.setHgrow(cards, Priority.ALWAYS);
        Region chart = chartPanel(charted);
        chart.setPrefWidth(620);
        chart.setMinWidth(620);
        HBox page = row(24);
        page.getStyleClass().add("wall-page");
        page.setPadding(new Insets(20, 28, 24, 28));
        page.setFillHeight(true);
        page.getChildren().addAll(cards, chart);
        return page;
    }

    /**
     * An indicator's card: name, figure, the status word and, as large, the gap in 个百分点; then 完成率 and 序时, the
     * target (and 高线), 同比.
     */
    private Region indicatorCard(Assessment a, boolean headline) {
        Indicator ind = a.indicator();
        VBox card = card();
        card.setId("wall-kpi-" + ind.code());
        card.getStyleClass().add(headline ? "wall-headline" : "wall-indicator");
        StatusStyle.apply(card, a.status());
        Label name = text(ind.name(), "wall-name");
        Label value = word(a.value() == null ? ValueFormat.MISSING : ValueFormat.number(a.value(), ind.decimals()), "wall-value");
        Label unit = word(a.value() == null ? "" : ind.unit(), "wall-unit");
        HBox figure = new HBox(8, value, unit);
        figure.setAlignment(Pos.BASELINE_LEFT);
        Label status = word(i18n.t(StatusStyle.messageKey(a.status())), "wall-status");
        // the status word and the gap, as large as each other: on one line where the card is wide enough
        javafx.scene.layout.FlowPane verdict = new javafx.scene.layout.FlowPane(14, 6, status);
        verdict.setAlignment(Pos.CENTER_LEFT);
        String gap = GapWords.of(i18n, a);
        if (gap != null) {
            verdict.getChildren().add(text(gap, "wall-gap"));
        }
        card.getChildren().addAll(name, figure, verdict);
        List<String> lines = new ArrayList<>();
        if (a.target() == null) {
            lines.add(i18n.t("kpi.no-target"));
        } else {
            String t = ValueFormat.withUnit(a.target(), ind);
            boolean growthRate = ind.kind() == IndicatorKind.GROWTH_RATE;
            String target = a.phaseLabel() != null ? i18n.t("kpi.phase-target", a.phaseLabel(), t)
                    : growthRate ? i18n.t("kpi.target-growth", t) : i18n.t("kpi.target", t);
            lines.add(target);
        }
        List<String> rates = new ArrayList<>();
        if (a.completion() != null) {
            rates.add(i18n.t("kpi.completion", ValueFormat.percentOfFraction(a.completion())));
        }
        if (a.timeProgress() != null) {
            rates.add(i18n.t("kpi.time-progress", ValueFormat.percentOfFraction(a.timeProgress())));
        }
        if (!rates.isEmpty()) {
            lines.add(String.join("  ", rates));
        }
        if (a.growth() != null) {
            lines.add(i18n.t(a.growth().source() == cn.techcity.cockpit.domain.GrowthSource.REPORTED ? "kpi.yoy" : "kpi.yoy-derived",
                    ValueFormat.growth(a.growth().percent())));
        }
        for (String l : lines) {
            card.getChildren().add(text(l, "wall-line"));
        }
        return card;
    }

    /** The chart beside the cards: the indicator most behind, month by month against its 序时 line, and its 倒排. */
    private Region chartPanel(Assessment a) {
        Indicator ind = a.indicator();
        VBox panel = card();
        panel.getStyleClass().add("wall-chart-panel");
        StatusStyle.apply(panel, a.status());
        Label title = text(i18n.t("wall.chart-title", ind.name(), ind.unit().isEmpty() ? "" : "(" + ind.unit() + ")"), "wall-name");
        String gap = GapWords.of(i18n, a);
        Label status = text(i18n.t(StatusStyle.messageKey(a.status())) + (gap == null ? "" : "  " + gap), "wall-gap");
        AreaViewModel.Trend t = AreaViewModel.trend(data, ind, month);
        NumberAxis x = new NumberAxis(1, 12, 1);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new cn.techcity.cockpit.ui.common.MonthTicks());
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        y.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.getStyleClass().add("wall-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.getData().add(series(t.actual()));
        chart.getData().add(series(t.timeProgressLine()));
        chart.getData().add(series(t.lastYear()));
        VBox.setVgrow(chart, Priority.ALWAYS);
        chart.setMinHeight(300);
        boolean cumulative = ind.kind().cumulative();
        javafx.scene.layout.FlowPane legend = new javafx.scene.layout.FlowPane(24, 6, legendItem(i18n.t(cumulative ? "area.series-actual" : "area.series-value"), "wall-key-actual"),
                legendItem(i18n.t(cumulative ? "wall.series-line" : "area.series-target"), "wall-key-line"),
                legendItem(i18n.t("area.series-last-year"), "wall-key-last"));
        panel.getChildren().addAll(title, status, chart, legend);
        data.target(ind.code(), data.year() + ind.planYearOffset()).ifPresent(target -> {
            BigDecimal value = a.value();
            Pace.of(ind, month, value, target.base()).ifPresent(p -> panel.getChildren().addAll(paceLines(ind, p)));
        });
        return panel;
    }

    /** 倒排 in words: what each remaining month must bring, and where the year ends at today's pace. */
    private List<Label> paceLines(Indicator ind, Pace p) {
        List<Label> out = new ArrayList<>();
        if (p.met()) {
            out.add(text(i18n.t("wall.pace-met"), "wall-line"));
            return out;
        }
        out.add(text(i18n.t("wall.pace-need", ValueFormat.number(p.perMonth(), Math.max(1, ind.decimals())) + ind.unit()), "wall-line"));
        if (p.ratio() != null) {
            out.add(text(i18n.t("wall.pace-ratio", monthsAveraged(), p.ratio().toPlainString()), "wall-line"));
        }
        out.add(text(i18n.t("wall.pace-projected", p.projected().toPlainString()), "wall-line"));
        return out;
    }

    /** 倒排 in two lines for a row of 预警: the pace still needed with its multiple, then where the year ends. */
    private List<Label> shortPaceLines(Indicator ind, Pace p) {
        if (p.met()) {
            return List.of(text(i18n.t("wall.pace-met"), "wall-line"));
        }
        String need = ValueFormat.number(p.perMonth(), Math.max(1, ind.decimals())) + ind.unit();
        return List.of(text(p.ratio() == null ? i18n.t("wall.pace-need", need) : i18n.t("wall.pace-need-ratio", need,
                        monthsAveraged(), p.ratio().toPlainString()), "wall-line"),
                text(i18n.t("wall.pace-projected", p.projected().toPlainString()), "wall-line"));
    }

    /** The months 倒排's multiple averages, as the desk names them: 1—10月 (months 1–10), 1月 (January) alone. */
    private String monthsAveraged() {
        return month == 1 ? i18n.t("pace.range-one") : i18n.t("pace.range", Integer.toString(month));
    }

    private static XYChart.Series<Number, Number> series(List<BigDecimal> values) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        for (int m = 1; m <= values.size(); m++) {
            BigDecimal v = values.get(m - 1);
            if (v != null) {
                s.getData().add(new XYChart.Data<>(m, v.doubleValue()));
            }
        }
        return s;
    }

    private Node legendItem(String name, String keyClass) {
        Region key = new Region();
        key.getStyleClass().addAll("wall-key", keyClass);
        key.setMinSize(36, 8);
        key.setMaxSize(36, 8);
        HBox item = new HBox(10, key, word(name, "wall-line"));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    /** The columns of a project list: name, stage, 计划投资, the bar of 完成投资 against it. */
    private static final double[] PROJECT_COLUMNS = {600, 140, 260, 780};
    private static final double PROJECT_GAP = 14;

    private VBox projectsPage(List<Project> all, List<Project> shown) {
        VBox page = page();
        GridPane rows = new GridPane();
        rows.setHgap(28);
        rows.setVgap(PROJECT_GAP);
        for (double w : PROJECT_COLUMNS) {
            rows.getColumnConstraints().add(column(w));
        }
        rows.addRow(0, projectHeader());
        int r = 1;
        for (Project p : shown) {
            rows.addRow(r++, projectCells(p));
        }
        page.getChildren().addAll(projectStages(all), rows);
        return page;
    }

    private HBox projectStages(List<Project> all) {
        HBox stages = row(28);
        var byStage = AreaViewModel.byStage(all);
        for (ProjectStage s : ProjectStage.values()) {
            stages.getChildren().add(text(i18n.t("stage." + s.name().toLowerCase(Locale.ROOT).replace('_', '-')) + " " + byStage.get(s),
                    byStage.get(s) > 0 ? "wall-emphasis" : "wall-line"));
        }
        return stages;
    }

    private Node[] projectHeader() {
        return new Node[] {text(i18n.t("area.col-name"), "wall-line"), text(i18n.t("area.col-stage"), "wall-line"),
                text(i18n.t("area.col-planned"), "wall-line"), text(i18n.t("wall.investment-bar"), "wall-line")};
    }

    private Node[] projectCells(Project p) {
        // the desk's bar (完成投资 against 计划投资, the share beside it), drawn large by wall.css
        cn.techcity.cockpit.ui.common.InvestmentBar bar = new cn.techcity.cockpit.ui.common.InvestmentBar();
        bar.set(p.investmentCompleted(), p.investmentPlanned());
        bar.setMaxWidth(Double.MAX_VALUE);
        return new Node[] {text(p.name(), "wall-name"),
                text(i18n.t("stage." + p.stage().name().toLowerCase(Locale.ROOT).replace('_', '-')), "wall-line"),
                word(ValueFormat.number(p.investmentPlanned(), 2), "wall-figures"), bar};
    }

    /**
     * Projects in pages, as many a page as fit its room: a name the committee wrote out in full takes two lines, so the
     * rows are measured (at the list's column widths, in the wall's styles), not counted.
     */
    private List<List<Project>> projectParts(List<Project> projects) {
        List<List<Project>> out = new ArrayList<>();
        if (projects.isEmpty()) {
            return out;
        }
        VBox probe = probe();
        // the page's own gap between the stage line and the list, then the list's heading
        double head = measure(probe, projectStages(projects)) + 20 + measure(probe, projectRow(projectHeader())) + PROJECT_GAP;
        List<Project> current = new ArrayList<>();
        double used = head;
        for (Project p : projects) {
            double h = measure(probe, projectRow(projectCells(p)));
            if (!current.isEmpty() && used + h > PAGE_HEIGHT) {
                out.add(current);
                current = new ArrayList<>();
                used = head;
            }
            current.add(p);
            used += h + PROJECT_GAP;
        }
        out.add(current);
        probe.getChildren().clear();
        return out;
    }

    /** A row of the project list laid out as the list lays it out, to be measured. */
    private static HBox projectRow(Node[] cells) {
        HBox row = new HBox(28);
        for (int k = 0; k < cells.length; k++) {
            Region cell = (Region) cells[k];
            cell.setMinWidth(PROJECT_COLUMNS[k]);
            cell.setPrefWidth(PROJECT_COLUMNS[k]);
            cell.setMaxWidth(PROJECT_COLUMNS[k]);
            row.getChildren().add(cell);
        }
        return row;
    }

    /** A work area's 重要节点 as a panel with its heading (beside a row of cards, or under the projects). */
    private VBox milestonesBox(List<Milestone> shown) {
        VBox box = card();
        box.setSpacing(8);
        box.getChildren().addAll(text(i18n.t("area.milestones"), "wall-heading"), milestoneRows(shown));
        return box;
    }

    private Region milestonesPage(List<Milestone> shown) {
        VBox page = page();
        page.getChildren().add(milestoneRows(shown));
        return page;
    }

    private GridPane milestoneRows(List<Milestone> shown) {
        GridPane rows = new GridPane();
        rows.setHgap(28);
        rows.setVgap(12);
        ColumnConstraints title = new ColumnConstraints();
        title.setHgrow(Priority.ALWAYS);
        rows.getColumnConstraints().addAll(column(200), title);
        int r = 0;
        for (Milestone m : shown) {
            Label s = text(i18n.t("milestone." + m.status().name().toLowerCase(Locale.ROOT).replace('_', '-')), "wall-status");
            StatusStyle.apply(s, m.status() == cn.techcity.cockpit.domain.MilestoneStatus.DONE ? Status.GREEN
                    : m.status() == cn.techcity.cockpit.domain.MilestoneStatus.NOT_STARTED ? Status.NO_DATA : Status.AMBER);
            rows.add(s, 0, r);
            rows.add(text(m.title(), "wall-name"), 1, r);
            r++;
        }
        return rows;
    }

    // ---------------------------------------------------------------- battles

    private Region battles() {
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(24);
        for (int c = 0; c < 2; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(50);
            grid.getColumnConstraints().add(cc);
        }
        List<Section> battles = data.sections(SectionKind.BATTLE);
        int rowsNeeded = Math.max(1, (battles.size() + 1) / 2);
        for (int r = 0; r < rowsNeeded; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setPercentHeight(100.0 / rowsNeeded);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
        }
        for (int k = 0; k < battles.size(); k++) {
            Region card = battleCard(battles.get(k));
            card.setMaxHeight(Double.MAX_VALUE);
            card.setMaxWidth(Double.MAX_VALUE);
            grid.add(card, k % 2, k / 2);
        }
        VBox page = page();
        VBox.setVgrow(grid, Priority.ALWAYS);
        if (battles.isEmpty()) {
            page.getChildren().add(text(battlesHeading(), "wall-name"));
        }
        page.getChildren().add(grid);
        return page;
    }

    private Region battleCard(Section b) {
        VBox card = card();
        TaskRollup r = OverviewViewModel.progress(data, b, today);
        Label done = text(i18n.t("overview.tasks-done", r.done(), r.total()), "wall-big");
        Label overdue = text(r.overdue() > 0 ? i18n.t("overview.overdue", r.overdue()) : i18n.t("battles.no-overdue"), "wall-emphasis");
        overdue.setId("wall-battle-" + b.code() + "-overdue");
        StatusStyle.apply(overdue, r.overdue() > 0 ? Status.RED : Status.GREEN);
        HBox top = new HBox(36, done, overdue);
        top.setAlignment(Pos.BASELINE_LEFT);
        card.getChildren().addAll(text(b.title(), "wall-name"), top, track(r.shareDone()));
        List<BattleTask> next = r.overdueTasks().stream().limit(2).toList();
        String heading = i18n.t("battle.overdue");
        if (next.isEmpty()) {
            next = TaskRollup.upcoming(data.tasks(b.code()), today, 2);
            heading = i18n.t("overview.upcoming");
        }
        if (next.isEmpty()) {
            next = TaskRollup.planned(data.tasks(b.code()), today, 2);
            heading = i18n.t("overview.planned");
        }
        if (!next.isEmpty()) {
            Label h = text(heading, "wall-line");
            h.setId("wall-battle-" + b.code() + "-tasks");
            card.getChildren().add(h);
            for (int k = 0; k < next.size(); k++) {
                BattleTask t = next.get(k);
                Label line = text(i18n.t("overview.upcoming-line", i18n.date(t.due(), data.year()), t.title()), "wall-task");
                line.setId("wall-battle-" + b.code() + "-task-" + k);
                card.getChildren().add(line);
            }
        }
        return card;
    }

    private List<WallPage> battle(ViewId id, Section b) {
        List<BattleTask> tasks = data.tasks(b.code()).stream()
                .sorted(Comparator.comparing((BattleTask t) -> t.status() == TaskStatus.DONE)
                        .thenComparing(BattleTask::due, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparingInt(BattleTask::ord))
                .toList();
        List<WallPage> pages = new ArrayList<>();
        List<List<BattleTask>> parts = chunks(tasks, TASKS_PER_PAGE);
        if (parts.isEmpty()) {
            parts = List.of(List.of());
        }
        for (int k = 0; k < parts.size(); k++) {
            pages.add(new WallPage(null, k + 1, parts.size(), b.title(), tasksPage(b, parts.get(k))));
        }
        return number(id, pages);
    }

    private Region tasksPage(Section b, List<BattleTask> shown) {
        VBox page = page();
        TaskRollup r = OverviewViewModel.progress(data, b, today);
        HBox top = row(36);
        top.getChildren().addAll(text(i18n.t("overview.tasks-done", r.done(), r.total()), "wall-big"), grow(track(r.shareDone())));
        top.setAlignment(Pos.CENTER_LEFT);
        GridPane rows = new GridPane();
        rows.setHgap(28);
        rows.setVgap(18);
        rows.getColumnConstraints().addAll(column(180), column(1040), column(300), column(260));
        rows.add(text(i18n.t("battle.col-status"), "wall-line"), 0, 0);
        rows.add(text(i18n.t("battle.col-task"), "wall-line"), 1, 0);
        rows.add(text(i18n.t("battle.col-owner"), "wall-line"), 2, 0);
        rows.add(text(i18n.t("battle.col-due"), "wall-line"), 3, 0);
        int k = 1;
        for (BattleTask t : shown) {
            boolean late = t.overdueOn(today);
            Label s = text(late ? i18n.t("battle.overdue")
                    : i18n.t(TaskStatusStyle.messageKey(t.status())), "wall-status");
            TaskStatusStyle.apply(s, t.status(), late);
            rows.add(s, 0, k);
            rows.add(text(t.title(), "wall-name"), 1, k);
            rows.add(text(t.owner() == null || t.owner().isBlank() ? i18n.t("battle.unassigned") : t.owner(), "wall-line"), 2, k);
            rows.add(text(t.due() == null ? ValueFormat.MISSING : i18n.date(t.due(), data.year()), "wall-line"), 3, k);
            k++;
        }
        page.getChildren().addAll(top, rows);
        return page;
    }

    // ---------------------------------------------------------------- pieces

    /** {@code all} in pages of at most {@code size}, as even as they can be (11 cards of 6 a page: 6 and 5; 7: 4 and 3). */
    static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        if (all.isEmpty()) {
            return out;
        }
        int pages = (all.size() + size - 1) / size;
        int per = (all.size() + pages - 1) / pages;
        for (int i = 0; i < all.size(); i += per) {
            out.add(all.subList(i, Math.min(all.size(), i + per)));
        }
        return out;
    }

    private static VBox page() {
        VBox page = new VBox(20);
        page.getStyleClass().add("wall-page");
        page.setPadding(new Insets(20, 28, 24, 28));
        return page;
    }

    private static HBox row(double gap) {
        HBox row = new HBox(gap);
        row.setFillHeight(true);
        return row;
    }

    private static VBox card() {
        VBox card = new VBox(6);
        card.getStyleClass().add("wall-card");
        return card;
    }

    private static Region grow(Region r) {
        HBox.setHgrow(r, Priority.ALWAYS);
        r.setMaxWidth(Double.MAX_VALUE);
        r.setPrefWidth(100);
        return r;
    }

    private static Label heading(String s) {
        return text(s, "wall-heading");
    }

    static Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    /** A label that is never wrapped nor shortened: a figure, a unit, a status word. */
    static Label word(String s, String styleClass) {
        Label l = new Label(s);
        l.getStyleClass().add(styleClass);
        l.setMinWidth(Region.USE_PREF_SIZE);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static ColumnConstraints column(double width) {
        ColumnConstraints c = new ColumnConstraints(width);
        c.setMinWidth(width);
        c.setPrefWidth(width);
        c.setMaxWidth(width);
        return c;
    }

    private static Region track(double share) {
        Region fill = new Region();
        fill.getStyleClass().add("wall-track-fill");
        StackPane t = new StackPane(fill) {
            @Override
            protected void layoutChildren() {
                fill.resizeRelocate(0, 0, getWidth() * Math.max(0, Math.min(1, share)), getHeight());
            }
        };
        t.getStyleClass().add("wall-track");
        t.setMinHeight(16);
        t.setPrefHeight(16);
        t.setMaxHeight(16);
        return t;
    }
}
