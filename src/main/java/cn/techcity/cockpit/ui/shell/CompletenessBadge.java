package cn.techcity.cockpit.ui.shell;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Completeness;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.ui.common.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PopOver;

/**
 * The header's “11月已填报 52/61 项”: the month being filled ({@link Completeness#fillingMonth}). A click opens the
 * missing ones by area in a PopOver beside the badge (no window to close: Esc or a click elsewhere), with a button
 * that opens 数据录入 showing only them.
 */
final class CompletenessBadge {
    private final I18n i18n;
    private final Button button = new Button();
    private final java.util.function.Consumer<String> openEditor;
    private Completeness shown;
    private PopOver popOver;
    /** Off on the wall: nobody fills a month there (and nothing is counted for it). */
    private boolean enabled = true;
    private CockpitData lastData;
    private LocalDate lastDay;

    /**
     * @param openEditor shows 数据录入 with only the missing indicators, on the month's cell of the indicator given (null:
     *                   the first)
     */
    CompletenessBadge(I18n i18n, java.util.function.Consumer<String> openEditor) {
        this.i18n = i18n;
        this.openEditor = openEditor;
        button.getStyleClass().add("completeness-badge");
        button.setFocusTraversable(false);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setTooltip(new Tooltip(i18n.t("completeness.tooltip")));
        button.setOnAction(e -> togglePopOver());
    }

    Button node() { return button; }

    /** The count now; null while none is shown. */
    Completeness completeness() { return shown; }

    /** Shown in a clerk's window, not on the wall (presentation). */
    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        if (lastData != null) {
            update(lastData, lastDay);
        }
    }

    /** Counted again from the data shown (a save, another seat's save, the turn of the day); hidden for a finished year. */
    void update(CockpitData data, LocalDate today) {
        lastData = data;
        lastDay = today;
        boolean show = enabled && !data.readOnlyYear() && data.indicators().stream().anyMatch(Completeness::expectedMonthly);
        Completeness c = show ? Completeness.of(data, Completeness.fillingMonth(data, today)) : null;
        shown = c;
        if (button.isVisible() != show) {
            button.setVisible(show);
            button.setManaged(show);
        }
        if (!show) {
            hide();
            return;
        }
        String text = i18n.t("completeness.badge", c.month(), c.reportedCount(), c.expectedCount());
        if (!text.equals(button.getText())) {
            button.setText(text);
        }
        String state = c.complete() ? "complete" : "incomplete";
        if (!button.getStyleClass().contains(state)) {
            button.getStyleClass().removeAll("complete", "incomplete");
            button.getStyleClass().add(state);
        }
        if (popOver != null && popOver.isShowing()) {
            popOver.setContentNode(content(c));
        }
    }

    private void togglePopOver() {
        if (popOver != null && popOver.isShowing()) {
            hide();
            return;
        }
        if (shown == null) {
            return;
        }
        PopOver pop = new PopOver(content(shown));
        pop.setArrowLocation(PopOver.ArrowLocation.TOP_CENTER);
        pop.setDetachable(false);
        pop.setAutoHide(true);
        pop.setHideOnEscape(true);
        pop.setAnimated(false);
        popOver = pop;
        pop.show(button);
    }

    void hide() {
        if (popOver != null) {
            popOver.hide(javafx.util.Duration.ZERO);
        }
    }

    /** The list shown now (for tests); null when closed. */
    PopOver popOver() {
        return popOver != null && popOver.isShowing() ? popOver : null;
    }

    /** The missing ones, by area: the area's title, then its indicators with their unit. */
    private VBox content(Completeness c) {
        VBox box = new VBox(4);
        box.getStyleClass().add("completeness-list");
        Label title = new Label(c.complete() ? i18n.t("completeness.popover-none", c.month(), c.expectedCount())
                : i18n.t("completeness.popover-title", c.month(), c.missingCount()));
        title.getStyleClass().add("completeness-list-title");
        box.getChildren().add(title);
        VBox lines = new VBox(2);
        for (Map.Entry<Section, List<Indicator>> e : c.missing().entrySet()) {
            Label area = new Label(e.getKey().title());
            area.getStyleClass().add("completeness-list-area");
            lines.getChildren().add(area);
            for (Indicator i : e.getValue()) {
                // a click on one goes straight to its cell
                javafx.scene.control.Hyperlink item = new javafx.scene.control.Hyperlink(
                        i18n.t("completeness.item", i.name(), i.unit()));
                item.getStyleClass().add("completeness-list-item");
                item.setUserData(i.code());
                item.setFocusTraversable(false);
                item.setOnAction(click -> {
                    hide();
                    openEditor.accept(i.code());
                });
                lines.getChildren().add(item);
            }
        }
        if (!c.complete()) {
            ScrollPane scroll = new ScrollPane(lines);
            scroll.setFitToWidth(true);
            scroll.setMaxHeight(560);
            scroll.setPrefViewportHeight(Math.min(560, 30 * (c.missingCount() + c.missing().size())));
            scroll.getStyleClass().add("completeness-list-scroll");
            Button open = new Button(i18n.t("completeness.open-editor"));
            open.getStyleClass().add("completeness-open");
            open.setOnAction(e -> {
                hide();
                openEditor.accept(null);
            });
            box.getChildren().addAll(scroll, open);
        }
        return box;
    }
}
