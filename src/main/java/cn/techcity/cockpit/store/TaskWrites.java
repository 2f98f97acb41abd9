package cn.techcity.cockpit.store;

import static cn.techcity.cockpit.store.AuditTrail.addAudit;

import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.Text;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The writes of the battle tasks: the task editor's saves (and an import's tasks) and a status change. */
final class TaskWrites {
    private final StoreContext ctx;
    private final Transactions tx;
    private final AuditTrail trail;
    private final Accounts accounts;

    TaskWrites(StoreContext ctx, Transactions tx, AuditTrail trail, Accounts accounts) {
        this.ctx = ctx;
        this.tx = tx;
        this.trail = trail;
        this.accounts = accounts;
    }

    /**
     * Saves edited battle tasks in one transaction: an audit row per changed field, a history row per status change.
     * A task changed by someone else since it was loaded is a conflict: nothing is written.
     */
    int saveTasks(String clerk, List<TaskEdit> edits) {
        String who = accounts.author(clerk);
        Objects.requireNonNull(who, "who");
        return tx.journaled(new SaveJournal.Tasks(who, edits), () -> {
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            int changed = applyTasks(who, edits, conflicts);
            if (!conflicts.isEmpty()) {
                throw new ConflictException(conflicts);
            }
            if (changed > 0) {
                tx.bumpVersion();
            }
            return changed;
        });
    }

    /** Writes the task edits inside the caller's transaction; conflicts are collected, and then none of these is written. */
    int applyTasks(String who, List<TaskEdit> edits, List<ConflictException.Conflict> conflicts) throws SQLException {
        if (!edits.isEmpty() && !ctx.replaying) {
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT s.plan_year FROM battle_task t JOIN section s"
                    + " ON s.code = t.battle_code WHERE t.code = ?")) {
                for (TaskEdit e : edits) {
                    p.setString(1, e.code());
                    try (java.sql.ResultSet rs = p.executeQuery()) {
                        if (rs.next() && rs.getObject(1) != null) {
                            StructureWrites.refuseClosed(ctx, List.of(rs.getInt(1)), e.code());
                        }
                    }
                }
            }
        }
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        VersionCheck versions = new VersionCheck(conflicts);
        int before = conflicts.size();
        int changed = 0;
        try (PreparedStatement read = ctx.c.prepareStatement("SELECT owner, due_date, status, progress_note, row_version"
                + " FROM battle_task WHERE code = ? FOR UPDATE");
             PreparedStatement update = ctx.c.prepareStatement("UPDATE battle_task SET owner = ?, due_date = ?, status = ?,"
                     + " progress_note = ?, row_version = row_version + 1 WHERE code = ?");
             PreparedStatement history = ctx.c.prepareStatement("INSERT INTO task_status_history (task_code, changed_at,"
                     + " changed_by, old_status, new_status, note) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement audit = trail.auditStatement()) {
            for (TaskEdit e : edits) {
                read.setString(1, e.code());
                String owner;
                Date due;
                String status;
                String note;
                int version;
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(Text.of("store.no-such-task", e.code()));
                    }
                    owner = rs.getString(1);
                    due = rs.getDate(2);
                    status = rs.getString(3);
                    note = rs.getString(4);
                    version = rs.getInt(5);
                }
                if (versions.changed(e.code(), e.expectedVersion(), version, null, null,
                        new VersionCheck.Field("task", true, status + " / " + owner))) {
                    continue;
                }
                String newDue = e.due() == null ? null : e.due().toString();
                String oldDue = due == null ? null : due.toLocalDate().toString();
                int fields = 0;
                if (!Objects.equals(owner, e.owner())) {
                    addAudit(audit, at, who, "battle_task", e.code(), "owner", owner, e.owner());
                    fields++;
                }
                if (!Objects.equals(oldDue, newDue)) {
                    addAudit(audit, at, who, "battle_task", e.code(), "due_date", oldDue, newDue);
                    fields++;
                }
                if (!Objects.equals(note, e.note())) {
                    addAudit(audit, at, who, "battle_task", e.code(), "progress_note", note, e.note());
                    fields++;
                }
                if (!status.equals(e.status().name())) {
                    addAudit(audit, at, who, "battle_task", e.code(), "status", status, e.status().name());
                    history.setString(1, e.code());
                    history.setObject(2, at);
                    history.setString(3, who);
                    history.setString(4, status);
                    history.setString(5, e.status().name());
                    history.setString(6, e.note());
                    history.addBatch();
                    fields++;
                }
                if (fields == 0) {
                    continue;
                }
                update.setString(1, e.owner());
                update.setDate(2, e.due() == null ? null : Date.valueOf(e.due()));
                update.setString(3, e.status().name());
                update.setString(4, e.note());
                update.setString(5, e.code());
                update.addBatch();
                changed += fields;
            }
            if (conflicts.size() > before) {
                return 0;
            }
            update.executeBatch();
            history.executeBatch();
            audit.executeBatch();
        }
        return changed;
    }

    /** Changes a task's status, keeping its history (who, when, note) and an audit row. */
    void updateTaskStatus(String clerk, String taskCode, TaskStatus status, String note) {
        String who = accounts.author(clerk);
        tx.journaled(new SaveJournal.TaskStatusChange(who, taskCode, status, note), () -> {
            Instant now = Instant.now();
            TaskStatus old;
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT status FROM battle_task WHERE code = ? FOR UPDATE")) {
                p.setString(1, taskCode);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException(Text.of("store.no-such-task", taskCode));
                    }
                    old = TaskStatus.valueOf(rs.getString(1));
                }
            }
            try (PreparedStatement p = ctx.c.prepareStatement("UPDATE battle_task SET status = ?,"
                    + " progress_note = COALESCE(?, progress_note), row_version = row_version + 1 WHERE code = ?")) {
                p.setString(1, status.name());
                p.setString(2, note);
                p.setString(3, taskCode);
                p.executeUpdate();
            }
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO task_status_history (task_code, changed_at, changed_by,"
                    + " old_status, new_status, note) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, taskCode);
                p.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                p.setString(3, who);
                p.setString(4, old.name());
                p.setString(5, status.name());
                p.setString(6, note);
                p.executeUpdate();
            }
            trail.audit(now, who, "battle_task", taskCode, "status", old.name(), status.name());
            tx.bumpVersion();
            return null;
        });
    }
}
