package cn.techcity.cockpit.ui.shell;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.session.Session;
import cn.techcity.cockpit.ui.common.I18n;
import cn.techcity.cockpit.ui.common.Theme;
import java.time.Clock;

/** Builds a cockpit shell with its views (the composition root's {@code Cockpit::build}); the wall asks for one. */
@FunctionalInterface
public interface ShellBuilder {
    CockpitUi build(I18n i18n, Theme theme, CockpitData data, int month, Runnable toggleLanguage, Clock clock, Session session);
}
