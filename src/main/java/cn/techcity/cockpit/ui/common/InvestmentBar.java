package cn.techcity.cockpit.ui.common;

import cn.techcity.cockpit.domain.CompletionRate;
import cn.techcity.cockpit.domain.ValueFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * 完成投资 against 计划投资: a track standing for the plan, filled to the share invested, and the figures beside it
 * (“7.66 · 67%”). Every size comes from CSS ({@code .investment-bar}, {@code .investment-track}'s
 * {@code -fx-pref-height}, {@code .investment-figures}' font), so a wall page can show the same bar large.
 * Past the plan the track is full and marked {@code over}; without a plan (or a plan of 0) there is no share to draw
 * and the figures say what was invested.
 */
public final class InvestmentBar extends Region {
    private static final String STYLESHEET = Theme.resource("/cn/techcity/cockpit/ui/common/investment-bar.css");
    private final Region track = new Region();
    private final Region fill = new Region();
    private final Label figures = new Label();
    private BigDecimal completed;
    private BigDecimal planned;
    private double share = Double.NaN;

    public InvestmentBar() {
        getStyleClass().add("investment-bar");
        getStylesheets().add(STYLESHEET);
        track.getStyleClass().add("investment-track");
        fill.getStyleClass().add("investment-fill");
        figures.getStyleClass().add("investment-figures");
        figures.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(track, fill, figures);
    }

    /** The amounts in 亿元 (two decimals, as the document writes them); null where none is known. */
    public void set(BigDecimal completed, BigDecimal planned) {
        if (Objects.equals(completed, this.completed) && Objects.equals(planned, this.planned) && !figures.getText().isEmpty()) {
            return;
        }
        this.completed = completed;
        this.planned = planned;
        BigDecimal rate = CompletionRate.of(completed, planned).orElse(null);
        share = rate == null ? Double.NaN : Math.max(0, rate.doubleValue());
        String text = ValueFormat.number(completed, 2);
        if (rate != null) {
            text += " · " + rate.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
        }
        figures.setText(text);
        fill.setVisible(!Double.isNaN(share) && share > 0);
        if (share > 1) {
            if (!getStyleClass().contains("over")) {
                getStyleClass().add("over");
            }
        } else {
            getStyleClass().remove("over");
        }
        requestLayout();
    }

    public BigDecimal completed() { return completed; }

    public BigDecimal planned() { return planned; }

    /** 完成投资 / 计划投资 as drawn (1 = the whole track; more is drawn full); NaN without a plan. */
    public double share() { return share; }

    /** The figures beside the bar. */
    public String figuresText() { return figures.getText(); }

    /** The filled part's width now (for tests). */
    public double fillWidth() { return fill.getWidth(); }

    /** The track's width now (for tests). */
    public double trackWidth() { return track.getWidth(); }

    private double gap() {
        return snapSpaceX(figures.getFont().getSize() * 0.5);
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + 4 * figures.getFont().getSize() + gap() + figures.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + 2 * figures.getFont().getSize() + gap() + figures.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + Math.max(figures.prefHeight(-1), track.prefHeight(-1)) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double w = getWidth() - x - snappedRightInset();
        double h = getHeight() - y - snappedBottomInset();
        double labelWidth = figures.prefWidth(-1);
        double trackWidth = Math.max(0, w - labelWidth - gap());
        double trackHeight = Math.min(h, track.prefHeight(-1));
        double trackY = y + (h - trackHeight) / 2;
        track.resizeRelocate(x, snapPositionY(trackY), snapSizeX(trackWidth), snapSizeY(trackHeight));
        double filled = Double.isNaN(share) ? 0 : trackWidth * Math.min(1, share);
        fill.resizeRelocate(x, snapPositionY(trackY), snapSizeX(filled), snapSizeY(trackHeight));
        layoutInArea(figures, x + trackWidth + gap(), y, labelWidth, h, 0, javafx.geometry.HPos.LEFT, VPos.CENTER);
    }
}
