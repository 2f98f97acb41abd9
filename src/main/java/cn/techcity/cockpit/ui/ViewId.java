package cn.techcity.cockpit.ui;

import java.util.Arrays;
import java.util.Optional;

/** The views of the cockpit, by the ids the command line uses (stable: scheduled jobs use them). */
public enum ViewId {
    OVERVIEW("overview", null),
    AREA_PLATFORMS("area-platforms", "A1"),
    AREA_PROJECTS("area-projects", "A2"),
    AREA_INDUSTRY("area-industry", "A3"),
    AREA_CONSTRUCTION("area-construction", "A4"),
    AREA_FACTORS("area-factors", "A5"),
    TASKFORCES("taskforces", null),
    HELP("help", null);

    private final String id;
    private final String sectionCode;

    ViewId(String id, String sectionCode) {
        this.id = id;
        this.sectionCode = sectionCode;
    }

    public String id() { return id; }

    /** The section a work-area view shows; null for the others. */
    public String sectionCode() { return sectionCode; }

    public static Optional<ViewId> of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
