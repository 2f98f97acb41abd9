package cn.techcity.cockpit.ui.app;

import cn.techcity.cockpit.store.Passwords;
import cn.techcity.cockpit.ui.common.I18n;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;

/**
 * The shared mode's account dialogs (sign in, change password), owned by the window, their fields checked as they are
 * typed (ControlsFX ValidationSupport: a mark at the field, the reason in its tooltip) and the OK button off until
 * they pass, so a clerk learns what is wrong before the database is asked.
 */
final class AccountDialogs {
    private AccountDialogs() {
    }

    /** A dialog, its fields, its OK button type and the validation of its fields. */
    record Fields(Dialog<ButtonType> dialog, ButtonType ok, ValidationSupport validation, Control... fields) {
    }

    static Fields login(Window owner, I18n i18n, String user, String failure) {
        TextField name = new TextField(user);
        PasswordField password = new PasswordField();
        ButtonType signIn = new ButtonType(i18n.t("login.sign-in"), ButtonBar.ButtonData.OK_DONE);
        ButtonType viewOnly = new ButtonType(i18n.t("login.view-only"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = dialog(owner, i18n, i18n.t("login.title"),
                failure == null ? i18n.t("login.header") : i18n.t("login.failed", failure),
                new String[] {"login.user", "login.password"}, new Control[] {name, password}, signIn, viewOnly);
        ValidationSupport validation = new ValidationSupport();
        whenShown(dialog, () -> {
            validation.registerValidator(name, Validator.createEmptyValidator(i18n.t("login.user-missing")));
            validation.registerValidator(password, Validator.createEmptyValidator(i18n.t("login.password-missing")));
        });
        dialog.getDialogPane().lookupButton(signIn).disableProperty().bind(validation.invalidProperty());
        return new Fields(dialog, signIn, validation, name, password);
    }

    /** The current password, then the new one twice: the store's rules for a new password, and the two the same. */
    static Fields passwordChange(Window owner, I18n i18n, String account, String failure) {
        PasswordField current = new PasswordField();
        PasswordField fresh = new PasswordField();
        PasswordField again = new PasswordField();
        ButtonType change = new ButtonType(i18n.t("account.password-change"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("account.password-cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = dialog(owner, i18n, i18n.t("account.password-title"),
                failure == null ? i18n.t("account.password-header", account) : i18n.t("account.password-failed", failure),
                new String[] {"account.password-current", "account.password-new", "account.password-again"},
                new Control[] {current, fresh, again}, change, cancel);
        ValidationSupport validation = new ValidationSupport();
        whenShown(dialog, () -> {
            validation.registerValidator(current, Validator.createEmptyValidator(i18n.t("account.password-current-missing")));
            validation.registerValidator(fresh, (Control c, String v) -> {
                var weak = Passwords.weakness(account, (v == null ? "" : v).toCharArray());
                return ValidationResult.fromErrorIf(c, weak == null ? "" : weak.in(i18n.locale()), weak != null);
            });
            validation.registerValidator(again, (Control c, String v) -> ValidationResult.fromErrorIf(c,
                    i18n.t("account.password-differ"), !fresh.getText().equals(v == null ? "" : v)));
        });
        // "again" is checked against the new one: typing the new one checks it again
        fresh.textProperty().addListener((o, was, now) -> validation.revalidate(again));
        dialog.getDialogPane().lookupButton(change).disableProperty().bind(validation.invalidProperty());
        return new Fields(dialog, change, validation, current, fresh, again);
    }

    /**
     * The checks are registered once the dialog is on the screen: their marks wrap the scene's root, and before the
     * dialog has set its pane as that root the two collide ("DialogPane is already inside a scene-graph").
     */
    private static void whenShown(Dialog<ButtonType> dialog, Runnable register) {
        dialog.setOnShown(e -> register.run());
    }

    /** A dialog of labelled fields in 18 px text, owned by the window. */
    private static Dialog<ButtonType> dialog(Window owner, I18n i18n, String title, String header, String[] labelKeys,
                                             Control[] fields, ButtonType ok, ButtonType cancel) {
        Dialog<ButtonType> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(12);
        for (int i = 0; i < fields.length; i++) {
            grid.addRow(i, new Label(i18n.t(labelKeys[i])), fields[i]);
        }
        grid.setStyle("-fx-font-size: 18px; -fx-padding: 12;");
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setStyle("-fx-font-size: 16px;");
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        return dialog;
    }
}
