package cn.techcity.cockpit.ui.help;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Status;
import cn.techcity.cockpit.ui.common.CockpitView;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.tiles.StatusStyle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** 说明: how 完成率, 序时进度 and the status colours are computed, in the words of the rule the code applies. */
public final class HelpController implements CockpitView {
    private final I18n i18n;

    @FXML private VBox root;
    @FXML private VBox statusList;

    public HelpController(I18n i18n) {
        this.i18n = i18n;
    }

    @FXML
    private void initialize() {
        for (Status s : new Status[] {Status.STRETCH_MET, Status.GREEN, Status.AMBER, Status.RED, Status.NO_DATA}) {
            Label chip = new Label(i18n.t(StatusStyle.messageKey(s)));
            chip.getStyleClass().add("chip");
            StatusStyle.apply(chip, s);
            Label text = new Label(i18n.t("help." + StatusStyle.messageKey(s)));
            text.getStyleClass().add("help-text");
            text.setWrapText(true);
            HBox row = new HBox(14, chip, text);
            statusList.getChildren().add(row);
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void update(CockpitData data, int month) {
        // the rules do not depend on the figures
    }
}
