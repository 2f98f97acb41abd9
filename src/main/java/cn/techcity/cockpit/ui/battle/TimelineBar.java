package cn.techcity.cockpit.ui.battle;

import javafx.scene.layout.Region;

/** One row of the timeline: the plan year as a track, the task as a bar up to its due date, and today's line. */
final class TimelineBar extends Region {
    private final Region track = new Region();
    private final Region bar = new Region();
    private final Region today = new Region();
    private double start;
    private double end = Double.NaN;
    private double now = Double.NaN;

    TimelineBar() {
        getStyleClass().add("timeline");
        track.getStyleClass().add("timeline-track");
        bar.getStyleClass().add("timeline-bar");
        today.getStyleClass().add("timeline-today");
        getChildren().addAll(track, bar, today);
        setMinHeight(22);
        setPrefHeight(22);
        setMaxHeight(22);
        setMinWidth(0);
        setPrefWidth(600);
    }

    /** Fractions of the plan year (0 = 1 January, 1 = 31 December); NaN hides that part. */
    void set(double start, double end, double now) {
        this.start = start;
        this.end = end;
        this.now = now;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        track.resizeRelocate(0, h * 0.3, w, h * 0.4);
        bar.setVisible(!Double.isNaN(end));
        if (!Double.isNaN(end)) {
            double x0 = w * clamp(start);
            double x1 = Math.max(x0 + 6, w * clamp(end));
            bar.resizeRelocate(x0, h * 0.15, x1 - x0, h * 0.7);
        }
        boolean showToday = !Double.isNaN(now) && now >= 0 && now <= 1;
        today.setVisible(showToday);
        if (showToday) {
            today.resizeRelocate(w * now - 1.5, 0, 3, h);
        }
    }

    private static double clamp(double f) {
        return Math.max(0, Math.min(1, f));
    }
}
