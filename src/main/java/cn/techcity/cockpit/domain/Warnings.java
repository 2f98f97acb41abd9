package cn.techcity.cockpit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 预警 (issue 17): what is behind, what turned red, which battle tasks are late or due soon. Pure, from the data.
 *
 * <p>What counts: the indicators of the year shown (the headline paragraph, the five work areas and, after the turn of
 * the year, the battles whose targets are now the year's; a battle's plan-year target is not due yet) that are 滞后 or
 * 略滞后 at the month; the open tasks of the battles shown that are
 * past due or due within {@link TaskRollup#DUE_SOON_DAYS} days of today.
 *
 * @param behind    滞后 and 略滞后 indicators, most behind first (by {@link Behind#gapPoints}, lowest first)
 * @param turnedRed 本月新转红: the indicators 滞后 at the month that were not 滞后 the month before, in the same order
 * @param tasks     overdue tasks first (most overdue first), then those falling due, soonest first
 */
public record Warnings(List<Behind> behind, List<Behind> turnedRed, List<TaskAlert> tasks) {
    public Warnings {
        behind = List.copyOf(behind);
        turnedRed = List.copyOf(turnedRed);
        tasks = List.copyOf(tasks);
    }

    /**
     * An indicator 滞后 or 略滞后 at {@code month}.
     *
     * @param area      the section it belongs to (a work area, or the headline paragraph 总体指标)
     * @param owner     the task force (专班) that owns it; null where the data does not say (see {@link #ownerOf})
     * @param gapPoints as {@link Assessment#gapPoints} (negative = behind); null where no gap is defined
     * @param lastMonth its status at the month before; null in January (no month before in the year)
     * @param pace      倒排 toward the year's target; empty where {@link Pace#of} is
     */
    public record Behind(Indicator indicator, Section area, TaskForce owner, Status status, BigDecimal gapPoints,
                         Status lastMonth, Assessment assessment, Optional<Pace> pace) {
        /** 本月新转红: 滞后 now, and not 滞后 the month before. */
        public boolean turnedRed() {
            return status == Status.RED && lastMonth != Status.RED;
        }
    }

    /**
     * A battle task overdue or due within 30 days of today.
     *
     * @param daysOverdue days past the due date: &gt; 0 late; &lt;= 0 not yet due, its negation the days left (0: due today)
     */
    public record TaskAlert(BattleTask task, Section battle, long daysOverdue) {
        public boolean overdue() {
            return daysOverdue > 0;
        }

        /** Days left until the due date (0 on the day); meaningful when not {@link #overdue}. */
        public long daysLeft() {
            return -daysOverdue;
        }
    }

    /** Most behind first; an indicator without a gap after those with one; then in the document's order. */
    private static final Comparator<Behind> MOST_BEHIND_FIRST = Comparator
            .comparing(Behind::gapPoints, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingInt(b -> b.area().ord())
            .thenComparingInt(b -> b.indicator().ord());

    /** The warnings of {@code data} at the end of {@code month}, counting the tasks' days from {@code today}. */
    public static Warnings of(CockpitData data, int month, LocalDate today) {
        List<Behind> behind = new ArrayList<>();
        if (month >= 1 && month <= 12) {
            for (Section area : data.sections()) {
                for (Indicator i : data.indicators(area.code())) {
                    if (i.planYearOffset() != 0) {
                        continue;   // a battle's target of the plan year: not due yet (after the turn it is the year's)
                    }
                    Assessment a = data.assess(i, month);
                    if (a.status() != Status.RED && a.status() != Status.AMBER) {
                        continue;
                    }
                    Status lastMonth = month > 1 ? data.assess(i, month - 1).status() : null;
                    behind.add(new Behind(i, area, ownerOf(data, i), a.status(), a.gapPoints(), lastMonth, a,
                            yearPace(data, i, month, a).base()));
                }
            }
        }
        behind.sort(MOST_BEHIND_FIRST);
        List<Behind> turnedRed = behind.stream().filter(Behind::turnedRed).toList();
        return new Warnings(behind, turnedRed, taskAlerts(data, today));
    }

    private static List<TaskAlert> taskAlerts(CockpitData data, LocalDate today) {
        List<TaskAlert> out = new ArrayList<>();
        if (today == null) {
            return out;
        }
        LocalDate until = today.plusDays(TaskRollup.DUE_SOON_DAYS);
        for (Section battle : data.sections(SectionKind.BATTLE)) {
            for (BattleTask t : data.tasks(battle.code())) {
                if (t.due() == null || t.status() == TaskStatus.DONE || t.due().isAfter(until)) {
                    continue;
                }
                out.add(new TaskAlert(t, battle, ChronoUnit.DAYS.between(t.due(), today)));
            }
        }
        out.sort(Comparator.comparingLong(TaskAlert::daysOverdue).reversed()
                .thenComparingInt(a -> a.battle().ord()).thenComparingInt(a -> a.task().ord()));
        return out;
    }

    /**
     * The task force that owns an indicator. The data links a task force to its work area only, so: the area's task
     * force whose name (without 专班) the indicator's name contains (国科大xx研究院全职高层次人才 → 国科大xx研究院专班);
     * else the area's only task force; else none (an area with several task forces and no name to tell them apart).
     */
    public static TaskForce ownerOf(CockpitData data, Indicator indicator) {
        List<TaskForce> ofArea = data.taskForces().stream()
                .filter(tf -> tf.sectionCode().equals(indicator.sectionCode()))
                .sorted(Comparator.comparingInt(TaskForce::ord)).toList();
        for (TaskForce tf : ofArea) {
            String stem = tf.name().endsWith("专班") ? tf.name().substring(0, tf.name().length() - 2) : tf.name();
            if (!stem.isBlank() && indicator.name().contains(stem)) {
                return tf;
            }
        }
        return ofArea.size() == 1 ? ofArea.get(0) : null;
    }

    /** The task forces of an area, in their order: who to ask where {@link #ownerOf} names none. */
    public static List<TaskForce> taskForcesOf(CockpitData data, String sectionCode) {
        return data.taskForces().stream().filter(tf -> tf.sectionCode().equals(sectionCode))
                .sorted(Comparator.comparingInt(TaskForce::ord)).toList();
    }

    /**
     * 倒排 of an indicator at {@code month}: toward the year's target and toward its 高线目标 (each empty where
     * {@link Pace#of} is: a growth rate, a level, 以内, no target, no figure, December).
     */
    public record YearPace(Optional<Pace> base, Optional<Pace> stretch) {
        public static final YearPace NONE = new YearPace(Optional.empty(), Optional.empty());

        public boolean isEmpty() {
            return base.isEmpty() && stretch.isEmpty();
        }
    }

    /** The {@link YearPace} of {@code indicator} at the end of {@code month}. */
    public static YearPace yearPace(CockpitData data, Indicator indicator, int month) {
        return yearPace(data, indicator, month, data.assess(indicator, month));
    }

    private static YearPace yearPace(CockpitData data, Indicator indicator, int month, Assessment a) {
        Optional<Target> target = data.target(indicator.code(), data.year() + indicator.planYearOffset());
        if (target.isEmpty() || a.value() == null) {
            return YearPace.NONE;
        }
        // the year's target, not a phase's: 倒排 looks at the end of the year
        Optional<Pace> base = Pace.of(indicator, month, a.value(), target.get().base());
        Optional<Pace> stretch = target.get().stretch() == null ? Optional.empty()
                : Pace.of(indicator, month, a.value(), target.get().stretch());
        return new YearPace(base, stretch);
    }
}
