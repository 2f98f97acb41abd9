package cn.techcity.cockpit.domain;

import java.time.Instant;

/** A line of a task's status history. */
public record TaskStatusChange(String taskCode, Instant at, String who, TaskStatus oldStatus, TaskStatus newStatus,
                               String note) {
}
