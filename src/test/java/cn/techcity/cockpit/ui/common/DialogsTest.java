package cn.techcity.cockpit.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Dialogs speak the window's language, belong to the window, and a destructive question defaults to Cancel. */
@ExtendWith(ApplicationExtension.class)
class DialogsTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
    }

    @Test
    void aDestructiveQuestionDefaultsToCancelInTheWindowsLanguage(FxRobot robot) {
        robot.interact(() -> {
            Alert zh = Dialogs.confirmation(stage, I18n.chinese(), "清除示例数据?", "所有示例数据将被删除", "dialog.clear-sample", true);
            assertThat(zh.getTitle()).isEqualTo("请确认");
            assertThat(zh.getOwner()).as("owned by the window: centred on it").isSameAs(stage);
            Button ok = (Button) zh.getDialogPane().lookupButton(zh.getButtonTypes().get(0));
            Button cancel = (Button) zh.getDialogPane().lookupButton(zh.getButtonTypes().get(1));
            assertThat(ok.getText()).isEqualTo("清除示例数据");
            assertThat(cancel.getText()).isEqualTo("取消");
            assertThat(cancel.isDefaultButton()).as("Enter does not destroy").isTrue();
            assertThat(ok.isDefaultButton()).isFalse();

            Alert en = Dialogs.confirmation(stage, I18n.english(), "Save?", "", "dialog.save-anyway", false);
            assertThat(en.getTitle()).isEqualTo("Please confirm");
            assertThat(((Button) en.getDialogPane().lookupButton(en.getButtonTypes().get(1))).getText()).isEqualTo("Cancel");
            assertThat(((Button) en.getDialogPane().lookupButton(en.getButtonTypes().get(0))).isDefaultButton()).isTrue();
            assertThat(Dialogs.alert(stage, I18n.english(), Alert.AlertType.ERROR, "x", "y").getTitle()).isEqualTo("Error");
        });
    }
}
