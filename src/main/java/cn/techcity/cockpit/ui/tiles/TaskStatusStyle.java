package cn.techcity.cockpit.ui.tiles;

import cn.techcity.cockpit.domain.TaskStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;

/** Style class and message key of a task status; an overdue task wears the overdue colour whatever its status. */
public final class TaskStatusStyle {
    private static final String OVERDUE = "task-overdue";
    private static final List<String> ALL = java.util.stream.Stream.concat(
            Arrays.stream(TaskStatus.values()).map(TaskStatusStyle::styleClass), java.util.stream.Stream.of(OVERDUE)).toList();

    private TaskStatusStyle() {
    }

    public static String styleClass(TaskStatus s) {
        return "task-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static String messageKey(TaskStatus s) {
        return "task-status." + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static void apply(Node node, TaskStatus s, boolean overdue) {
        String wanted = overdue ? OVERDUE : styleClass(s);
        if (node.getStyleClass().contains(wanted)) {
            return;
        }
        node.getStyleClass().removeAll(ALL);
        node.getStyleClass().add(wanted);
    }
}
