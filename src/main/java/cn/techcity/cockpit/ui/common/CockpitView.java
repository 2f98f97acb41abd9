package cn.techcity.cockpit.ui.common;

import cn.techcity.cockpit.domain.CockpitData;
import javafx.scene.Parent;

/**
 * A view of the cockpit. Built once; {@link #update} pushes new values into the nodes it already has, so that nothing
 * is rebuilt and nothing animates when nothing changed.
 */
public interface CockpitView {
    Parent root();

    /** Shows the store's data as of the end of {@code month} of the reporting year. */
    void update(CockpitData data, int month);

    /** True while the view holds edits that are not saved (the window asks before it closes). */
    default boolean hasUnsavedChanges() {
        return false;
    }

    /** The view has just been shown: an editing view puts the focus where typing goes (its grid). */
    default void shown() {
    }

    /** Stops whatever runs (timers, running tiles) so that the view can be collected. */
    default void dispose() {
    }
}
