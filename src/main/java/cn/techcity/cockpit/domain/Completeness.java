package cn.techcity.cockpit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 填报完整度: how many of the indicators expected for a month of the year shown have their figure (“11月已填报 52/61 项”),
 * and which are still missing, by work area.
 *
 * <p>Expected are the indicators of the year in use that take the year's monthly figures: every indicator of
 * {@link CockpitData#indicators()} except the plan year's (their targets are entered now, their figures next year; the
 * store refuses them). A figure counts as reported exactly when the views read a value from it, so an indicator missing
 * here is 缺数据 in the views and 未填报 in the summary: both come from {@link CockpitData#assess(Indicator, int)}.
 *
 * @param month    the month counted (1..12)
 * @param expected every indicator expected, in the order of the editor's rows
 * @param missing  the expected indicators without a figure for {@code month}, by section (in the sections' order; a
 *                 section with none missing is left out)
 */
public record Completeness(int month, List<Indicator> expected, Map<Section, List<Indicator>> missing) {
    public Completeness {
        expected = List.copyOf(expected);
        Map<Section, List<Indicator>> copy = new LinkedHashMap<>();
        missing.forEach((s, list) -> copy.put(s, List.copyOf(list)));
        missing = java.util.Collections.unmodifiableMap(copy);
    }

    /** The indicators expected for {@code month} of the year shown, and those of them still without a figure. */
    public static Completeness of(CockpitData data, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12: " + month);
        }
        List<Indicator> expected = new ArrayList<>();
        Map<Section, List<Indicator>> missing = new LinkedHashMap<>();
        for (Section s : data.sections()) {
            for (Indicator i : data.indicators(s.code())) {
                if (!expectedMonthly(i)) {
                    continue;
                }
                expected.add(i);
                if (!reported(data, i, month)) {
                    missing.computeIfAbsent(s, k -> new ArrayList<>()).add(i);
                }
            }
        }
        return new Completeness(month, expected, missing);
    }

    /** An indicator of the year shown that takes monthly figures (not a plan year's target). */
    public static boolean expectedMonthly(Indicator i) {
        return i.planYearOffset() == 0;
    }

    /** The month's figure is there as the views read it (a value; for a growth rate a reported growth will do). */
    public static boolean reported(CockpitData data, Indicator i, int month) {
        return data.assess(i, month).value() != null;
    }

    /**
     * The month being filled: the month after the newest month with every expected figure, or the newest month with any
     * figure when that is later (a month begun before an earlier one was finished); never past the month whose figures
     * are due by {@code today} (a month's figures are reported in the month after it) unless figures of a later month
     * are already in. So on 5 December with January–November complete it is November (61/61: nothing missing), with
     * November begun it is November, and with only January–September complete it is October.
     *
     * @param today the day the window counts from (the session's)
     */
    public static int fillingMonth(CockpitData data, LocalDate today) {
        int newestComplete = 0;
        List<Indicator> expected = data.indicators().stream().filter(Completeness::expectedMonthly).toList();
        for (int m = 1; m <= 12; m++) {
            int month = m;
            if (!expected.isEmpty() && expected.stream().allMatch(i -> reported(data, i, month))) {
                newestComplete = m;
            } else {
                break;
            }
        }
        int latest = data.latestMonth().orElse(0);
        int due = data.year() < today.getYear() ? 12 : data.year() > today.getYear() ? 0 : today.getMonthValue() - 1;
        int month = Math.min(Math.max(newestComplete + 1, latest), Math.max(Math.max(due, latest), 1));
        return Math.max(1, Math.min(12, month));
    }

    public int expectedCount() { return expected.size(); }

    public int missingCount() { return missing.values().stream().mapToInt(List::size).sum(); }

    public int reportedCount() { return expectedCount() - missingCount(); }

    public boolean complete() { return missingCount() == 0; }

    /** The codes of the missing indicators, in order. */
    public List<String> missingCodes() {
        return missing.values().stream().flatMap(List::stream).map(Indicator::code).toList();
    }
}
