package cn.techcity.cockpit.ui.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.common.InvestmentBar;
import cn.techcity.cockpit.ui.common.ViewId;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The project lists draw each project's 完成投资 against its 计划投资 as a bar in its row. */
@ExtendWith(ApplicationExtension.class)
class ProjectBarsTest {
    private SessionWindow window;

    @Start
    void start(Stage stage) throws Exception {
        window = SessionWindow.open(stage, ViewId.AREA_CONSTRUCTION, Clock.systemDefaultZone(), 2026, 10);
    }

    @AfterEach
    void close() {
        window.session().close();
    }

    private void assertEveryRowHoldsItsProject(FxRobot robot, ViewId view, String section) {
        var shell = window.ui().shell();
        robot.interact(() -> shell.show(view));
        WaitForAsyncUtils.waitForFxEvents();
        AreaController area = (AreaController) shell.view(view);
        TableView<Project> table = area.projectTable();
        List<Project> projects = shell.data().projects(section);
        assertThat(projects).isNotEmpty();
        assertThat(table.getItems()).containsExactlyElementsOf(projects);
        for (int r = 0; r < projects.size(); r++) {
            Project p = projects.get(r);
            int row = r;
            robot.interact(() -> table.scrollTo(row));
            WaitForAsyncUtils.waitForFxEvents();
            Node cell = table.lookup("#investment-" + p.code());
            assertThat(cell).as(p.name() + "'s cell").isNotNull();
            InvestmentBar bar = (InvestmentBar) ((javafx.scene.control.TableCell<?, ?>) cell).getGraphic();
            assertThat(bar.completed()).isEqualByComparingTo(p.investmentCompleted());
            assertThat(bar.planned()).isEqualByComparingTo(p.investmentPlanned());
            double share = p.investmentCompleted().doubleValue() / p.investmentPlanned().doubleValue();
            assertThat(bar.share()).isCloseTo(share, within(1e-9));
            assertThat(bar.trackWidth()).isPositive();
            assertThat(bar.fillWidth()).as(p.name()).isCloseTo(bar.trackWidth() * Math.min(1, share), within(1.0));
            long percent = Math.round(share * 100);
            assertThat(bar.figuresText()).isEqualTo(p.investmentCompleted().setScale(2, java.math.RoundingMode.HALF_UP)
                    .toPlainString() + " · " + percent + "%");
        }
    }

    @Test
    void eachProjectsBarHoldsItsInvestmentAgainstItsPlan(FxRobot robot) {
        assertEveryRowHoldsItsProject(robot, ViewId.AREA_CONSTRUCTION, "A4");
        assertEveryRowHoldsItsProject(robot, ViewId.AREA_PROJECTS, "A2");
    }

    @Test
    void pastThePlanTheBarIsFullAndMarkedWithoutAPlanThereIsNoShare(FxRobot robot) {
        InvestmentBar bar = new InvestmentBar();
        robot.interact(() -> {
            javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(bar);
            holder.setPrefSize(400, 40);
            Stage s = new Stage();
            s.setScene(new javafx.scene.Scene(holder, 400, 40));
            cn.techcity.cockpit.ui.shell.ShellController.style(s.getScene(), window.ui().shell().theme());
            s.show();
            bar.set(new BigDecimal("12.50"), new BigDecimal("10.00"));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.share()).isCloseTo(1.25, within(1e-9));
        assertThat(bar.getStyleClass()).contains("over");
        assertThat(bar.fillWidth()).isCloseTo(bar.trackWidth(), within(1.0));
        assertThat(bar.figuresText()).isEqualTo("12.50 · 125%");
        robot.interact(() -> bar.set(new BigDecimal("3.00"), null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.share()).isNaN();
        assertThat(bar.getStyleClass()).doesNotContain("over");
        assertThat(bar.figuresText()).isEqualTo("3.00");
        robot.interact(() -> bar.set(new BigDecimal("3.00"), new BigDecimal("12.00")));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bar.fillWidth()).isCloseTo(bar.trackWidth() * 0.25, within(1.0));
        assertThat(bar.figuresText()).isEqualTo("3.00 · 25%");
        double desk = bar.getHeight();

        // a wall page's own CSS draws it large: the sizes are the stylesheet's, not the code's
        String css = ".wall-page .investment-track { -fx-pref-height: 40; } .wall-page .investment-figures { -fx-font-size: 48px; }";
        robot.interact(() -> {
            var holder = (javafx.scene.Parent) bar.getParent();
            holder.getStyleClass().add("wall-page");
            holder.getStylesheets().add("data:text/css;base64,"
                    + java.util.Base64.getEncoder().encodeToString(css.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            bar.getScene().getWindow().setHeight(120);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region track = (javafx.scene.layout.Region) bar.lookup(".investment-track");
        javafx.scene.control.Label figures = (javafx.scene.control.Label) bar.lookup(".investment-figures");
        assertThat(track.getHeight()).isEqualTo(40);
        assertThat(figures.getFont().getSize()).isEqualTo(48);
        assertThat(bar.getHeight()).isGreaterThan(desk);
    }
}
