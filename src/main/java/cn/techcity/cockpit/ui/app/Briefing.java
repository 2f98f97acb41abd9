package cn.techcity.cockpit.ui.app;

import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.io.report.BriefingPdf;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PDF briefing with the views' pictures: the overview, the five work areas and the battles are rendered in the
 * light theme (it prints) at 1920x1080, then laid out by {@link BriefingPdf}. Runs headless or beside a window.
 */
public final class Briefing {
    private Briefing() {
    }

    /** Renders the pictures (call off the FX thread) and writes the PDF; throws FileException when it cannot. */
    public static void write(CockpitData data, int month, Path pdf) {
        Map<String, BufferedImage> pictures = new LinkedHashMap<>();
        I18n zh = I18n.of("zh");
        Theme light = Theme.of("light");
        pictures.put(BriefingPdf.COVER, picture(ViewId.OVERVIEW, data, month, zh, light));
        for (ViewId v : ViewId.values()) {
            if (v.isArea()) {
                pictures.put(v.sectionCode(), picture(v, data, month, zh, light));
            }
        }
        pictures.put(BriefingPdf.BATTLES, picture(ViewId.BATTLES, data, month, zh, light));
        BriefingPdf.write(data, month, pictures, pdf);
    }

    private static BufferedImage picture(ViewId v, CockpitData data, int month, I18n i18n, Theme theme) {
        return Snapshots.toBuffered(Snapshots.render(v, data, month, i18n, theme, 1920, 1080));
    }
}
