package cn.techcity.cockpit.ui.overview;

import cn.techcity.cockpit.ui.common.I18n;
import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * A headline indicator month by month under its tile: the 完成率 of each month (solid) against the 序时进度 line
 * (dashed), or a growth rate against its target growth. Built once; {@link #update} pushes the points.
 */
final class HeadlineChart {
    private final I18n i18n;
    private final VBox box = new VBox();
    private final Label caption = new Label();
    private final NumberAxis months = new NumberAxis(1, 12, 1);
    private final NumberAxis percent = new NumberAxis();
    private final LineChart<Number, Number> chart = new LineChart<>(months, percent);
    private final XYChart.Series<Number, Number> actual = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> line = new XYChart.Series<>();
    private OverviewViewModel.HeadlineTrend shown;
    private final String code;

    HeadlineChart(I18n i18n, String code) {
        this.i18n = i18n;
        this.code = code;
        caption.getStyleClass().add("headline-chart-caption");
        caption.setMinWidth(0);
        months.setAnimated(false);
        months.setMinorTickVisible(false);
        months.setAutoRanging(false);
        months.setTickLabelFormatter(new cn.techcity.cockpit.ui.common.MonthTicks());
        percent.setAnimated(false);
        percent.setForceZeroInRange(true);
        percent.setMinorTickVisible(false);
        percent.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Math.round(n.doubleValue()) + "%";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s.replace("%", ""));
            }
        });
        percent.setSide(Side.LEFT);
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.setCreateSymbols(true);
        chart.getData().add(actual);
        chart.getData().add(line);
        chart.getStyleClass().add("headline-chart");
        chart.setMinHeight(0);
        chart.setId("headline-chart-" + code);
        VBox.setVgrow(chart, Priority.ALWAYS);
        box.getChildren().addAll(caption, chart);
        box.getStyleClass().addAll("panel", "headline-chart-panel");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setPrefWidth(400);
        box.setMinWidth(0);
    }

    VBox node() { return box; }

    String code() { return code; }

    /** The points drawn (for tests): the indicator's months with a value, and the line they are read against. */
    OverviewViewModel.HeadlineTrend shown() { return shown; }

    LineChart<Number, Number> chart() { return chart; }

    void update(OverviewViewModel.HeadlineTrend t) {
        if (t.equals(shown)) {
            return;     // nothing changed: leave the chart alone
        }
        shown = t;
        String text = i18n.t(t.growthRate() ? "overview.trend-growth"
                : t.indicator().kind().cumulative() ? "overview.trend-cumulative" : "overview.trend-level");
        if (!text.equals(caption.getText())) {
            caption.setText(text);
        }
        fill(actual, t.actual());
        fill(line, t.line());
        scale(t);
        // one line at the ends of every month: symbols on the 完成率 only
        for (XYChart.Data<Number, Number> d : line.getData()) {
            if (d.getNode() != null) {
                d.getNode().setVisible(false);
            }
        }
    }

    /**
     * A range of whole steps around what is drawn, with zero in it: three or four labels (the automatic range of a
     * rate a little past 100 % went up to 200 %, squashing the lines into the lower half).
     */
    private void scale(OverviewViewModel.HeadlineTrend t) {
        double max = 0;
        double min = 0;
        for (List<OverviewViewModel.Point> points : List.of(t.actual(), t.line())) {
            for (OverviewViewModel.Point p : points) {
                max = Math.max(max, p.percent());
                min = Math.min(min, p.percent());
            }
        }
        double span = Math.max(max - min, 1);
        double raw = span / 3;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw <= magnitude ? magnitude : raw <= 2 * magnitude ? 2 * magnitude : raw <= 2.5 * magnitude
                ? 2.5 * magnitude : raw <= 5 * magnitude ? 5 * magnitude : 10 * magnitude;
        percent.setAutoRanging(false);
        percent.setLowerBound(Math.floor(min / step) * step);
        percent.setUpperBound(Math.max(step, Math.ceil(max / step) * step));
        percent.setTickUnit(step);
    }

    /**
     * The points pushed into the series: a figure changed (a save, the poll) moves the points it changes and adds or
     * removes none, so the chart's nodes stay (a wall redraws for weeks; a look-up walking the scene meets no change).
     */
    private static void fill(XYChart.Series<Number, Number> series, List<OverviewViewModel.Point> points) {
        var data = series.getData();
        boolean sameMonths = data.size() == points.size();
        for (int k = 0; sameMonths && k < points.size(); k++) {
            sameMonths = data.get(k).getXValue().intValue() == points.get(k).month();
        }
        if (sameMonths) {
            for (int k = 0; k < points.size(); k++) {
                if (data.get(k).getYValue().doubleValue() != points.get(k).percent()) {
                    data.get(k).setYValue(points.get(k).percent());
                }
            }
        } else {
            data.setAll(points.stream().map(p -> new XYChart.Data<Number, Number>(p.month(), p.percent())).toList());
        }
        if (series.getNode() != null) {
            series.getNode().setVisible(!points.isEmpty());
        }
    }
}
