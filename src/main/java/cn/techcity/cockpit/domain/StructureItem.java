package cn.techcity.cockpit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One named item of the committee's structure as the 结构维护 screen and the 结构 sheet show it: an indicator, a project,
 * a battle task, a milestone or a task force, in use or retired. A new item has no code until it is saved.
 *
 * @param parent      the section it belongs to: a work area (A1…), the headline (H0) or, for a task, its battle (B1…)
 * @param ord         its place among its parent's items of its kind (1, 2 …)
 * @param fromYear    the first year it is shown; null: since the first reporting year
 * @param retiredFrom the first year it is no longer shown; null: in use
 * @param unit        an indicator's unit (亿元, %, 个 …); null for other kinds
 * @param decimals    an indicator's digits after the point
 * @param direction   an indicator's 以上/以内/左右
 * @param indicatorKind an indicator's kind (cumulative amount or count, growth rate, level)
 * @param headline    an indicator of the opening paragraph's headline
 * @param start       a task's start date (may be null)
 * @param due         a task's due date (its year is the plan year)
 * @param month       a milestone's month (1–12) or null
 * @param link        a task's indicator, the one it moves (its code), or null
 * @param phases      an indicator's phased targets of its year ({@link PhaseText}: 上半年(6月):45.0;…), or null
 */
public record StructureItem(String code, StructureKind kind, String name, String parent, int ord, Integer fromYear,
                            Integer retiredFrom, String unit, Integer decimals, Direction direction,
                            IndicatorKind indicatorKind, boolean headline, LocalDate start, LocalDate due, Integer month,
                            String link, String phases) {
    public StructureItem {
        Objects.requireNonNull(kind, "kind");
        link = link == null || link.isBlank() ? null : link.strip();
        phases = phases == null || phases.isBlank() ? null : phases.strip();
    }

    /** An item without a link (every kind but a task that moves an indicator). */
    public StructureItem(String code, StructureKind kind, String name, String parent, int ord, Integer fromYear,
                         Integer retiredFrom, String unit, Integer decimals, Direction direction,
                         IndicatorKind indicatorKind, boolean headline, LocalDate start, LocalDate due, Integer month) {
        this(code, kind, name, parent, ord, fromYear, retiredFrom, unit, decimals, direction, indicatorKind, headline, start,
                due, month, null, null);
    }

    public StructureItem withPhases(String newPhases) {
        return new StructureItem(code, kind, name, parent, ord, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, headline, start, due, month, link, newPhases);
    }

    public StructureItem withLink(String newLink) {
        return new StructureItem(code, kind, name, parent, ord, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, headline, start, due, month, newLink, phases);
    }

    /** Shown in {@code year}: added by then and not retired by then. */
    public boolean shownIn(int year) {
        return (fromYear == null || fromYear <= year) && (retiredFrom == null || retiredFrom > year);
    }

    public boolean retired() {
        return retiredFrom != null;
    }

    public boolean isNew() {
        return code == null || code.isBlank();
    }

    public StructureItem withCode(String newCode) {
        return new StructureItem(newCode, kind, name, parent, ord, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, headline, start, due, month, link, phases);
    }

    public StructureItem withName(String newName) {
        return new StructureItem(code, kind, newName, parent, ord, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, headline, start, due, month, link, phases);
    }

    public StructureItem withOrd(int newOrd) {
        return new StructureItem(code, kind, name, parent, newOrd, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, headline, start, due, month, link, phases);
    }

    public StructureItem withYears(Integer newFrom, Integer newRetiredFrom) {
        return new StructureItem(code, kind, name, parent, ord, newFrom, newRetiredFrom, unit, decimals, direction,
                indicatorKind, headline, start, due, month, link, phases);
    }

    public StructureItem withParent(String newParent) {
        return new StructureItem(code, kind, name, newParent, ord, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, headline, start, due, month, link, phases);
    }

    public StructureItem withIndicator(String newUnit, Integer newDecimals, Direction newDirection, IndicatorKind newKind) {
        return new StructureItem(code, kind, name, parent, ord, fromYear, retiredFrom, newUnit, newDecimals, newDirection,
                newKind, headline, start, due, month, link, phases);
    }

    public StructureItem withDates(LocalDate newStart, LocalDate newDue, Integer newMonth) {
        return new StructureItem(code, kind, name, parent, ord, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, headline, newStart, newDue, newMonth, link, phases);
    }

    public StructureItem withHeadline(boolean newHeadline) {
        return new StructureItem(code, kind, name, parent, ord, fromYear, retiredFrom, unit, decimals, direction,
                indicatorKind, newHeadline, start, due, month, link, phases);
    }

    /** The document mask of an indicator of {@code decimals} digits after the point (xx, xx.x …). */
    public static String maskOf(int decimals) {
        return decimals <= 0 ? "xx" : "xx." + "x".repeat(decimals);
    }
}
