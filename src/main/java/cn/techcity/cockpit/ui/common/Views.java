package cn.techcity.cockpit.ui.common;

import cn.techcity.cockpit.domain.CockpitData;

/** Builds the view of an id (the composition root's view factory); the shell asks for each view once. */
@FunctionalInterface
public interface Views {
    CockpitView create(ViewId id, CockpitData data);
}
