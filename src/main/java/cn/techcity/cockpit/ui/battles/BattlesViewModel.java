package cn.techcity.cockpit.ui.battles;

import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.TaskRollup;
import java.time.LocalDate;
import java.util.List;

/** What the battles overview lists besides the rollup: the next tasks falling due. */
public final class BattlesViewModel {
    private BattlesViewModel() {
    }

    /** Up to {@code n} open tasks due on or after {@code today}, soonest first. */
    public static List<BattleTask> upcoming(List<BattleTask> tasks, LocalDate today, int n) {
        return TaskRollup.upcoming(tasks, today, n);
    }
}
