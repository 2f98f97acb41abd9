package cn.techcity.cockpit.ui.app;

import cn.techcity.cockpit.session.Failures;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.wall.Wall;
import cn.techcity.cockpit.ui.wall.WallOptions;
import java.time.Duration;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCombination;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;

/** The wall's window: undecorated, full screen on the chosen screen, no exit hint, Esc asks before it leaves. */
public final class WallWindow {
    private WallWindow() {
    }

    /** {@code --wall}: the toolkit starts while the database opens; closing the wall ends the program. */
    static final String PULSE_PROPERTY = "javafx.animation.pulse";
    static final int WALL_PULSE_HZ = 10;

    public static void startStandalone(WallOptions options, String language, Session session) {
        I18n i18n = I18n.of(language);
        // The wall needs no 60 frames a second: its clock shows minutes and its fade has five steps. JavaFX's pulse
        // timer at 60 Hz alone cost an idle window 0.6-0.8 % of a core under software rendering, 0.1 % at 10 Hz
        // (docs/performance.md). Only for a wall of its own: the clerk's window keeps 60 Hz for typing and scrolling.
        System.setProperty(PULSE_PROPERTY, System.getProperty(PULSE_PROPERTY, Integer.toString(WALL_PULSE_HZ)));
        Platform.startup(() -> session.firstRead().whenComplete((d, failure) -> Platform.runLater(() -> {
            if (failure != null) {
                Alert alert = new Alert(Alert.AlertType.ERROR, Failures.message(failure, i18n.locale()));
                alert.setHeaderText(i18n.t("app.open-failed"));
                alert.showAndWait();
                System.exit(1);
                return;
            }
            session.publishFirst(d);
            // the wall asks the store every few seconds (a clerk's save elsewhere), follows the day, and backs up
            session.poll(Duration.ofSeconds(options.pollSeconds()));
            session.watchTheDay(Duration.ofSeconds(30));
            session.backUp(Duration.ofSeconds(5));
            Wall wall = new Wall(i18n, session, options);
            open(wall, options.screen(), i18n, () -> new Thread(() -> {
                session.close();
                Platform.exit();
                System.exit(0);
            }, "cockpit-exit").start());
        })));
    }

    /** Opens {@code wall} on screen {@code index} (the last one when there are fewer); {@code onClosed} runs after. */
    public static Stage open(Wall wall, int index, I18n i18n, Runnable onClosed) {
        var screens = Screen.getScreens();
        Screen screen = screens.get(Math.max(0, Math.min(index, screens.size() - 1)));
        Rectangle2D b = screen.getBounds();
        Stage stage = new Stage(StageStyle.UNDECORATED);
        stage.setTitle(i18n.t("app.title"));
        stage.setX(b.getMinX());
        stage.setY(b.getMinY());
        stage.setScene(wall.scene(b.getWidth(), b.getHeight()));
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreen(true);
        Runnable close = () -> {
            wall.stop();
            stage.close();
            onClosed.run();
        };
        // Esc asks on the wall itself (legible at 4K, in its colours); leaving closes it
        wall.setOnExit(close);
        stage.setOnCloseRequest(e -> {
            wall.stop();
            onClosed.run();
        });
        stage.show();
        wall.start();
        return stage;
    }
}
