package cn.techcity.cockpit.ui.shell;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.DesignCanvas;
import cn.techcity.cockpit.ui.common.Fxml;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.common.Views;
import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.scene.Scene;

/** Builds the shell of the cockpit on a design canvas, for a window or a snapshot. */
public final class CockpitUi {
    private final ShellController shell;
    private final DesignCanvas canvas;

    private CockpitUi(ShellController shell) {
        this.shell = shell;
        this.canvas = new DesignCanvas(shell.root());
    }

    /**
     * Must run on the FX thread. With a clock and the session (null: a read-only picture of {@code data}), so that
     * "today" (overdue tasks, the timeline's today line) is what a test says; {@code views} makes the views (given the
     * shell's navigation), {@code pictures} draws for the 文件 menu (null: none).
     */
    public static CockpitUi build(I18n i18n, Theme theme, CockpitData data, int month, Runnable toggleLanguage, Clock clock,
                                  Session session, Function<Consumer<ViewId>, Views> views, Pictures pictures) {
        ShellController shell = new ShellController(i18n, theme, data, month, toggleLanguage, clock, session, views, pictures);
        Fxml.load("shell/Shell.fxml", null, shell, i18n);
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
