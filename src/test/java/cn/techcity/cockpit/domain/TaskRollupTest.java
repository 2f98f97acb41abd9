package cn.techcity.cockpit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRollupTest {
    static BattleTask task(String code, LocalDate due, TaskStatus status) {
        return new BattleTask(code, "B1", Integer.parseInt(code.substring(1)), "任务" + code, null, due, status, null);
    }

    final LocalDate today = LocalDate.of(2027, 6, 30);
    final List<BattleTask> tasks = List.of(
            task("T1", LocalDate.of(2027, 3, 31), TaskStatus.DONE),          // done: never overdue
            task("T2", LocalDate.of(2027, 3, 31), TaskStatus.IN_PROGRESS),   // past due, open: overdue
            task("T3", LocalDate.of(2027, 6, 30), TaskStatus.IN_PROGRESS),   // due today: not yet overdue
            task("T4", LocalDate.of(2027, 5, 1), TaskStatus.DELAYED),        // delayed and past due: overdue
            task("T5", null, TaskStatus.NOT_STARTED),                        // no date: never overdue
            task("T6", LocalDate.of(2027, 12, 31), TaskStatus.DONE));

    @Test
    void shareDoneAndOverdueAgainstAGivenDay() {
        TaskRollup r = TaskRollup.of(tasks, today);
        assertThat(r.total()).isEqualTo(6);
        assertThat(r.done()).isEqualTo(2);
        assertThat(r.shareDone()).isEqualTo(2.0 / 6);
        assertThat(r.overdue()).isEqualTo(2);
        assertThat(r.overdueTasks()).extracting(BattleTask::code).containsExactly("T2", "T4");
        assertThat(r.byStatus()).containsEntry(TaskStatus.IN_PROGRESS, 2).containsEntry(TaskStatus.DELAYED, 1)
                .containsEntry(TaskStatus.NOT_STARTED, 1).containsEntry(TaskStatus.TO_ADJUST, 0);
        assertThat(TaskRollup.of(tasks, LocalDate.of(2027, 1, 1)).overdue()).isZero();
        assertThat(TaskRollup.of(tasks, LocalDate.of(2028, 1, 1)).overdue()).isEqualTo(3);
    }

    @Test
    void upcomingTasksAreOpenAndSoonestFirst() {
        List<BattleTask> tasks = this.tasks.subList(0, 5);
        assertThat(TaskRollup.upcoming(tasks, today, 5)).extracting(BattleTask::code).containsExactly("T3");
        assertThat(TaskRollup.upcoming(tasks, LocalDate.of(2027, 1, 1), 2)).as("nothing within 30 days").isEmpty();
        assertThat(TaskRollup.planned(tasks, LocalDate.of(2027, 1, 1), 2)).as("later: planned, soonest first")
                .extracting(BattleTask::code).containsExactly("T2", "T4");
        assertThat(TaskRollup.upcoming(tasks, LocalDate.of(2027, 3, 1), 5)).as("31 March is 30 days after 1 March")
                .extracting(BattleTask::code).containsExactly("T2");
        assertThat(TaskRollup.planned(tasks, LocalDate.of(2027, 3, 1), 5)).extracting(BattleTask::code)
                .containsExactly("T4", "T3");
    }

    @Test
    void noTasksIsZeroNotAnError() {
        TaskRollup r = TaskRollup.of(List.of(), today);
        assertThat(r.shareDone()).isZero();
        assertThat(r.overdue()).isZero();
    }
}
