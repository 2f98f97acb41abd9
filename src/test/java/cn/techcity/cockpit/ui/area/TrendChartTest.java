package cn.techcity.cockpit.ui.area;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import cn.techcity.cockpit.ui.tiles.KpiTile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The trend chart of a work area: which tile it draws, its legend, and its axis for counts (issue 16). */
@ExtendWith(ApplicationExtension.class)
class TrendChartTest {
    private static CockpitData data;
    private CockpitUi ui;

    @BeforeAll
    static void store() throws Exception {
        Path dir = Files.createTempDirectory("cockpit-trend");
        try (CockpitStore store = CockpitStore.open(dir.resolve("c"), 2026, 10)) {
            data = store.load();
        }
    }

    @Start
    void start(Stage stage) {
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { });
        ui.shell().show(ViewId.AREA_INDUSTRY);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
    }

    private AreaController area() {
        return (AreaController) ui.shell().view(ViewId.AREA_INDUSTRY);
    }

    private static boolean marked(KpiTile t) {
        return t.node().getStyleClass().contains("kpi-selected") && t.node().getEffect() != null;
    }

    @Test
    void theTileTheChartDrawsIsMarkedAndACountHasWholeSteps(FxRobot robot) {
        var tiles = area().tiles();
        assertThat(tiles).filteredOn(TrendChartTest::marked).as("the default trend's tile is marked").hasSize(1);
        // the count with the smallest figure: the chart's own axis chose 0.5 steps for such a one
        KpiTile small = tiles.stream().filter(t -> t.indicator().kind() == IndicatorKind.COUNT)
                .min(Comparator.comparing(t -> data.figure(t.indicator().code(), 2026, 10).orElseThrow().value()))
                .orElseThrow();
        robot.clickOn(small.node());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tiles).filteredOn(TrendChartTest::marked).containsExactly(small);
        robot.interact(() -> {
            area().valueAxis().getParent().applyCss();
            area().valueAxis().getParent().layout();
        });
        var axis = area().valueAxis();
        assertThat(axis.getTickUnit() % 1).as("tick unit %s", axis.getTickUnit()).isZero();
        assertThat(axis.getTickMarks()).isNotEmpty().allSatisfy(m ->
                assertThat(m.getValue().doubleValue() % 1).as("tick %s", m.getValue()).isZero());
    }

    @Test
    void theDashedTargetLineHasASymbolInTheLegend(FxRobot robot) {
        Label entry = robot.lookup(".chart-legend-item").queryAllAs(Label.class).stream()
                .filter(l -> "目标序时进度".equals(l.getText())).findFirst().orElseThrow();
        Region symbol = (Region) entry.getGraphic();
        assertThat(symbol.getBackground()).isNotNull();
        assertThat(symbol.getBackground().getFills()).anySatisfy(f ->
                assertThat(((Color) f.getFill()).getOpacity()).isPositive());
        assertThat(symbol.getWidth()).isPositive();
    }

    @Test
    void wholeStepsForCounts() {
        assertThat(AreaViewModel.wholeAxis(0, 7)).isEqualTo(new AreaViewModel.WholeAxis(0, 7, 1));
        assertThat(AreaViewModel.wholeAxis(0, 0)).isEqualTo(new AreaViewModel.WholeAxis(0, 1, 1));
        assertThat(AreaViewModel.wholeAxis(2, 23)).isEqualTo(new AreaViewModel.WholeAxis(0, 25, 5));
        assertThat(AreaViewModel.wholeAxis(0, 832)).isEqualTo(new AreaViewModel.WholeAxis(0, 900, 100));
    }
}
