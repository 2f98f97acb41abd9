package cn.techcity.cockpit.domain;

/**
 * Which years may still change (issue 15): nothing of an archived year or of any year before it (同比 of the archived
 * year comes from it), no figure of a year that has not begun, no target beyond the next year's plan. Before the first
 * turn every earlier year is open: a store is started with last year's figures for 同比.
 */
public final class YearRules {
    private YearRules() {
    }

    /** Why a figure (or a score, a task) of {@code year} cannot be saved, or null when it can. */
    public static Text figureRefused(int year, int reporting, int lastClosed, String what) {
        if (lastClosed > 0 && year <= lastClosed) {
            return Text.of("store.year-closed", Integer.toString(year), what);
        }
        if (year > reporting) {
            return Text.of("store.year-future", Integer.toString(year), Integer.toString(reporting), what);
        }
        return null;
    }

    /** Why a target of {@code year} cannot be saved, or null when it can (the plan of the year after can). */
    public static Text targetRefused(int year, int reporting, int lastClosed, String what) {
        if (lastClosed > 0 && year <= lastClosed) {
            return Text.of("store.year-closed", Integer.toString(year), what);
        }
        if (year > reporting + 1) {
            return Text.of("store.year-future-target", Integer.toString(year), Integer.toString(reporting + 1), what);
        }
        return null;
    }
}
