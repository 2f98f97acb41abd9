package cn.techcity.cockpit.ui.tiles;

import cn.techcity.cockpit.domain.Status;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Node;

/** The style class and the message key of each status; the colours themselves are in the theme CSS. */
public final class StatusStyle {
    private static final List<String> ALL = Arrays.stream(Status.values()).map(StatusStyle::styleClass).toList();

    private StatusStyle() {
    }

    public static String styleClass(Status s) {
        return "status-" + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static String messageKey(Status s) {
        return "status." + s.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Sets the status class on a node, removing the others (no change when it already has it). */
    public static void apply(Node node, Status s) {
        String wanted = styleClass(s);
        if (node.getStyleClass().contains(wanted)) {
            return;
        }
        node.getStyleClass().removeAll(ALL);
        node.getStyleClass().add(wanted);
    }
}
