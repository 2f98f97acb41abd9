package cn.techcity.cockpit.ui;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.ui.shell.ShellController;
import java.time.Clock;
import cn.techcity.cockpit.session.Session;
import javafx.scene.Scene;

/** Builds the shell of the cockpit on a design canvas, for a window or a snapshot. */
public final class CockpitUi {
    private final ShellController shell;
    private final DesignCanvas canvas;

    private CockpitUi(ShellController shell) {
        this.shell = shell;
        this.canvas = new DesignCanvas(shell.root());
    }

    /** Must run on the FX thread. */
    public static CockpitUi build(I18n i18n, Theme theme, CockpitData data, int month, Runnable toggleLanguage) {
        return build(i18n, theme, data, month, toggleLanguage, Clock.systemDefaultZone(), null);
    }

    /**
     * With a clock and the session (null: a read-only picture of {@code data}), so that "today" (overdue tasks, the
     * timeline's today line) is what a test says.
     */
    public static CockpitUi build(I18n i18n, Theme theme, CockpitData data, int month, Runnable toggleLanguage, Clock clock,
                                  Session session) {
        ShellController shell = new ShellController(i18n, theme, data, month, toggleLanguage, clock, session);
        new ViewFactory(i18n, theme, v -> { }, clock, null).load("shell/Shell.fxml", null, shell);
        return new CockpitUi(shell);
    }

    public ShellController shell() { return shell; }

    public DesignCanvas canvas() { return canvas; }

    public Scene scene(double width, double height) {
        Scene scene = new Scene(canvas, width, height);
        ShellController.style(scene, shell.theme());
        return scene;
    }
}
