package cn.techcity.cockpit.ui.taskforces;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 双月赛马比拼 ranking of a period, and each task force's movement since the period before. */
public final class TaskForcesViewModel {
    private TaskForcesViewModel() {
    }

    /**
     * @param rank         1 = best; tied scores share a rank
     * @param previousRank rank in the period before, or 0 when it had no score then
     */
    public record Rank(TaskForce taskForce, BigDecimal score, int rank, int previousRank) {
        /** Places gained since the period before (positive = up); 0 when it has no earlier rank. */
        public int movement() {
            return previousRank == 0 ? 0 : previousRank - rank;
        }

        public boolean isNew() {
            return previousRank == 0;
        }
    }

    /** The latest period complete at the end of {@code month} (0 when none is). */
    public static int period(int month) {
        return TaskForceScore.lastCompletePeriod(month);
    }

    /** The ranking of {@code period}: task forces with a score, best first; those without one are left out. */
    public static List<Rank> ranking(CockpitData data, int period) {
        Map<String, Integer> previous = ranks(data, period - 1);
        Map<String, Integer> now = ranks(data, period);
        Map<String, BigDecimal> scores = scores(data, period);
        List<Rank> out = new ArrayList<>();
        for (TaskForce tf : data.taskForces()) {
            if (scores.containsKey(tf.code())) {
                out.add(new Rank(tf, scores.get(tf.code()), now.get(tf.code()), previous.getOrDefault(tf.code(), 0)));
            }
        }
        out.sort(Comparator.comparingInt(Rank::rank).thenComparingInt(r -> r.taskForce().ord()));
        return out;
    }

    private static Map<String, BigDecimal> scores(CockpitData data, int period) {
        Map<String, BigDecimal> out = new HashMap<>();
        for (TaskForceScore s : data.scores()) {
            if (s.year() == data.year() && s.period() == period) {
                out.put(s.taskForceCode(), s.score());
            }
        }
        return out;
    }

    /** Competition ranking (1, 2, 2, 4): a tie shares the better place. */
    static Map<String, Integer> ranks(CockpitData data, int period) {
        Map<String, BigDecimal> scores = scores(data, period);
        Map<String, Integer> out = new HashMap<>();
        for (var e : scores.entrySet()) {
            int better = 0;
            for (BigDecimal other : scores.values()) {
                if (other.compareTo(e.getValue()) > 0) {
                    better++;
                }
            }
            out.put(e.getKey(), better + 1);
        }
        return out;
    }
}
