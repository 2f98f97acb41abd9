package cn.techcity.cockpit.domain;

/** Where a 同比 figure comes from. */
public enum GrowthSource {
    /** As the department reported it (comparable prices): always preferred. */
    REPORTED,
    /** Computed from last year's figure for the same months, because none was reported. */
    DERIVED
}
