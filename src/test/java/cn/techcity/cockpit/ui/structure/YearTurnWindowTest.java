package cn.techcity.cockpit.ui.structure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.SessionWindow;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The turn of the year in the window (issue 15): in January the header offers 转入2027年度; the question's default is
 * Cancel; once turned, the month picker reaches 2026 and shows it archived and read only.
 */
@ExtendWith(ApplicationExtension.class)
class YearTurnWindowTest {
    private Session session;
    private CockpitUi ui;

    @Start
    void start(Stage stage) throws Exception {
        Clock january = Clock.fixed(Instant.parse("2027-01-12T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
        SessionWindow w = SessionWindow.open(stage, ViewId.OVERVIEW, january, 2026, 12);
        session = w.session();
        ui = w.ui();
    }

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void januaryOffersTheTurnAndThePastYearStaysReadable(FxRobot robot) {
        Button turn = robot.lookup(".turn-year").queryButton();
        assertThat(turn.isVisible()).as("the calendar has passed 2026").isTrue();
        assertThat(turn.getText()).isEqualTo("转入2027年度…");

        robot.clickOn(turn);
        WaitForAsyncUtils.waitForFxEvents();
        Button ok = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> "转入新年度".equals(b.getText())).findFirst().orElseThrow();
        Button cancel = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.isDefaultButton()).findFirst().orElseThrow();
        assertThat(cancel.getText()).as("cannot be undone: Cancel is the default").isEqualTo("取消");
        robot.clickOn(ok);
        SessionWindow.waitFor(() -> session.current().year() == 2027);
        assertThat(session.current().year()).isEqualTo(2027);
        SessionWindow.waitFor(() -> !turn.isVisible());
        assertThat(turn.isVisible()).as("offered once").isFalse();

        MenuButton picker = robot.lookup(".shell-month").queryAs(MenuButton.class);
        SessionWindow.waitFor(() -> picker.getItems().stream().anyMatch(i -> i instanceof Menu m && m.getText().equals("2026年")));
        assertThat(picker.getItems()).extracting(MenuItem::getText).as("the past years after the months").contains("2025年", "2026年");
        Menu y2026 = picker.getItems().stream().filter(i -> i instanceof Menu m && m.getText().equals("2026年"))
                .map(Menu.class::cast).findFirst().orElseThrow();
        MenuItem nov = y2026.getItems().get(10);
        assertThat(nov.getText()).isEqualTo("2026年11月");
        robot.interact(nov::fire);
        SessionWindow.waitFor(() -> ui.shell().data().year() == 2026);
        Label archived = robot.lookup(".archived-badge").queryAs(Label.class);
        assertThat(archived.isVisible()).isTrue();
        assertThat(archived.getText()).isEqualTo("2026年度已归档 · 只读");
        assertThat(picker.getText()).isEqualTo("2026年11月");
        Menu back = picker.getItems().stream().filter(i -> i instanceof Menu m && m.getText().equals("2027年(当前)"))
                .map(Menu.class::cast).findFirst().orElseThrow();
        robot.interact(() -> back.getItems().get(0).fire());
        SessionWindow.waitFor(() -> ui.shell().data().year() == 2027);
        assertThat(archived.isVisible()).isFalse();
    }

    /** Two turns with no plan written for the second year: every view still opens (its battles' views empty). */
    @Test
    void aYearWithoutBattlesStillShowsEveryView(FxRobot robot) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("cockpit-two-turns");
        cn.techcity.cockpit.domain.CockpitData data;
        try (cn.techcity.cockpit.store.CockpitStore store = cn.techcity.cockpit.store.CockpitStore.open(dir.resolve("c"), 2026, 12)) {
            store.startYear("主任", 2027);
            store.startYear("主任", 2028);
            data = store.load();
        }
        assertThat(data.year()).isEqualTo(2028);
        assertThat(data.sections(cn.techcity.cockpit.domain.SectionKind.BATTLE)).as("no plan written for 2028").isEmpty();
        String[] done = new String[1];
        robot.interact(() -> {
            var cockpit = cn.techcity.cockpit.ui.app.Cockpit.build(cn.techcity.cockpit.ui.common.I18n.chinese(),
                    cn.techcity.cockpit.ui.common.Theme.LIGHT, data, 1, () -> { });
            for (ViewId id : ViewId.values()) {
                cockpit.shell().show(id);
            }
            assertThat(cockpit.shell().current()).contains(ViewId.values()[ViewId.values().length - 1]);
            done[0] = ((Label) cockpit.shell().view(ViewId.BATTLE_PLATFORM).root().lookup("#battle-done-B1")).getText();
        });
        assertThat(done[0]).as("the battle's view, empty in a year without it").contains("0/0");
    }
}
