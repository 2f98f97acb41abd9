package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.AuditEntry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit rows: every save writes one per changed value (who, when, old and new), inside its own transaction. */
final class AuditTrail {
    private final StoreContext ctx;
    private final Transactions tx;

    AuditTrail(StoreContext ctx, Transactions tx) {
        this.ctx = ctx;
        this.tx = tx;
    }

    /** Writes one audit row, inside the caller's transaction. */
    void audit(Instant at, String who, String entity, String key, String field, String oldValue, String newValue)
            throws SQLException {
        try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO audit_log (changed_at, changed_by, entity, entity_key, field,"
                + " old_value, new_value) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            p.setString(2, who);
            p.setString(3, entity);
            p.setString(4, key);
            p.setString(5, field);
            p.setString(6, oldValue);
            p.setString(7, newValue);
            p.executeUpdate();
        }
    }

    /** The statement that {@link #addAudit} adds audit rows to, in batches. */
    PreparedStatement auditStatement() throws SQLException {
        return ctx.c.prepareStatement("INSERT INTO audit_log (changed_at, changed_by, entity, entity_key, field, old_value,"
                + " new_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    static void addAudit(PreparedStatement p, OffsetDateTime at, String who, String entity, String key, String field,
                         String oldValue, String newValue) throws SQLException {
        p.setObject(1, at);
        p.setString(2, who);
        p.setString(3, entity);
        p.setString(4, key);
        p.setString(5, field);
        p.setString(6, oldValue);
        p.setString(7, newValue);
        p.addBatch();
    }

    /** The audit rows of one entity key (e.g. a cell {@code A3-01/2026/10}), oldest first. */
    List<AuditEntry> auditOf(String entity, String entityKey) {
        return tx.sql(() -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT id, changed_at, changed_by, entity, entity_key, field,"
                    + " old_value, new_value FROM audit_log WHERE entity = ? AND entity_key = ? ORDER BY id")) {
                p.setString(1, entity);
                p.setString(2, entityKey);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The newest change of each value saved after {@code since}, by "entity|key|field" (e.g.
     * "monthly_figure|A2-03/2026/10|cum_value"): what an import of an older workbook would undo.
     */
    Map<String, AuditEntry> changesSince(Instant since) {
        return tx.sql(() -> {
            Map<String, AuditEntry> out = new HashMap<>();
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT id, changed_at, changed_by, entity, entity_key, field,"
                    + " old_value, new_value FROM audit_log WHERE changed_at > ? ORDER BY id")) {
                p.setObject(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        AuditEntry a = new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8));
                        out.put(a.entity() + "|" + a.entityKey() + "|" + a.field(), a);
                    }
                }
            }
            return out;
        });
    }
}
