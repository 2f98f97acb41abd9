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
    private final Indicator indicator;
    private final I18n i18n;
    private final Tile tile;
    private final VBox content = new VBox();
    private final Label name = new Label();
    private final Label value = new Label();
    private final Label unit = new Label();
    private final Label status = new Label();
    private final Label target = new Label();
    private final ProgressTrack track = new ProgressTrack();
    private final Label rates = new Label();
    private final Label gap = new Label();
    private final Label growth = new Label();
    private final double baseFontSize;
    private final boolean large;
    /** The target line as one line, and with the stretch target on a line of its own (null when there is none). */
    private String targetLine = "";
    private String targetLines;

    public KpiTile(Indicator indicator, I18n i18n, Theme theme, boolean large) {
        this.indicator = indicator;
        this.i18n = i18n;
        this.large = large;
        this.baseFontSize = large ? 76 : 50;
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
        HBox valueRow = new HBox(6, value, unit, spacer, status);
        valueRow.setAlignment(Pos.BASELINE_LEFT);
        valueRow.setMinWidth(0);
        for (Label l : new Label[] {target, rates, gap, growth}) {
            l.getStyleClass().add("kpi-line");
            l.setMinWidth(0);
        }
        gap.getStyleClass().add("kpi-gap");
        content.getChildren().addAll(name, valueRow, track, target, rates, growth);
        target.setWrapText(large);
        content.setFillWidth(true);
        rates.setGraphic(gap);
        rates.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        rates.setGraphicTextGap(8);
        content.widthProperty().addListener((o, was, now) -> {
            fitValue();
            fitTarget();
        });
        value.textProperty().addListener((o, was, now) -> fitValue());
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
        content.setId("kpi-" + indicator.code());
    }

    /** Shrinks the main figure's font when a long number would not fit the tile: a clipped figure is a wrong figure. */
    private void fitValue() {
        double available = content.getWidth() - content.getPadding().getLeft() - content.getInsets().getLeft()
                - unit.prefWidth(-1) - status.prefWidth(-1) - 16;
        if (available <= 0) {
            return;
        }
        Text probe = new Text(value.getText());
        probe.setFont(Font.font(value.getFont().getFamily(), FontWeight.BOLD, baseFontSize));
        double needed = probe.getLayoutBounds().getWidth();
        double fontSize = needed > available ? Math.max(28, Math.floor(baseFontSize * available / needed)) : baseFontSize;
        String style = fontSize == baseFontSize ? "" : "-fx-font-size: " + fontSize + "px;";
        if (!style.equals(value.getStyle())) {
            value.setStyle(style);
        }
    }

    /**
     * Where the target line with its stretch target does not fit on one line, the stretch goes on a line of its own:
     * left to wrapping, the line broke inside a figure's unit ("59.8亿" / "元"), which reads as a different figure.
     */
    private void fitTarget() {
        String text = targetLine;
        if (targetLines != null) {
            double available = content.getWidth() - content.getInsets().getLeft() - content.getInsets().getRight();
            Text probe = new Text(targetLine);
            probe.setFont(target.getFont());
            if (available <= 0 || probe.getLayoutBounds().getWidth() > available - 4) {
                text = targetLines;
            }
        }
        if (!text.equals(target.getText())) {
            target.setText(text);
        }
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
        targetLines = null;
        if (a.target() == null) {
            targetLine = i18n.t("kpi.no-target");
        } else {
            String t = ValueFormat.withUnit(a.target(), indicator);
            String label = a.phaseLabel() != null ? i18n.t("kpi.phase-target", a.phaseLabel(), t)
                    : growthRate ? i18n.t("kpi.target-growth", t) : i18n.t("kpi.target", t);
            if (a.completion() != null) {
                label = i18n.t("kpi.target-rate", label, ValueFormat.percentOfFraction(a.completion()));
            }
            if (a.stretch() != null && large) {
                String stretch = i18n.t("kpi.stretch", ValueFormat.withUnit(a.stretch(), indicator));
                targetLines = label + "\n" + stretch;
                label += " · " + stretch;
            }
            targetLine = label;
        }
        fitTarget();

        double completion = a.completion() == null ? Double.NaN : a.completion().doubleValue();
        double due = a.timeProgress() != null ? a.timeProgress().doubleValue() : Double.isNaN(completion) ? Double.NaN : 1.0;
        if (growthRate && a.value() != null && a.target() != null && a.target().signum() > 0) {
            completion = a.value().doubleValue() / a.target().doubleValue();
            due = 1.0;
        }
        track.set(completion, due);
        rates.setText(a.timeProgress() != null ? i18n.t("kpi.time-progress", ValueFormat.percentOfFraction(a.timeProgress())) : "");
        gap.setText(gapText(a));
        boolean hasGrowth = a.growth() != null;
        growth.setVisible(hasGrowth);
        growth.setManaged(hasGrowth);
        growth.setText(!hasGrowth ? "" : i18n.t(a.growth().source() == cn.techcity.cockpit.domain.GrowthSource.REPORTED
                ? "kpi.yoy" : "kpi.yoy-derived", ValueFormat.growth(a.growth().percent())));
    }

    /** For a plan-year target seen outside its year: the target and the figure, no time progress, a remark instead. */
    public void updateBeforeYear(Assessment a, String remark) {
        update(a);
        rates.setText(remark);
        gap.setText("");
        track.set(Double.NaN, Double.NaN);
    }

    private String gapText(Assessment a) {
        if (a.plainGap() == null) {
            return "";
        }
        var r = a.plainGap().setScale(1, java.math.RoundingMode.HALF_UP);
        String points = ValueFormat.points(r);
        if (r.signum() == 0) {
            return i18n.t(a.timeProgress() != null ? "kpi.gap-even-progress" : "kpi.gap-even-target");
        }
        String key = (a.timeProgress() != null ? "kpi.gap-progress-" : "kpi.gap-target-") + (r.signum() > 0 ? "ahead" : "behind");
        return i18n.t(key, points);
    }

    /** The main figure's text, for tests. */
    public String valueText() {
        return value.getText();
    }
}
