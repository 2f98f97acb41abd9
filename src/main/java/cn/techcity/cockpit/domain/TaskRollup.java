package cn.techcity.cockpit.domain;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The progress of a set of battle tasks on a given day: how many are done, the share done, how many are overdue
 * (past due and not done), and the count per status.
 */
public record TaskRollup(int total, int done, int overdue, Map<TaskStatus, Integer> byStatus, List<BattleTask> overdueTasks) {

    public static TaskRollup of(List<BattleTask> tasks, LocalDate today) {
        Map<TaskStatus, Integer> byStatus = new EnumMap<>(TaskStatus.class);
        for (TaskStatus s : TaskStatus.values()) {
            byStatus.put(s, 0);
        }
        for (BattleTask t : tasks) {
            byStatus.merge(t.status(), 1, Integer::sum);
        }
        List<BattleTask> overdue = tasks.stream().filter(t -> t.overdueOn(today))
                .sorted(java.util.Comparator.comparing(BattleTask::due)).toList();
        return new TaskRollup(tasks.size(), byStatus.get(TaskStatus.DONE), overdue.size(),
                Collections.unmodifiableMap(byStatus), overdue);
    }

    /** How far ahead a task counts as falling due (即将到期). */
    public static final int DUE_SOON_DAYS = 30;

    /**
     * Up to {@code n} open tasks falling due: on or after {@code today} and within {@link #DUE_SOON_DAYS} days, soonest
     * first (then in the document's order).
     */
    public static List<BattleTask> upcoming(List<BattleTask> tasks, LocalDate today, int n) {
        LocalDate until = today.plusDays(DUE_SOON_DAYS);
        return tasks.stream().filter(t -> t.due() != null && t.status() != TaskStatus.DONE && !t.due().isBefore(today)
                        && !t.due().isAfter(until))
                .sorted(java.util.Comparator.comparing(BattleTask::due).thenComparingInt(BattleTask::ord)).limit(n).toList();
    }

    /** Up to {@code n} open tasks due later than {@link #DUE_SOON_DAYS} days from {@code today}: planned, soonest first. */
    public static List<BattleTask> planned(List<BattleTask> tasks, LocalDate today, int n) {
        LocalDate until = today.plusDays(DUE_SOON_DAYS);
        return tasks.stream().filter(t -> t.due() != null && t.status() != TaskStatus.DONE && t.due().isAfter(until))
                .sorted(java.util.Comparator.comparing(BattleTask::due).thenComparingInt(BattleTask::ord)).limit(n).toList();
    }

    /** Share of tasks done, 0..1; 0 for no tasks. */
    public double shareDone() {
        return total == 0 ? 0 : (double) done / total;
    }
}
