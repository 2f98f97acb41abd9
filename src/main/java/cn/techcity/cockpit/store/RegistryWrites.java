package cn.techcity.cockpit.store;

import static cn.techcity.cockpit.store.AuditTrail.addAudit;
import static cn.techcity.cockpit.store.Values.sameNumber;
import static cn.techcity.cockpit.store.Values.setDecimal;
import static cn.techcity.cockpit.store.Values.text;

import cn.techcity.cockpit.domain.Text;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The writes of the registry: the projects' stage, build type and investment, and the task forces' scores. */
final class RegistryWrites {
    private final StoreContext ctx;
    private final Transactions tx;
    private final AuditTrail trail;
    private final Accounts accounts;

    RegistryWrites(StoreContext ctx, Transactions tx, AuditTrail trail, Accounts accounts) {
        this.ctx = ctx;
        this.tx = tx;
        this.trail = trail;
        this.accounts = accounts;
    }

    /**
     * Saves edited projects and task-force scores in one transaction with an audit row per changed value; a row changed
     * since it was loaded is a conflict, and then nothing is written.
     */
    int saveRegistry(String clerk, List<ProjectEdit> projects, List<ScoreEdit> scores) {
        String who = accounts.author(clerk);
        Objects.requireNonNull(who, "who");
        return tx.journaled(new SaveJournal.Registry(who, projects, scores), () -> {
            StructureWrites.refuseClosed(ctx, scores.stream().map(ScoreEdit::year).distinct().toList(),
                    scores.isEmpty() ? "" : scores.get(0).taskForceCode() + "/" + scores.get(0).year());
            int changed = applyProjects(who, projects) + applyScores(who, scores);
            if (changed > 0) {
                tx.bumpVersion();
            }
            return changed;
        });
    }

    /** Projects changed since loaded are a conflict (see {@link #saveRegistry}). */
    private int applyProjects(String who, List<ProjectEdit> edits) throws SQLException {
        {
            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            VersionCheck versions = new VersionCheck(conflicts);
            int changed = 0;
            try (PreparedStatement read = ctx.c.prepareStatement("SELECT stage, build_type, investment_planned, investment_completed,"
                    + " row_version FROM project WHERE code = ? FOR UPDATE");
                 PreparedStatement update = ctx.c.prepareStatement("UPDATE project SET stage = ?, build_type = ?, investment_planned = ?,"
                         + " investment_completed = ?, sample = FALSE, row_version = row_version + 1 WHERE code = ?");
                 PreparedStatement audit = trail.auditStatement()) {
                for (ProjectEdit e : edits) {
                    read.setString(1, e.code());
                    String stage;
                    String type;
                    BigDecimal planned;
                    BigDecimal completed;
                    int version;
                    try (ResultSet rs = read.executeQuery()) {
                        if (!rs.next()) {
                            throw new StoreException(Text.of("store.no-such-project", e.code()));
                        }
                        stage = rs.getString(1);
                        type = rs.getString(2);
                        planned = rs.getBigDecimal(3);
                        completed = rs.getBigDecimal(4);
                        version = rs.getInt(5);
                    }
                    if (versions.changed(e.code(), e.expectedVersion(), version, null, null,
                            new VersionCheck.Field("project", true, stage + " / " + text(planned) + " / " + text(completed)))) {
                        continue;
                    }
                    String newType = e.buildType() == null ? null : e.buildType().name();
                    int fields = 0;
                    if (!stage.equals(e.stage().name())) {
                        addAudit(audit, at, who, "project", e.code(), "stage", stage, e.stage().name());
                        fields++;
                    }
                    if (!Objects.equals(type, newType)) {
                        addAudit(audit, at, who, "project", e.code(), "build_type", type, newType);
                        fields++;
                    }
                    if (!sameNumber(planned, e.planned())) {
                        addAudit(audit, at, who, "project", e.code(), "investment_planned", text(planned), text(e.planned()));
                        fields++;
                    }
                    if (!sameNumber(completed, e.completed())) {
                        addAudit(audit, at, who, "project", e.code(), "investment_completed", text(completed), text(e.completed()));
                        fields++;
                    }
                    if (fields == 0) {
                        continue;
                    }
                    update.setString(1, e.stage().name());
                    update.setString(2, newType);
                    setDecimal(update, 3, e.planned());
                    setDecimal(update, 4, e.completed());
                    update.setString(5, e.code());
                    update.addBatch();
                    changed += fields;
                }
                if (!conflicts.isEmpty()) {
                    throw new ConflictException(conflicts);
                }
                update.executeBatch();
                audit.executeBatch();
            }
            return changed;
        }
    }

    /** Scores of a period; null clears a score (see {@link #saveRegistry}). */
    private int applyScores(String who, List<ScoreEdit> edits) throws SQLException {
        {
            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            VersionCheck versions = new VersionCheck(conflicts);
            int changed = 0;
            try (PreparedStatement read = ctx.c.prepareStatement("SELECT score, row_version FROM task_force_score"
                    + " WHERE task_force_code = ? AND score_year = ? AND period = ? FOR UPDATE");
                 PreparedStatement insertScore = ctx.c.prepareStatement("INSERT INTO task_force_score (task_force_code, score_year,"
                         + " period, score, sample, row_version) VALUES (?, ?, ?, ?, FALSE, 0)");
                 PreparedStatement updateScore = ctx.c.prepareStatement("UPDATE task_force_score SET score = ?, sample = FALSE,"
                         + " row_version = row_version + 1 WHERE task_force_code = ? AND score_year = ? AND period = ?");
                 PreparedStatement delete = ctx.c.prepareStatement("DELETE FROM task_force_score"
                         + " WHERE task_force_code = ? AND score_year = ? AND period = ?");
                 PreparedStatement audit = trail.auditStatement()) {
                for (ScoreEdit e : edits) {
                    read.setString(1, e.taskForceCode());
                    read.setInt(2, e.year());
                    read.setInt(3, e.period());
                    BigDecimal old = null;
                    int version = FigureEdit.ABSENT;
                    try (ResultSet rs = read.executeQuery()) {
                        if (rs.next()) {
                            old = rs.getBigDecimal(1);
                            version = rs.getInt(2);
                        }
                    }
                    if (versions.changed(e.key(), e.expectedVersion(), version, null, null,
                            new VersionCheck.Field("score", true, text(old)))) {
                        continue;
                    }
                    if (sameNumber(old, e.score())) {
                        continue;
                    }
                    if (e.score() == null) {
                        delete.setString(1, e.taskForceCode());
                        delete.setInt(2, e.year());
                        delete.setInt(3, e.period());
                        delete.addBatch();
                    } else if (version == FigureEdit.ABSENT) {
                        insertScore.setString(1, e.taskForceCode());
                        insertScore.setInt(2, e.year());
                        insertScore.setInt(3, e.period());
                        insertScore.setBigDecimal(4, e.score());
                        insertScore.addBatch();
                    } else {
                        updateScore.setBigDecimal(1, e.score());
                        updateScore.setString(2, e.taskForceCode());
                        updateScore.setInt(3, e.year());
                        updateScore.setInt(4, e.period());
                        updateScore.addBatch();
                    }
                    addAudit(audit, at, who, "task_force_score", e.key(), "score", text(old), text(e.score()));
                    changed++;
                }
                if (!conflicts.isEmpty()) {
                    throw new ConflictException(conflicts);
                }
                insertScore.executeBatch();
                updateScore.executeBatch();
                delete.executeBatch();
                audit.executeBatch();
            }
            return changed;
        }
    }
}
