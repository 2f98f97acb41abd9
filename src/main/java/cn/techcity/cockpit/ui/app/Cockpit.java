package cn.techcity.cockpit.ui.app;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import cn.techcity.cockpit.ui.common.ViewId;
import cn.techcity.cockpit.ui.shell.CockpitUi;
import cn.techcity.cockpit.ui.shell.Pictures;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The composition root of the screens: a cockpit shell with the real views and the real pictures. Everything that
 * knows every view lives in this package (window, wall window, view factory, snapshots, briefing); the view packages
 * know only {@code ui.common} and the session (ArchitectureTest).
 */
public final class Cockpit {
    private Cockpit() {
    }

    /** A read-only picture of {@code data} (snapshots, tests). Must run on the FX thread. */
    public static CockpitUi build(I18n i18n, Theme theme, CockpitData data, int month, Runnable toggleLanguage) {
        return build(i18n, theme, data, month, toggleLanguage, Clock.systemDefaultZone(), null);
    }

    /** The cockpit of a session (null: a picture of {@code data}), counting "today" by {@code clock}. FX thread. */
    public static CockpitUi build(I18n i18n, Theme theme, CockpitData data, int month, Runnable toggleLanguage, Clock clock,
                                  Session session) {
        return CockpitUi.build(i18n, theme, data, month, toggleLanguage, clock, session,
                navigate -> new ViewFactory(i18n, theme, navigate, clock, session), pictures(i18n, theme));
    }

    static Pictures pictures(I18n i18n, Theme theme) {
        return new Pictures() {
            @Override
            public void briefing(CockpitData data, int month, Path file) {
                Briefing.write(data, month, file);
            }

            @Override
            public void png(ViewId view, CockpitData data, int month, Path file) throws IOException {
                Snapshots.write(Snapshots.render(view, data, month, i18n, theme, 1920, 1080), file);
            }
        };
    }
}
