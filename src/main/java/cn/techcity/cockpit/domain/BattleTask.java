package cn.techcity.cockpit.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A dated task of a battle.
 *
 * @param owner the 专班 that owns it; null until a clerk assigns one
 */
public record BattleTask(String code, String battleCode, int ord, String title, String owner, LocalDate due,
                         TaskStatus status, String progressNote) {
    public BattleTask {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(battleCode, "battleCode");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(status, "status");
    }

    /** Overdue: past its due date on {@code today} and not done. */
    public boolean overdueOn(LocalDate today) {
        return due != null && status != TaskStatus.DONE && due.isBefore(today);
    }
}
