package cn.techcity.cockpit.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.common.ViewId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The overview's charts under the headline tiles draw, for each headline indicator, the 完成率 the domain computes for
 * each stored month (a growth rate: its growth), against 序时进度 N/12 (a growth rate: the target growth).
 */
@ExtendWith(ApplicationExtension.class)
class HeadlineChartsTest {
    private SessionWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SessionWindow.open(stage, ViewId.OVERVIEW, Clock.systemDefaultZone(), 2026, 10);
    }

    @AfterEach
    void close() {
        window.session().close();
    }

    private static List<double[]> points(XYChart.Series<Number, Number> s) {
        List<double[]> out = new ArrayList<>();
        s.getData().forEach(d -> out.add(new double[] {d.getXValue().doubleValue(), d.getYValue().doubleValue()}));
        return out;
    }

    private void assertDrawsTheDomain(OverviewController overview, CockpitData data, int month) {
        List<HeadlineChart> charts = overview.headlineCharts();
        assertThat(charts).extracting(HeadlineChart::code).containsExactlyElementsOf(data.headlineCodes());
        int cumulative = 0;
        for (HeadlineChart c : charts) {
            Indicator i = data.indicator(c.code()).orElseThrow();
            List<double[]> actual = points(c.chart().getData().get(0));
            List<double[]> line = points(c.chart().getData().get(1));
            List<double[]> expected = new ArrayList<>();
            for (int m = 1; m <= month; m++) {
                Assessment a = data.assess(i, m);
                if (i.kind() == IndicatorKind.GROWTH_RATE) {
                    expected.add(new double[] {m, a.value().doubleValue()});
                } else {
                    expected.add(new double[] {m, a.completion().doubleValue() * 100});
                }
            }
            assertThat(actual).as(i.code() + " months drawn").hasSize(month);
            for (int k = 0; k < month; k++) {
                assertThat(actual.get(k)[0]).isEqualTo(expected.get(k)[0]);
                assertThat(actual.get(k)[1]).as(i.code() + " month " + (k + 1)).isCloseTo(expected.get(k)[1], within(1e-9));
            }
            assertThat(line).hasSize(12);
            for (int m = 1; m <= 12; m++) {
                double reference = i.kind() == IndicatorKind.GROWTH_RATE ? data.target(i.code(), data.year()).orElseThrow().base().doubleValue()
                        : i.kind().cumulative() ? 100.0 * m / 12 : 100;
                assertThat(line.get(m - 1)[1]).as(i.code() + " line at " + m).isCloseTo(reference, within(1e-9));
            }
            if (i.kind().cumulative()) {
                cumulative++;
            }
        }
        assertThat(cumulative).as("the sample's headlines have cumulative ones").isPositive();
    }

    @Test
    void eachHeadlineChartHoldsTheStoredMonthsAsTheDomainReadsThem(FxRobot robot) {
        var shell = window.ui().shell();
        OverviewController overview = (OverviewController) shell.view(ViewId.OVERVIEW);
        final CockpitData data0 = shell.data();
        CockpitData data = data0;
        assertDrawsTheDomain(overview, data, 10);

        // a save moves the point it changes, and keeps the chart's points (no node added or removed)
        HeadlineChart first = overview.headlineCharts().get(0);
        Indicator headline = data.indicator(first.code()).orElseThrow();
        var pointsBefore = List.copyOf(first.chart().getData().get(0).getData());
        java.math.BigDecimal july = data.figure(headline.code(), 2026, 7).orElseThrow().value();
        java.math.BigDecimal raised = july.add(java.math.BigDecimal.ONE).setScale(headline.decimals(), java.math.RoundingMode.HALF_UP);
        window.session().saveFigures("测试", List.of(new cn.techcity.cockpit.store.FigureEdit(headline.code(), 2026, 7, true,
                raised, false, null, false, null, data0.figureVersion(headline.code(), 2026, 7))), List.of()).start();
        SessionWindow.waitFor(() -> shell.data() != data0);
        CockpitData saved = shell.data();
        assertThat(saved.figure(headline.code(), 2026, 7).orElseThrow().value()).isEqualByComparingTo(raised);
        assertDrawsTheDomain(overview, saved, 10);
        assertThat(first.chart().getData().get(0).getData()).containsExactlyElementsOf(pointsBefore);
        data = saved;

        // the cockpit as of June: the months after it are not drawn
        robot.interact(() -> shell.setMonth(6));
        WaitForAsyncUtils.waitForFxEvents();
        assertDrawsTheDomain(overview, data, 6);
    }
}
