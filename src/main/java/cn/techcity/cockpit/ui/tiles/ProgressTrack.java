package cn.techcity.cockpit.ui.tiles;

import javafx.scene.layout.Region;

/** A bar of 完成率 with a tick at 序时进度: the whole rule in one glance. */
public final class ProgressTrack extends Region {
    private final Region fill = new Region();
    private final Region marker = new Region();
    private double completion = Double.NaN;
    private double timeProgress = Double.NaN;

    public ProgressTrack() {
        getStyleClass().add("progress-track");
        fill.getStyleClass().add("progress-fill");
        marker.getStyleClass().add("progress-marker");
        getChildren().addAll(fill, marker);
        setMinHeight(14);
        setPrefHeight(14);
    }

    /** Fractions: 1 = 100 %. NaN hides the part. */
    public void set(double completion, double timeProgress) {
        if (same(completion, this.completion) && same(timeProgress, this.timeProgress)) {
            return;
        }
        this.completion = completion;
        this.timeProgress = timeProgress;
        requestLayout();
    }

    private static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        boolean hasFill = !Double.isNaN(completion);
        fill.setVisible(hasFill);
        if (hasFill) {
            fill.resizeRelocate(0, 0, w * Math.max(0, Math.min(1, completion)), h);
        }
        boolean hasMarker = !Double.isNaN(timeProgress);
        marker.setVisible(hasMarker);
        if (hasMarker) {
            double x = w * Math.max(0, Math.min(1, timeProgress));
            marker.resizeRelocate(Math.min(w - 4, Math.max(0, x - 2)), -5, 4, h + 10);
        }
    }
}
