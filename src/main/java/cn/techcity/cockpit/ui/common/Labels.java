package cn.techcity.cockpit.ui.common;

import javafx.scene.control.Label;

/** Labels built in code carry a style class; the look is in the view's CSS. */
public final class Labels {
    private Labels() {
    }

    public static Label styled(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        return l;
    }
}
