package cn.techcity.cockpit.domain;

import java.time.Instant;

/** One changed value: who changed what, when, from what to what. */
public record AuditEntry(long id, Instant at, String who, String entity, String entityKey, String field,
                         String oldValue, String newValue) {
}
