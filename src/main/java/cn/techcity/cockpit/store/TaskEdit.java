package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.TaskStatus;
import java.time.LocalDate;

/** A battle task as the clerk left it: owner, due date, status and progress note, against the version loaded. */
public record TaskEdit(String code, String owner, LocalDate due, TaskStatus status, String note, int expectedVersion) {
}
