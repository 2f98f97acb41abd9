package cn.techcity.cockpit.ui.fixtureb;

import cn.techcity.cockpit.ui.fixturea.ReachesTheStore;

/** The other half of the deliberate cycle (ArchitectureRulesBiteTest). */
public final class Other {
    ReachesTheStore back;
}
