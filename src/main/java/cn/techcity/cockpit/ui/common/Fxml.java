package cn.techcity.cockpit.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a view: an FXML file with its controller and CSS side by side in the view's package (resources under
 * {@code /cn/techcity/cockpit/ui/}); the controller is given, built with its collaborators (no DI framework).
 */
public final class Fxml {
    private static final String BASE = "/cn/techcity/cockpit/ui/";

    private Fxml() {
    }

    /** Loads {@code fxml} (relative to the ui resources, e.g. "overview/Overview.fxml") with {@code controller}. */
    public static <T> T load(String fxml, String css, T controller, I18n i18n) {
        URL url = Objects.requireNonNull(Fxml.class.getResource(BASE + fxml), "Resource not found: " + fxml);
        FXMLLoader loader = new FXMLLoader(url, i18n.bundle(), null, type -> {
            if (!type.isInstance(controller)) {
                throw new IllegalStateException(fxml + " asks for controller " + type + ", not " + controller.getClass());
            }
            return controller;
        });
        try {
            Parent root = loader.load();
            if (css != null) {
                root.getStylesheets().add(Theme.resource(BASE + css));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + fxml, e);
        }
        return controller;
    }
}
