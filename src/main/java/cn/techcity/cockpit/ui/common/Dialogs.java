package cn.techcity.cockpit.ui.common;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * The cockpit's dialogs: owned by the window (centred on it, never at the screen's corner, never un-maximising it),
 * titled and buttoned in the window's language, and for a destructive question Cancel is the default button, so that
 * Enter does not do it.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** The window a node is shown in, or null. */
    public static Window windowOf(Node node) {
        return node == null || node.getScene() == null ? null : node.getScene().getWindow();
    }

    /** An alert with its title and a single 确定/OK button in the window's language, owned by {@code owner}. */
    public static Alert alert(Window owner, I18n i18n, Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text == null ? "" : text, new ButtonType(i18n.t("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        a.setTitle(i18n.t(switch (type) {
            case ERROR -> "dialog.title-error";
            case WARNING -> "dialog.title-warning";
            case CONFIRMATION -> "dialog.title-confirm";
            default -> "dialog.title-info";
        }));
        a.setHeaderText(header);
        if (owner != null && owner.isShowing()) {
            a.initOwner(owner);
        }
        a.getDialogPane().setStyle("-fx-font-size: 16px;");
        return a;
    }

    /**
     * Asks; true when the clerk chose {@code okKey}'s button. {@code destructive}: Cancel is the default, so Enter or a
     * closed dialog does nothing.
     */
    public static boolean confirm(Window owner, I18n i18n, String header, String text, String okKey, boolean destructive) {
        Alert a = confirmation(owner, i18n, header, text, okKey, destructive);
        ButtonType ok = a.getButtonTypes().get(0);
        return a.showAndWait().orElse(a.getButtonTypes().get(1)) == ok;
    }

    /** The question of {@link #confirm}, not shown yet: its first button is {@code okKey}'s, its second Cancel. */
    public static Alert confirmation(Window owner, I18n i18n, String header, String text, String okKey, boolean destructive) {
        Alert a = alert(owner, i18n, Alert.AlertType.CONFIRMATION, header, text);
        ButtonType ok = new ButtonType(i18n.t(okKey), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        a.getButtonTypes().setAll(ok, cancel);
        if (destructive) {
            ((Button) a.getDialogPane().lookupButton(ok)).setDefaultButton(false);
            ((Button) a.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        }
        return a;
    }
}
