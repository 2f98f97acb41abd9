package cn.techcity.cockpit.ui.area;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.ui.app.Cockpit;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Clearing the sample data clears the trend chart too, lines and the dashed target, without a restart (issue 16). */
@ExtendWith(ApplicationExtension.class)
class ChartsFollowTheDataTest {
    private Session session;
    private CockpitUi ui;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("cockpit-charts");
        DbExecutor db = new DbExecutor();
        session = new Session(db.submit(() -> CockpitStore.open(dir.resolve("c"), 2026, 10)), db,
                javafx.application.Platform::runLater, Clock.systemDefaultZone());
        CockpitData data = session.firstRead().get(30, TimeUnit.SECONDS);
        session.publishFirst(data);
        ui = Cockpit.build(I18n.chinese(), Theme.LIGHT, data, 10, () -> { }, Clock.systemDefaultZone(), session);
        ui.shell().show(ViewId.AREA_INDUSTRY);
        stage.setScene(ui.scene(1920, 1080));
        stage.show();
    }

    @AfterEach
    void close() {
        session.close();
    }

    /** What the chart draws: the number of path elements of each series' line. */
    private static int drawn(XYChart.Series<?, ?> s) {
        javafx.scene.Node node = s.getNode();
        if (node == null || !node.isVisible()) {
            return 0;
        }
        return node instanceof javafx.scene.shape.Path p ? p.getElements().size() : 0;
    }

    @Test
    void clearingTheSampleClearsTheLines(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        LineChart<String, Number> chart = robot.lookup(".chart").queryAs(LineChart.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(chart.getData()).anySatisfy(s -> assertThat(drawn(s)).isPositive());
        session.clearSample("张三").start().get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> chart.layout());
        WaitForAsyncUtils.waitForFxEvents();
        for (XYChart.Series<String, Number> s : chart.getData()) {
            assertThat(s.getData()).as(s.getName()).isEmpty();
            assertThat(drawn(s)).as("the line of %s is not drawn any more", s.getName()).isZero();
        }
    }
}
