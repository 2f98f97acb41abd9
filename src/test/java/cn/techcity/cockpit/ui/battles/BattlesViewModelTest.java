package cn.techcity.cockpit.ui.battles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.TaskStatus;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BattlesViewModelTest {
    private static BattleTask task(String code, LocalDate due, TaskStatus status) {
        return new BattleTask(code, "B1", Integer.parseInt(code.substring(1)), "任务" + code, null, due, status, null);
    }

    private final LocalDate today = LocalDate.of(2027, 6, 30);
    private final List<BattleTask> tasks = List.of(
            task("T1", LocalDate.of(2027, 3, 31), TaskStatus.DONE),
            task("T2", LocalDate.of(2027, 3, 31), TaskStatus.IN_PROGRESS),
            task("T3", LocalDate.of(2027, 6, 30), TaskStatus.IN_PROGRESS),
            task("T4", LocalDate.of(2027, 5, 1), TaskStatus.DELAYED),
            task("T5", null, TaskStatus.NOT_STARTED));

    @Test
    void upcomingTasksAreOpenAndSoonestFirst() {
        assertThat(BattlesViewModel.upcoming(tasks, today, 5)).extracting(BattleTask::code).containsExactly("T3");
        assertThat(BattlesViewModel.upcoming(tasks, LocalDate.of(2027, 1, 1), 2)).extracting(BattleTask::code)
                .containsExactly("T2", "T4");
    }
}
