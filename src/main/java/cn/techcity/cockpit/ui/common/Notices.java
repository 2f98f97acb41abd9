package cn.techcity.cockpit.ui.common;

import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Transient messages at the window's corner (ControlsFX {@code Notifications}): a failure in the background, a save
 * by another seat. They go by themselves; nothing waits for a click.
 */
public final class Notices {
    private Notices() {
    }

    /** A failure: stays 12 s, in the window's corner. */
    public static void error(Window owner, String title, String text) {
        Notifications n = Notifications.create().title(title).text(text).hideAfter(Duration.seconds(12));
        if (owner != null && owner.isShowing()) {
            n.owner(owner);
        }
        n.showError();
    }

    /** A quiet piece of news: 5 s. */
    public static void info(Window owner, String title, String text) {
        Notifications n = Notifications.create().title(title).text(text).hideAfter(Duration.seconds(5));
        if (owner != null && owner.isShowing()) {
            n.owner(owner);
        }
        n.showInformation();
    }
}
