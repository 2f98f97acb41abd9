package cn.techcity.cockpit.store;

import static cn.techcity.cockpit.store.AuditTrail.addAudit;
import static cn.techcity.cockpit.store.Values.sameNumber;
import static cn.techcity.cockpit.store.Values.setDecimal;
import static cn.techcity.cockpit.store.Values.text;

import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Target;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The writes of the monthly figures and the targets: the editors' saves, an import (with its tasks), a year's target,
 * the removal of the samples, and the whole-figure writes of tools and of the first run.
 */
final class FigureWrites {
    private final StoreContext ctx;
    private final Transactions tx;
    private final AuditTrail trail;
    private final Accounts accounts;
    private final TaskWrites tasks;

    FigureWrites(StoreContext ctx, Transactions tx, AuditTrail trail, Accounts accounts, TaskWrites tasks) {
        this.ctx = ctx;
        this.tx = tx;
        this.trail = trail;
        this.accounts = accounts;
        this.tasks = tasks;
    }

    /**
     * Saves monthly figures (new or changed) in one transaction, every field as given, with an audit row for every
     * changed field and no version check (tools, tests). A figure saved by a clerk is no longer sample. Returns the
     * number of values that changed.
     */
    int saveFigures(String clerk, List<MonthlyFigure> figures) {
        String who = accounts.author(clerk);
        return saveEdits(who, figures.stream().map(f -> new FigureEdit(f.indicatorCode(), f.year(), f.month(), true, f.value(),
                true, f.reportedGrowth(), true, f.note(), FigureEdit.ANY_VERSION)).toList(), List.of());
    }

    /**
     * Saves an editor's changes in one transaction: only the fields each edit sets, an audit row per changed value.
     * A row that changed since the editor loaded it (its version differs) is a conflict: then nothing is written and
     * {@link ConflictException} lists every conflict with the other value. Returns the number of values changed.
     */
    int saveEdits(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits) {
        String who = accounts.author(clerk);
        Objects.requireNonNull(who, "who");
        return tx.journaled(new SaveJournal.Edits(who, figureEdits, targetEdits), () -> {
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            int changed = applyEdits(who, figureEdits, targetEdits, conflicts);
            if (!conflicts.isEmpty()) {
                throw new ConflictException(conflicts);
            }
            if (changed > 0) {
                tx.bumpVersion();
            }
            return changed;
        });
    }

    /**
     * Saves an import in one transaction: figures, targets and tasks all, or (on a conflict or any failure) none of
     * them. Returns the number of values changed; an import that changes nothing writes nothing, not even audit rows.
     */
    int saveImport(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits) {
        return saveImport(clerk, figureEdits, targetEdits, taskEdits, List.of(), null);
    }

    /** An import with changes of the structure (checked items, see {@link StructureWrites}): all of it or nothing. */
    int saveImport(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits,
                   List<cn.techcity.cockpit.domain.StructureItem> items, StructureWrites structure) {
        String who = accounts.author(clerk);
        Objects.requireNonNull(who, "who");
        SaveJournal.Op op = items.isEmpty() ? new SaveJournal.Import(who, figureEdits, targetEdits, taskEdits)
                : new SaveJournal.ImportStructure(who, figureEdits, targetEdits, taskEdits, items);
        return tx.journaled(op, () -> {
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            int changed = items.isEmpty() ? 0 : structure.apply(who, items);
            changed += applyEdits(who, figureEdits, targetEdits, conflicts) + tasks.applyTasks(who, taskEdits, conflicts);
            if (!conflicts.isEmpty()) {
                throw new ConflictException(conflicts);
            }
            if (changed > 0) {
                tx.bumpVersion();
            }
            return changed;
        });
    }

    private record StoredFigure(BigDecimal value, BigDecimal growth, String note, int version, String by, Instant when) {
    }

    /**
     * The stored rows the edits touch, read and locked in a few statements (a chunk of indicator codes a month) rather
     * than one a cell: an import of 120,000 cells spent most of its save in single-row reads.
     */
    private Map<String, StoredFigure> storedFigures(List<FigureEdit> edits) throws SQLException {
        Map<List<Integer>, java.util.Set<String>> codesByMonth = new java.util.TreeMap<>(
                java.util.Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (FigureEdit e : edits) {
            codesByMonth.computeIfAbsent(List.of(e.year(), e.month()), k -> new java.util.TreeSet<>()).add(e.indicatorCode());
        }
        Map<String, StoredFigure> out = new HashMap<>();
        final int chunk = 200;
        for (var entry : codesByMonth.entrySet()) {
            int year = entry.getKey().get(0);
            int month = entry.getKey().get(1);
            List<String> codes = new ArrayList<>(entry.getValue());
            for (int from = 0; from < codes.size(); from += chunk) {
                List<String> part = codes.subList(from, Math.min(codes.size(), from + chunk));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                try (PreparedStatement p = ctx.c.prepareStatement("SELECT indicator_code, cum_value, reported_growth, note,"
                        + " row_version, entered_by, entered_at FROM monthly_figure WHERE fig_year = ? AND fig_month = ?"
                        + " AND indicator_code IN (" + marks + ") FOR UPDATE")) {
                    p.setInt(1, year);
                    p.setInt(2, month);
                    for (int i = 0; i < part.size(); i++) {
                        p.setString(i + 3, part.get(i));
                    }
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) {
                            out.put(rs.getString(1) + "/" + year + "/" + month, new StoredFigure(rs.getBigDecimal(2),
                                    rs.getBigDecimal(3), rs.getString(4), rs.getInt(5), rs.getString(6),
                                    rs.getObject(7, OffsetDateTime.class).toInstant()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Writes the edits inside the caller's transaction; conflicts are collected, and then nothing of these is written. */
    private int applyEdits(String who, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits,
                           List<ConflictException.Conflict> conflicts) throws SQLException {
        Map<Integer, String> figureYears = new java.util.TreeMap<>();
        figureEdits.forEach(f -> figureYears.putIfAbsent(f.year(), f.indicatorCode() + "/" + f.year() + "/" + f.month()));
        Map<Integer, String> targetYears = new java.util.TreeMap<>();
        targetEdits.forEach(t -> targetYears.putIfAbsent(t.year(), t.indicatorCode() + "/" + t.year()));
        StructureWrites.refuseYears(ctx, figureYears, targetYears);
        Instant now = Instant.now();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        VersionCheck versions = new VersionCheck(conflicts);
        int before = conflicts.size();
        int changed = 0;
        Map<String, StoredFigure> stored = storedFigures(figureEdits);
        try (PreparedStatement insert = ctx.c.prepareStatement("INSERT INTO monthly_figure (indicator_code, fig_year, fig_month,"
                     + " cum_value, reported_growth, note, revision, entered_by, entered_at, sample, row_version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'PROVISIONAL', ?, ?, FALSE, 0)");
             PreparedStatement update = ctx.c.prepareStatement("UPDATE monthly_figure SET cum_value = ?, reported_growth = ?,"
                     + " note = ?, revision = 'REVISED', entered_by = ?, entered_at = ?, sample = FALSE,"
                     + " row_version = row_version + 1 WHERE indicator_code = ? AND fig_year = ? AND fig_month = ?");
             PreparedStatement audit = trail.auditStatement()) {
            for (FigureEdit e : figureEdits) {
                StoredFigure old = stored.get(e.key());
                BigDecimal oldValue = old == null ? null : old.value();
                BigDecimal oldGrowth = old == null ? null : old.growth();
                String oldNote = old == null ? null : old.note();
                int version = old == null ? FigureEdit.ABSENT : old.version();
                String by = old == null ? null : old.by();
                Instant when = old == null ? null : old.when();
                if (versions.changed(e.key(), e.expectedVersion(), version, by, when,
                        new VersionCheck.Field("cum_value", e.setValue(), text(oldValue)),
                        new VersionCheck.Field("reported_growth", e.setGrowth(), text(oldGrowth)),
                        new VersionCheck.Field("note", e.setNote(), oldNote))) {
                    continue;
                }
                BigDecimal value = e.setValue() ? e.value() : oldValue;
                BigDecimal growth = e.setGrowth() ? e.growth() : oldGrowth;
                String note = e.setNote() ? e.note() : oldNote;
                boolean valueChanged = !sameNumber(oldValue, value);
                boolean growthChanged = !sameNumber(oldGrowth, growth);
                boolean noteChanged = !Objects.equals(oldNote, note);
                if (!valueChanged && !growthChanged && !noteChanged) {
                    continue;
                }
                if (by == null) {
                    insert.setString(1, e.indicatorCode());
                    insert.setInt(2, e.year());
                    insert.setInt(3, e.month());
                    setDecimal(insert, 4, value);
                    setDecimal(insert, 5, growth);
                    insert.setString(6, note);
                    insert.setString(7, who);
                    insert.setObject(8, at);
                    insert.addBatch();
                } else {
                    setDecimal(update, 1, value);
                    setDecimal(update, 2, growth);
                    update.setString(3, note);
                    update.setString(4, who);
                    update.setObject(5, at);
                    update.setString(6, e.indicatorCode());
                    update.setInt(7, e.year());
                    update.setInt(8, e.month());
                    update.addBatch();
                }
                if (valueChanged) {
                    addAudit(audit, at, who, "monthly_figure", e.key(), "cum_value", text(oldValue), text(value));
                    changed++;
                }
                if (growthChanged) {
                    addAudit(audit, at, who, "monthly_figure", e.key(), "reported_growth", text(oldGrowth), text(growth));
                    changed++;
                }
                if (noteChanged) {
                    addAudit(audit, at, who, "monthly_figure", e.key(), "note", oldNote, note);
                    changed++;
                }
            }
            for (TargetEdit e : targetEdits) {
                changed += applyTarget(e, who, at, audit, versions);
            }
            if (conflicts.size() > before) {
                return 0;
            }
            insert.executeBatch();
            update.executeBatch();
            audit.executeBatch();
        }
        return changed;
    }

    private int applyTarget(TargetEdit e, String who, OffsetDateTime at, PreparedStatement audit, VersionCheck versions)
            throws SQLException {
        BigDecimal oldBase = null;
        BigDecimal oldStretch = null;
        int version = FigureEdit.ABSENT;
        try (PreparedStatement p = ctx.c.prepareStatement("SELECT base_value, stretch_value, row_version FROM target"
                + " WHERE indicator_code = ? AND target_year = ? FOR UPDATE")) {
            p.setString(1, e.indicatorCode());
            p.setInt(2, e.year());
            try (ResultSet rs = p.executeQuery()) {
                if (rs.next()) {
                    oldBase = rs.getBigDecimal(1);
                    oldStretch = rs.getBigDecimal(2);
                    version = rs.getInt(3);
                }
            }
        }
        if (versions.changed(e.key(), e.expectedVersion(), version, null, null,
                new VersionCheck.Field("base_value", e.setBase(), text(oldBase)),
                new VersionCheck.Field("stretch_value", e.setStretch(), text(oldStretch)))) {
            return 0;
        }
        BigDecimal base = e.setBase() ? e.base() : oldBase;
        BigDecimal stretch = e.setStretch() ? e.stretch() : oldStretch;
        int changed = 0;
        if (!sameNumber(oldBase, base)) {
            addAudit(audit, at, who, "target", e.key(), "base_value", text(oldBase), text(base));
            changed++;
        }
        if (!sameNumber(oldStretch, stretch)) {
            addAudit(audit, at, who, "target", e.key(), "stretch_value", text(oldStretch), text(stretch));
            changed++;
        }
        if (changed == 0) {
            return 0;
        }
        try (PreparedStatement p = ctx.c.prepareStatement(version == FigureEdit.ABSENT
                ? "INSERT INTO target (base_value, stretch_value, indicator_code, target_year, sample) VALUES (?, ?, ?, ?, FALSE)"
                : "UPDATE target SET base_value = ?, stretch_value = ?, sample = FALSE, row_version = row_version + 1"
                + " WHERE indicator_code = ? AND target_year = ?")) {
            setDecimal(p, 1, base);
            setDecimal(p, 2, stretch);
            p.setString(3, e.indicatorCode());
            p.setInt(4, e.year());
            p.executeUpdate();
        }
        return changed;
    }

    /** Saves a year's target (base and stretch), with audit rows; a target set by a clerk is no longer sample. */
    void saveTarget(String clerk, Target target) {
        String who = accounts.author(clerk);
        tx.journaled(new SaveJournal.TargetSet(who, target.indicatorCode(), target.year(), target.base(), target.stretch()), () -> {
            Instant now = Instant.now();
            String key = target.indicatorCode() + "/" + target.year();
            BigDecimal oldBase = null;
            BigDecimal oldStretch = null;
            boolean exists;
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT base_value, stretch_value FROM target"
                    + " WHERE indicator_code = ? AND target_year = ? FOR UPDATE")) {
                p.setString(1, target.indicatorCode());
                p.setInt(2, target.year());
                try (ResultSet rs = p.executeQuery()) {
                    exists = rs.next();
                    if (exists) {
                        oldBase = rs.getBigDecimal(1);
                        oldStretch = rs.getBigDecimal(2);
                    }
                }
            }
            try (PreparedStatement p = ctx.c.prepareStatement(exists
                    ? "UPDATE target SET base_value = ?, stretch_value = ?, sample = FALSE, row_version = row_version + 1"
                    + " WHERE indicator_code = ? AND target_year = ?"
                    : "INSERT INTO target (base_value, stretch_value, indicator_code, target_year, sample) VALUES (?, ?, ?, ?, FALSE)")) {
                setDecimal(p, 1, target.base());
                setDecimal(p, 2, target.stretch());
                p.setString(3, target.indicatorCode());
                p.setInt(4, target.year());
                p.executeUpdate();
            }
            if (!sameNumber(oldBase, target.base())) {
                trail.audit(now, who, "target", key, "base_value", text(oldBase), text(target.base()));
            }
            if (!sameNumber(oldStretch, target.stretch())) {
                trail.audit(now, who, "target", key, "stretch_value", text(oldStretch), text(target.stretch()));
            }
            tx.bumpVersion();
            return null;
        });
    }

    /** Removes every sample figure, target and score and the sample progress; the structure stays. */
    int clearSampleData(String clerk) {
        String who = accounts.author(clerk);
        return tx.journaled(new SaveJournal.ClearSample(who), () -> {
            int removed = 0;
            try (Statement s = ctx.c.createStatement()) {
                removed += s.executeUpdate("DELETE FROM monthly_figure WHERE sample");
                removed += s.executeUpdate("DELETE FROM target WHERE sample");
                removed += s.executeUpdate("DELETE FROM task_force_score WHERE sample");
                removed += s.executeUpdate("UPDATE project SET investment_planned = NULL, investment_completed = NULL,"
                        + " sample = FALSE WHERE sample");
                removed += s.executeUpdate("UPDATE milestone SET progress = NULL, sample = FALSE WHERE sample");
            }
            trail.audit(Instant.now(), who, "store", "sample", "clear", null, removed + " 条示例数据已清除 / sample rows cleared");
            tx.bumpVersion();
            return removed;
        });
    }

    // ---- bulk inserts used by seeding (and by tests that build big stores) ----

    /**
     * Writes figures whole (every field as given, no audit rows, no version check) in one journaled transaction: for
     * tools and benchmarks that build big stores.
     */
    void writeFigures(String who, List<MonthlyFigure> figures) {
        tx.journaled(new SaveJournal.Figures(who, figures), () -> {
            rawInsertFigures(figures);
            tx.bumpVersion();
            return null;
        });
    }

    /** Writes figures whole inside the caller's transaction (the first run's samples, {@link #writeFigures}). */
    void rawInsertFigures(List<MonthlyFigure> figures) throws SQLException {
        // an update, then an insert for the rows that were not there: the SQL H2 and PostgreSQL both speak
        int[] updated;
        try (PreparedStatement p = ctx.c.prepareStatement("UPDATE monthly_figure SET cum_value = ?, reported_growth = ?, note = ?,"
                + " revision = ?, entered_by = ?, entered_at = ?, sample = ? WHERE indicator_code = ? AND fig_year = ?"
                + " AND fig_month = ?")) {
            for (MonthlyFigure f : figures) {
                setDecimal(p, 1, f.value());
                setDecimal(p, 2, f.reportedGrowth());
                p.setString(3, f.note());
                p.setString(4, f.revision().name());
                p.setString(5, f.enteredBy());
                p.setObject(6, OffsetDateTime.ofInstant(f.enteredAt(), ZoneOffset.UTC));
                p.setBoolean(7, f.sample());
                p.setString(8, f.indicatorCode());
                p.setInt(9, f.year());
                p.setInt(10, f.month());
                p.addBatch();
            }
            updated = p.executeBatch();
        }
        try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO monthly_figure (indicator_code, fig_year, fig_month, cum_value,"
                + " reported_growth, note, revision, entered_by, entered_at, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            boolean any = false;
            for (int i = 0; i < figures.size(); i++) {
                if (updated[i] > 0) {
                    continue;
                }
                MonthlyFigure f = figures.get(i);
                p.setString(1, f.indicatorCode());
                p.setInt(2, f.year());
                p.setInt(3, f.month());
                setDecimal(p, 4, f.value());
                setDecimal(p, 5, f.reportedGrowth());
                p.setString(6, f.note());
                p.setString(7, f.revision().name());
                p.setString(8, f.enteredBy());
                p.setObject(9, OffsetDateTime.ofInstant(f.enteredAt(), ZoneOffset.UTC));
                p.setBoolean(10, f.sample());
                p.addBatch();
                any = true;
            }
            if (any) {
                p.executeBatch();
            }
        }
    }
}
