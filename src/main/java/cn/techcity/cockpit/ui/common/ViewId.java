package cn.techcity.cockpit.ui.common;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The views of the cockpit, by the ids the command line uses (stable: scheduled jobs use them). */
public enum ViewId {
    OVERVIEW("overview", null, true),
    WARNINGS("warnings", null, true),
    AREA_PLATFORMS("area-platforms", "A1", true),
    AREA_PROJECTS("area-projects", "A2", true),
    AREA_INDUSTRY("area-industry", "A3", true),
    AREA_CONSTRUCTION("area-construction", "A4", true),
    AREA_FACTORS("area-factors", "A5", true),
    BATTLES("battles", null, true),
    BATTLE_PLATFORM("battle-platform", "B1", false),
    BATTLE_INVESTMENT("battle-investment", "B2", false),
    BATTLE_INCUBATION("battle-incubation", "B3", false),
    BATTLE_CONSTRUCTION("battle-construction", "B4", false),
    TASKFORCES("taskforces", null, true),
    EDITOR("editor", null, false),
    TASK_EDITOR("task-editor", null, false),
    REGISTRY_EDITOR("registry-editor", null, false),
    STRUCTURE("structure", null, false),
    HELP("help", null, true);

    private final String id;
    private final String sectionCode;
    private final boolean topLevel;

    ViewId(String id, String sectionCode, boolean topLevel) {
        this.id = id;
        this.sectionCode = sectionCode;
        this.topLevel = topLevel;
    }

    public String id() { return id; }

    /** The section a work-area or battle view shows; null for the others. */
    public String sectionCode() { return sectionCode; }

    /** Top-level views have a Ctrl+digit key; the battle views sit under the battles overview. */
    public boolean topLevel() { return topLevel; }

    public boolean isBattle() { return sectionCode != null && sectionCode.startsWith("B"); }

    public boolean isArea() { return sectionCode != null && sectionCode.startsWith("A"); }

    public static Optional<ViewId> of(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }

    /** The view of a section (work area or battle). */
    public static Optional<ViewId> ofSection(String sectionCode) {
        return Arrays.stream(values()).filter(v -> sectionCode.equals(v.sectionCode)).findFirst();
    }

    /**
     * The battle a battle view shows in {@code data}: its slot's battle among the year's battles (the first, second …),
     * so that a year whose plan names other battles shows them in the same four views; the document's own code when the
     * year has fewer battles.
     */
    public String battleCode(cn.techcity.cockpit.domain.CockpitData data) {
        if (!isBattle()) {
            return sectionCode;
        }
        int slot = Integer.parseInt(sectionCode.substring(1));
        var battles = data.sections(cn.techcity.cockpit.domain.SectionKind.BATTLE);
        return slot <= battles.size() ? battles.get(slot - 1).code() : sectionCode;
    }

    /** The view that shows battle {@code code} in {@code data} (see {@link #battleCode}). */
    public static Optional<ViewId> ofBattle(cn.techcity.cockpit.domain.CockpitData data, String code) {
        return Arrays.stream(values()).filter(v -> v.isBattle() && v.battleCode(data).equals(code)).findFirst();
    }

    /** The views Ctrl+1 … Ctrl+9 open, in order. */
    public static List<ViewId> shortcuts() {
        return Arrays.stream(values()).filter(ViewId::topLevel).toList();
    }
}
