package cn.techcity.cockpit.ui.tiles;

import cn.techcity.cockpit.domain.Assessment;
import cn.techcity.cockpit.domain.ValueFormat;
import cn.techcity.cockpit.ui.common.I18n;
import java.math.RoundingMode;

/**
 * The gap as the tiles say it, in the UI's language: 低11.7个百分点 / 超14.6个百分点 against 序时, 低于目标5.0个百分点 against a
 * target growth, 持平. One wording for the tile, 预警 and the wall.
 */
public final class GapWords {
    private GapWords() {
    }

    /** The words of {@code a}'s gap; null where no gap is defined. */
    public static String of(I18n i18n, Assessment a) {
        if (a.plainGap() == null) {
            return null;
        }
        var r = a.plainGap().setScale(1, RoundingMode.HALF_UP);
        boolean progress = a.timeProgress() != null;
        if (r.signum() == 0) {
            return i18n.t(progress ? "kpi.gap-even-progress" : "kpi.gap-even-target");
        }
        return i18n.t((progress ? "kpi.gap-progress-" : "kpi.gap-target-") + (r.signum() > 0 ? "ahead" : "behind"),
                ValueFormat.points(r));
    }
}
