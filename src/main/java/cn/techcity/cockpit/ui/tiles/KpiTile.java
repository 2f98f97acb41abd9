package cn.techcity.cockpit.ui.tiles;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import eu.hansolo.tilesfx.Tile;
import eu.hansolo.tilesfx.TileBuilder;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

/**
 * A KPI tile of one indicator: the figure and its unit large, the target, 完成率 against 序时进度 as a bar with a tick,
 * the gap in 个百分点, 同比, and the status colour. A TilesFX tile (custom skin, not animated) with our own content,
 * because the stock skins' text is sized for a desk, not for a wall eight metres away.
 */
public final class KpiTile {
    /** The main figure's font size at each fitting level: full, compact, tight (normal tile, large tile). */
    private static final double[] VALUE_SIZES = {50, 42, 36};
    private static final double[] LARGE_VALUE_SIZES = {76, 66, 58};
    private static final String[] LEVELS = {"kpi-fit-0", "kpi-fit-1", "kpi-fit-2"};

    private final Indicator indicator;
    private final I18n i18n;
    private final Tile tile;
    private final VBox content = new VBox();
    private final Label name = new Label();
    private final Label value = new Label();
    private final Label unit = new Label();
    private final Label status = new Label();
    private final HBox valueRow;
    private final HBox statusRow = new HBox();
    private final ProgressTrack track = new ProgressTrack();
    /** The figures under the bar, each a whole piece: they flow onto the next line between pieces, never inside one. */
    private final FlowPane facts = new FlowPane();
    private final Label target = new Label();
    private final Label completion = new Label();
    private final Label stretch = new Label();
    private final Label rates = new Label();
    private final Label gap = new Label();
    private final Label growth = new Label();
    private final boolean large;
    /** The tile's detail: the whole name and unit, and its 倒排 where it has one. */
    private final Tooltip tip;
    private int level = -1;
    private boolean fitting;

    public KpiTile(Indicator indicator, I18n i18n, Theme theme, boolean large) {
        this.indicator = indicator;
        this.i18n = i18n;
        this.large = large;
        content.getStyleClass().addAll("kpi", large ? "kpi-large" : "kpi-normal");
        content.setMinSize(0, 0);
        name.getStyleClass().add("kpi-name");
        name.setText(indicator.name());
        name.setWrapText(true);
        name.setMinWidth(0);
        name.setMaxWidth(Double.MAX_VALUE);
        status.getStyleClass().add("kpi-status");
        status.setMinWidth(Region.USE_PREF_SIZE);
        value.getStyleClass().add("kpi-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        unit.getStyleClass().add("kpi-unit");
        unit.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        valueRow = new HBox(6, value, unit, spacer, status);
        valueRow.setAlignment(Pos.BASELINE_LEFT);
        valueRow.setMinWidth(0);
        statusRow.setAlignment(Pos.CENTER_LEFT);
        for (Label l : new Label[] {target, completion, stretch, rates, gap, growth}) {
            l.getStyleClass().add("kpi-line");
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        gap.getStyleClass().add("kpi-gap");
        facts.getStyleClass().add("kpi-facts");
        facts.setHgap(large ? 12 : 9);
        facts.setVgap(0);
        facts.setMinWidth(0);
        facts.setPrefWrapLength(120);
        facts.getChildren().addAll(target, completion, stretch, rates, gap, growth);
        content.getChildren().addAll(name, valueRow, track, facts);
        content.setFillWidth(true);
        content.widthProperty().addListener((o, was, now) -> fit(true));
        content.heightProperty().addListener((o, was, now) -> fit(true));
        tile = TileBuilder.create()
                .skinType(Tile.SkinType.CUSTOM)
                .title("")
                .textVisible(false)
                .graphic(content)
                .animated(false)
                .roundedCorners(true)
                .backgroundColor(theme.tileBackground())
                .foregroundBaseColor(theme.tileForeground())
                .build();
        tile.setSkin(new KpiTileSkin(tile));
        tile.getStyleClass().add("kpi-tile");
        tile.setUserData(indicator.code());
        // the whole name where the tile is small, and what the figure is
        tip = new Tooltip(title());
        tip.setShowDelay(javafx.util.Duration.millis(400));
        tip.setShowDuration(javafx.util.Duration.seconds(30));
        Tooltip.install(tile, tip);
        content.setId("kpi-" + indicator.code());
    }

    /**
     * Makes every figure fit the tile as it is now: the fullest level of the three (type sizes of the name, the figure
     * and the lines) at which everything fits; the status word on a line of its own where it does not fit beside the
     * figure. A clipped figure is a wrong figure, so the layout gives way, never the text.
     */
    private void fit() {
        fit(true);
    }

    /**
     * @param full from the fullest level (the tile's size changed); else from the level it has (new values: a step
     *             down when they no longer fit, no CSS pass when they do — a refresh of 18 tiles stays within its
     *             60 ms, docs/performance.md)
     */
    private void fit(boolean full) {
        double w = content.getWidth();
        double h = content.getHeight();
        if (fitting || w <= 0 || h <= 0 || content.getScene() == null) {
            return;
        }
        fitting = true;
        try {
            double inner = w - content.getInsets().getLeft() - content.getInsets().getRight();
            int own = LEVELS.length - 1;
            for (int l = full || level < 0 ? 0 : level; l < LEVELS.length; l++) {
                if (applyLevel(l, inner) <= h) {
                    own = l;
                    break;
                }
            }
            int shared = group == null ? own : group.report(this, own);
            if (shared != own) {
                applyLevel(shared, inner);
            }
        } finally {
            fitting = false;
        }
    }

    /** Sets the type sizes of a level and places the status word; returns the height the content then needs. */
    private double applyLevel(int l, double inner) {
        if (setLevel(l)) {
            content.applyCss();     // the type sizes of the level, before measuring
        }
        double size = (large ? LARGE_VALUE_SIZES : VALUE_SIZES)[l];
        double valueWidth = textWidth(value.getText(), size);
        double unitWidth = unit.prefWidth(-1);
        // the figure alone is too wide (a long number): a smaller figure rather than a cut one
        if (valueWidth + 6 + unitWidth > inner) {
            size = Math.max(24, Math.floor(size * (inner - 6 - unitWidth) / valueWidth));
            valueWidth = textWidth(value.getText(), size);
        }
        String style = "-fx-font-size: " + size + "px;";
        if (!style.equals(value.getStyle())) {
            value.setStyle(style);
        }
        // at once, for the measuring (the style reaches the font at the next CSS pass)
        value.setFont(valueFont(size));
        placeStatus(valueWidth + 6 + unitWidth + 12 + status.prefWidth(-1) <= inner);
        return neededHeight(inner);
    }

    /**
     * Tiles side by side in one view: each steps down as far as the one that needs it most, so that a row reads as
     * one type size, not as a patchwork.
     */
    public static final class FitGroup {
        private final java.util.Map<KpiTile, Integer> levels = new java.util.IdentityHashMap<>();
        private int shared;

        int report(KpiTile tile, int level) {
            levels.put(tile, level);
            int max = levels.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            if (max != shared) {
                shared = max;
                for (KpiTile other : levels.keySet()) {
                    if (other != tile && other.level != max) {
                        javafx.application.Platform.runLater(other::fit);
                    }
                }
            }
            return max;
        }
    }

    private FitGroup group;

    /** Joins the tiles of a view that share one type size. */
    public KpiTile fitWith(FitGroup group) {
        this.group = group;
        return this;
    }

    /** The height the content needs at this width (VBox's own cached answer missed a row just added). */
    private double neededHeight(double inner) {
        double sum = content.getInsets().getTop() + content.getInsets().getBottom();
        int n = 0;
        for (javafx.scene.Node child : content.getChildren()) {
            if (child.isManaged()) {
                sum += child.prefHeight(inner);
                n++;
            }
        }
        return sum + content.getSpacing() * Math.max(0, n - 1);
    }

    private boolean setLevel(int l) {
        if (l == level) {
            return false;
        }
        content.getStyleClass().removeAll(LEVELS);
        content.getStyleClass().add(LEVELS[l]);
        level = l;
        return true;
    }

    private void placeStatus(boolean inline) {
        if (inline && status.getParent() != valueRow) {
            statusRow.getChildren().remove(status);
            content.getChildren().remove(statusRow);
            valueRow.getChildren().add(status);
        } else if (!inline && status.getParent() != statusRow) {
            valueRow.getChildren().remove(status);
            statusRow.getChildren().add(status);
            content.getChildren().add(content.getChildren().indexOf(valueRow) + 1, statusRow);
        }
    }

    private static Font valueFont(double size) {
        return Font.font(Theme.chineseFontFamily(), FontWeight.BOLD, size);
    }

    private double textWidth(String text, double size) {
        Text probe = new Text(text);
        probe.setFont(valueFont(size));
        return probe.getLayoutBounds().getWidth();
    }

    public Tile node() {
        return tile;
    }

    public Indicator indicator() {
        return indicator;
    }

    /** Pushes an assessment into the existing labels; nothing is rebuilt, nothing animates. */
    public void update(Assessment a) {
        value.setText(a.value() == null ? ValueFormat.MISSING : ValueFormat.number(a.value(), indicator.decimals()));
        unit.setText(a.value() == null ? "" : indicator.unit());
        status.setText(i18n.t(StatusStyle.messageKey(a.status())));
        StatusStyle.apply(content, a.status());

        boolean growthRate = indicator.kind() == IndicatorKind.GROWTH_RATE;
        if (a.target() == null) {
            target.setText(i18n.t("kpi.no-target"));
            show(completion, null);
            show(stretch, null);
        } else {
            String t = ValueFormat.withUnit(a.target(), indicator);
            target.setText(a.phaseLabel() != null ? i18n.t("kpi.phase-target", a.phaseLabel(), t)
                    : growthRate ? i18n.t("kpi.target-growth", t) : i18n.t("kpi.target", t));
            show(completion, a.completion() == null ? null : i18n.t("kpi.completion", ValueFormat.percentOfFraction(a.completion())));
            show(stretch, a.stretch() != null && large ? i18n.t("kpi.stretch", ValueFormat.withUnit(a.stretch(), indicator)) : null);
        }

        double done = a.completion() == null ? Double.NaN : a.completion().doubleValue();
        double due = a.timeProgress() != null ? a.timeProgress().doubleValue() : Double.isNaN(done) ? Double.NaN : 1.0;
        if (growthRate && a.value() != null && a.target() != null && a.target().signum() > 0) {
            done = a.value().doubleValue() / a.target().doubleValue();
            due = 1.0;
        }
        track.set(done, due);
        show(rates, a.timeProgress() != null ? i18n.t("kpi.time-progress", ValueFormat.percentOfFraction(a.timeProgress())) : null);
        show(gap, GapWords.of(i18n, a));
        show(growth, a.growth() == null ? null : i18n.t(a.growth().source() == cn.techcity.cockpit.domain.GrowthSource.REPORTED
                ? "kpi.yoy" : "kpi.yoy-derived", ValueFormat.growth(a.growth().percent())));
        detail(a);
        fit(false);
    }

    private String title() {
        return indicator.name() + (indicator.unit().isEmpty() ? "" : "(" + indicator.unit() + ")");
    }

    /** The tooltip: the name, then 倒排 (what each month left must bring, where the year ends at this pace). */
    private void detail(Assessment a) {
        java.util.List<String> pace = PaceWords.lines(i18n, indicator, a.month(), PaceWords.of(a));
        String text = pace.isEmpty() ? title() : title() + "\n" + i18n.t("pace.heading", String.join("\n", pace));
        if (!text.equals(tip.getText())) {
            tip.setText(text);
        }
    }

    /** The tile's detail text (its tooltip), for tests. */
    public String detailText() {
        return tip.getText();
    }

    /** A piece of the lines under the bar; null or empty leaves it out. */
    private static void show(Label piece, String text) {
        boolean shown = text != null && !text.isEmpty();
        if (piece.isManaged() != shown) {
            piece.setVisible(shown);
            piece.setManaged(shown);
        }
        String now = shown ? text : "";
        if (!now.equals(piece.getText())) {
            piece.setText(now);
        }
    }

    /** For a plan-year target seen outside its year: the target and the figure, no time progress, a remark instead. */
    public void updateBeforeYear(Assessment a, String remark) {
        update(a);
        tip.setText(title());     // no 倒排 for a year not running
        show(rates, remark);
        show(gap, null);
        track.set(Double.NaN, Double.NaN);
        fit(false);
    }

    /** The main figure's text, for tests. */
    public String valueText() {
        return value.getText();
    }
}
