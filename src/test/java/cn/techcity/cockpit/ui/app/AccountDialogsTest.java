package cn.techcity.cockpit.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.ui.common.I18n;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The account dialogs say what is wrong at the field, as it is typed, and keep OK off until it is right (issue 16). */
@ExtendWith(ApplicationExtension.class)
class AccountDialogsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));     // the window that owns them
        stage.show();
    }

    private static String message(AccountDialogs.Fields f, int field) {
        return f.validation().getHighestMessage(f.fields()[field]).map(m -> m.getText()).orElse(null);
    }

    private static Node ok(AccountDialogs.Fields f) {
        return f.dialog().getDialogPane().lookupButton(f.ok());
    }

    @Test
    void aNewPasswordMeetsTheRulesAndIsTypedTwice(FxRobot robot) {
        AccountDialogs.Fields[] f = new AccountDialogs.Fields[1];
        robot.interact(() -> {
            f[0] = AccountDialogs.passwordChange(stage, I18n.chinese(), "zhangsan", null);
            f[0].dialog().show();
        });
        TextField current = (TextField) f[0].fields()[0];
        TextField fresh = (TextField) f[0].fields()[1];
        TextField again = (TextField) f[0].fields()[2];
        robot.interact(() -> {
            current.setText("old-secret-1");
            fresh.setText("1234");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(f[0], 1)).as("too short").contains("8");
        assertThat(ok(f[0]).isDisabled()).isTrue();
        robot.interact(() -> fresh.setText("12345678"));
        assertThat(message(f[0], 1)).as("digits only").isNotNull();
        robot.interact(() -> {
            fresh.setText("new-secret-2");
            again.setText("new-secret-3");
        });
        assertThat(message(f[0], 1)).isNull();
        assertThat(message(f[0], 2)).isEqualTo("两次输入的新密码不同");
        assertThat(ok(f[0]).isDisabled()).isTrue();
        robot.interact(() -> again.setText("new-secret-2"));
        assertThat(message(f[0], 2)).isNull();
        assertThat(ok(f[0]).isDisabled()).as("all right: 修改 can be pressed").isFalse();
        // changing the new one afterwards checks "again" again
        robot.interact(() -> fresh.setText("new-secret-22"));
        assertThat(message(f[0], 2)).isEqualTo("两次输入的新密码不同");
        robot.interact(() -> f[0].dialog().close());
    }

    @Test
    void signingInNeedsANameAndAPassword(FxRobot robot) {
        AccountDialogs.Fields[] f = new AccountDialogs.Fields[1];
        robot.interact(() -> {
            f[0] = AccountDialogs.login(stage, I18n.chinese(), "", null);
            f[0].dialog().show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message(f[0], 0)).isEqualTo("请填写账户名");
        assertThat(message(f[0], 1)).isEqualTo("请填写密码");
        assertThat(ok(f[0]).isDisabled()).isTrue();
        robot.interact(() -> {
            ((TextField) f[0].fields()[0]).setText("zhangsan");
            ((TextField) f[0].fields()[1]).setText("secret");
        });
        assertThat(ok(f[0]).isDisabled()).isFalse();
        robot.interact(() -> f[0].dialog().close());
    }
}
