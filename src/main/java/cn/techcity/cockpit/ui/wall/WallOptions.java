package cn.techcity.cockpit.ui.wall;

import cn.techcity.cockpit.ui.common.ViewId;
import java.util.List;

/**
 * How the wall runs.
 *
 * @param screen          index of the screen (0 = primary); beyond the last one, the last
 * @param intervalSeconds time each view stays
 * @param views           the playlist
 * @param dimFrom         hour the night dimming starts (0..23), or -1 for none
 * @param dimTo           hour it ends
 * @param staleDays       the banner shows when the newest figure is older than this
 * @param pollSeconds     how often the data version is read
 * @param fadeMillis      the transition between views
 */
public record WallOptions(int screen, int intervalSeconds, List<ViewId> views, int dimFrom, int dimTo, int staleDays,
                          int pollSeconds, int fadeMillis) {
    public static final List<ViewId> DEFAULT_VIEWS = List.of(ViewId.OVERVIEW, ViewId.WARNINGS, ViewId.AREA_PLATFORMS, ViewId.AREA_PROJECTS,
            ViewId.AREA_INDUSTRY, ViewId.AREA_CONSTRUCTION, ViewId.AREA_FACTORS, ViewId.BATTLES);

    public WallOptions {
        views = views == null || views.isEmpty() ? DEFAULT_VIEWS : List.copyOf(views);
        if (intervalSeconds < 5) {
            throw new IllegalArgumentException("interval must be at least 5 s: " + intervalSeconds);
        }
    }

    public static WallOptions defaults() {
        return new WallOptions(0, 30, DEFAULT_VIEWS, 22, 7, 45, 3, 600);
    }

    /** True when the hour falls in the night-dimming window (which may wrap past midnight). */
    public boolean dimmedAt(int hour) {
        if (dimFrom < 0 || dimFrom == dimTo) {
            return false;
        }
        return dimFrom < dimTo ? hour >= dimFrom && hour < dimTo : hour >= dimFrom || hour < dimTo;
    }
}
