package cn.techcity.cockpit.ui.fixturea;

import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.ui.fixtureb.Other;

/** A deliberate violation for ArchitectureRulesBiteTest: a screen class that holds the store, and half of a cycle. */
public final class ReachesTheStore {
    CockpitStore store;
    Other other;
}
