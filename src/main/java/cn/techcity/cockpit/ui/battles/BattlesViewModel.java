package cn.techcity.cockpit.ui.battles;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.TaskStatus;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** What the battles overview lists besides the rollup: the next tasks falling due. */
public final class BattlesViewModel {
    private BattlesViewModel() {
    }

    /** Up to {@code n} open tasks due on or after {@code today}, soonest first. */
    public static List<BattleTask> upcoming(List<BattleTask> tasks, LocalDate today, int n) {
        return tasks.stream().filter(t -> t.due() != null && t.status() != TaskStatus.DONE && !t.due().isBefore(today))
                .sorted(Comparator.comparing(BattleTask::due).thenComparingInt(BattleTask::ord)).limit(n).toList();
    }
}
