package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.BuildType;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Direction;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.IndicatorKind;
import cn.techcity.cockpit.domain.Milestone;
import cn.techcity.cockpit.domain.MilestoneStatus;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Project;
import cn.techcity.cockpit.domain.ProjectStage;
import cn.techcity.cockpit.domain.Revision;
import cn.techcity.cockpit.domain.Section;
import cn.techcity.cockpit.domain.SectionKind;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TargetPhase;
import cn.techcity.cockpit.domain.TaskForce;
import cn.techcity.cockpit.domain.TaskForceScore;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.TaskStatusChange;
import cn.techcity.cockpit.domain.content.DocumentContent;
import cn.techcity.cockpit.domain.content.SampleData;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The committee's year in the embedded database. Every change is one transaction that also writes its audit rows and
 * bumps the data version. Not thread-safe: call it from the {@link DbExecutor} only.
 */
public final class CockpitStore implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(CockpitStore.class.getName());
    private Database db;
    private Connection c;
    /** The embedded file's protocol files (ADR 0010); null for a server, which keeps its own log, and for raw opens. */
    private final StoreFiles files;
    /** The journal of acknowledged saves (ADR 0006); null when {@link #files} is. */
    private final SaveJournal journal;
    private boolean replaying;
    /**
     * The database file may hold something the journal does not (a commit that failed half-way, or a save whose journal
     * line could not be written): it is not made the base at close, and the next open rebuilds it.
     */
    private boolean suspect;
    /** The rebuild after a suspect write failed too (a full disk): nothing more is read or written until a restart. */
    private StoreException broken;
    /** Who is signed in (shared mode); on one PC the clerk names themselves and no login is needed. */
    private Account session;

    CockpitStore(Database db, StoreFiles files) {
        this.db = db;
        this.c = db.connection();
        this.files = files;
        this.journal = files == null ? null : new SaveJournal(files.journal);
    }

    /** Opens the store; on first run creates the document's content, with sample figures up to {@code cutoffMonth}. */
    public static CockpitStore open(Path path, int firstRunYear, int firstRunCutoffMonth) {
        return open(DbTarget.embedded(path), firstRunYear, firstRunCutoffMonth);
    }

    /** Opens the store {@code --db} names: the embedded file, or a server shared by several seats. */
    public static CockpitStore open(DbTarget target, int firstRunYear, int firstRunCutoffMonth) {
        if (target.kind() == DbTarget.Kind.EMBEDDED) {
            return SafeStart.open(target.file(), firstRunYear, firstRunCutoffMonth);
        }
        CockpitStore store = new CockpitStore(Database.openServer(target), null);
        try {
            if (!store.isSeeded()) {
                store.seedFirstRun(firstRunYear, firstRunCutoffMonth, Instant.now(), true);
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    /** Backs up the database when today has no backup yet (at start, and from a daily timer); the newest 14 are kept. */
    public Optional<Path> backupIfDue(java.time.LocalDateTime now) {
        if (!db.embedded()) {
            return Optional.empty();   // a server is backed up by its administrator (pg_dump): README
        }
        return sql(() -> Backups.backupIfDue(db, now));
    }

    /** Opens an H2 file as it is, without the protocol, journal or seeding (tests and tools that look at a kept file). */
    public static CockpitStore openEmpty(Path path) {
        return new CockpitStore(Database.open(path), null);
    }

    /** How many journaled saves the last open put back (they were acknowledged but missing from the file). */
    int replayed;

    public int replayedOnOpen() {
        return replayed;
    }

    /** True when this open made a new database (the first run, with the document's content and the samples). */
    boolean created;

    public boolean createdOnOpen() {
        return created;
    }

    /**
     * Puts back the journaled saves above the database's version, in order; returns how many. {@code strict}: the
     * first one must follow the database's version (else the base is older than the journal covers: refused), and
     * each one sets the version it had when it was acknowledged. Not strict: the way earlier versions replayed.
     */
    int replay(List<SaveJournal.Entry> entries, boolean strict) {
        long version = dataVersion();
        int count = 0;
        replaying = true;
        try {
            for (SaveJournal.Entry e : entries) {
                if (e.version() <= version) {
                    continue;
                }
                if (strict && e.version() != version + 1) {
                    throw new StoreException("保存日志不连续:缺少版本 " + (version + 1) + (e.version() > version + 2 ? "–"
                            + (e.version() - 1) : "") + " 的保存(日志已损坏或被改动),无法完整恢复;文件未被改动"
                            + " / the save journal has a gap: the save(s) of version " + (version + 1) + " are missing; nothing was"
                            + " changed");
                }
                apply(SaveJournal.decode(e));
                if (strict) {
                    setVersion(e.version());
                }
                count++;
                version = dataVersion();
            }
        } finally {
            replaying = false;
        }
        return count;
    }

    /** Does a journaled operation again (replay: no version check, the author as journaled). */
    private void apply(SaveJournal.Op op) {
        switch (op) {
            case SaveJournal.Edits e -> saveEdits(e.who(), e.figures(), e.targets());
            case SaveJournal.Import i -> saveImport(i.who(), i.figures(), i.targets(), i.tasks());
            case SaveJournal.Tasks t -> saveTasks(t.who(), t.tasks());
            case SaveJournal.Registry r -> saveRegistry(r.who(), r.projects(), r.scores());
            case SaveJournal.TaskStatusChange s -> updateTaskStatus(s.who(), s.task(), s.status(), s.note());
            case SaveJournal.TargetSet t -> saveTarget(t.who(), Target.of(t.indicator(), t.year(), t.base(), t.stretch()));
            case SaveJournal.ClearSample cs -> clearSampleData(cs.who());
            case SaveJournal.Figures f -> writeFigures(f.who(), f.figures());
            case SaveJournal.AccountAdd a -> insertAccount(a);
            case SaveJournal.AccountPassword a -> updatePassword(a);
            case SaveJournal.AccountDisable a -> markDisabled(a);
        }
    }

    private void setVersion(long version) {
        sql(() -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE data_version SET version = ? WHERE id = 1")) {
                p.setLong(1, version);
                p.executeUpdate();
            }
            return null;
        });
    }

    public Path file() {
        return db.file();
    }

    public boolean isSeeded() {
        return meta("reporting_year") != null;
    }

    public int reportingYear() {
        String y = meta("reporting_year");
        if (y == null) {
            throw new StoreException("数据库尚未初始化 / The database has no content yet");
        }
        return Integer.parseInt(y);
    }

    public long dataVersion() {
        return sql(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM data_version WHERE id = 1")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Writes the document's structure and, when {@code withSample}, the sample figures; in one transaction. */
    void seedFirstRun(int year, int cutoffMonth, Instant now, boolean withSample) {
        inTransaction(() -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO section (code, kind, ord, title, subtitle) VALUES (?, ?, ?, ?, ?)")) {
                for (Section s : DocumentContent.sections()) {
                    p.setString(1, s.code());
                    p.setString(2, s.kind().name());
                    p.setInt(3, s.ord());
                    p.setString(4, s.title());
                    p.setString(5, s.subtitle());
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<Indicator> indicators = DocumentContent.indicators();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO indicator (code, section_code, ord, name, unit, mask, decimals,"
                    + " direction, kind, headline, plan_year_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Indicator i : indicators) {
                    p.setString(1, i.code());
                    p.setString(2, i.sectionCode());
                    p.setInt(3, i.ord());
                    p.setString(4, i.name());
                    p.setString(5, i.unit());
                    p.setString(6, i.mask());
                    p.setInt(7, i.decimals());
                    p.setString(8, i.direction().name());
                    p.setString(9, i.kind().name());
                    p.setBoolean(10, i.headline());
                    p.setInt(11, i.planYearOffset());
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<Milestone> milestones = withSample ? SampleData.milestones(DocumentContent.milestones(), year)
                    : DocumentContent.milestones();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO milestone (code, section_code, ord, title, status, progress, sample)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (Milestone m : milestones) {
                    p.setString(1, m.code());
                    p.setString(2, m.sectionCode());
                    p.setInt(3, m.ord());
                    p.setString(4, m.title());
                    p.setString(5, m.status().name());
                    p.setBigDecimal(6, m.progress());
                    p.setBoolean(7, m.sample());
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<Project> projects = withSample ? SampleData.projects(DocumentContent.projects(), year)
                    : DocumentContent.projects();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO project (code, section_code, ord, name, stage, build_type,"
                    + " investment_planned, investment_completed, note, sample) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Project pr : projects) {
                    p.setString(1, pr.code());
                    p.setString(2, pr.sectionCode());
                    p.setInt(3, pr.ord());
                    p.setString(4, pr.name());
                    p.setString(5, pr.stage().name());
                    p.setString(6, pr.buildType() == null ? null : pr.buildType().name());
                    p.setBigDecimal(7, pr.investmentPlanned());
                    p.setBigDecimal(8, pr.investmentCompleted());
                    p.setString(9, pr.note());
                    p.setBoolean(10, pr.sample());
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO battle_task (code, battle_code, ord, title, owner, due_date,"
                    + " status, progress_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (BattleTask t : DocumentContent.tasks(year + 1)) {
                    p.setString(1, t.code());
                    p.setString(2, t.battleCode());
                    p.setInt(3, t.ord());
                    p.setString(4, t.title());
                    p.setString(5, t.owner());
                    p.setDate(6, t.due() == null ? null : Date.valueOf(t.due()));
                    p.setString(7, t.status().name());
                    p.setString(8, t.progressNote());
                    p.addBatch();
                }
                p.executeBatch();
            }
            List<TaskForce> taskForces = DocumentContent.taskForces();
            try (PreparedStatement p = c.prepareStatement("INSERT INTO task_force (code, section_code, ord, name) VALUES (?, ?, ?, ?)")) {
                for (TaskForce tf : taskForces) {
                    p.setString(1, tf.code());
                    p.setString(2, tf.sectionCode());
                    p.setInt(3, tf.ord());
                    p.setString(4, tf.name());
                    p.addBatch();
                }
                p.executeBatch();
            }
            if (withSample) {
                SampleData sample = SampleData.generate(indicators, year, cutoffMonth, now);
                insertTargets(sample.targets());
                rawInsertFigures(sample.figures());
                insertScores(SampleData.scores(taskForces, year, cutoffMonth));
            }
            setMeta("reporting_year", Integer.toString(year));
            setMeta("created_at", now.toString());
            audit(now, "system", "store", "first-run", "seed", null,
                    withSample ? "文档结构与示例数据 / structure and sample" : "文档结构 / structure");
            bumpVersion();
            return null;
        });
    }

    /** Reads everything the views show for the reporting year (and last year's figures, and the plan year's targets). */
    public CockpitData load() {
        return load(reportingYear());
    }

    /**
     * Reads everything for {@code year} as if it were the reporting year: its targets and figures, last year's, and the
     * plan year's (the battles' indicators count in the year after).
     */
    public CockpitData load(int year) {
        return sql(() -> {
            List<Section> sections = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, kind, ord, title, subtitle FROM section")) {
                while (rs.next()) {
                    sections.add(new Section(rs.getString(1), SectionKind.valueOf(rs.getString(2)), rs.getInt(3),
                            rs.getString(4), rs.getString(5)));
                }
            }
            List<Indicator> indicators = indicators();
            List<Target> targets = targets(year - 1, year + 1);
            Map<String, Integer> versions = new HashMap<>();
            List<MonthlyFigure> figures = figures(year - 1, year + 1, versions);
            List<Milestone> milestones = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT code, section_code, ord, title, status, progress, sample FROM milestone")) {
                while (rs.next()) {
                    milestones.add(new Milestone(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            MilestoneStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6), rs.getBoolean(7)));
                }
            }
            List<Project> projects = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name, stage,"
                    + " build_type, investment_planned, investment_completed, note, sample FROM project")) {
                while (rs.next()) {
                    String bt = rs.getString(6);
                    projects.add(new Project(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            ProjectStage.valueOf(rs.getString(5)), bt == null ? null : BuildType.valueOf(bt),
                            rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9), rs.getBoolean(10)));
                }
            }
            List<BattleTask> tasks = tasks();
            List<TaskForce> taskForces = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name FROM task_force ORDER BY ord")) {
                while (rs.next()) {
                    taskForces.add(new TaskForce(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4)));
                }
            }
            List<TaskForceScore> scores = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT task_force_code, score_year, period, score, sample"
                    + " FROM task_force_score WHERE score_year = ?")) {
                p.setInt(1, year);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        scores.add(new TaskForceScore(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                                rs.getBoolean(5)));
                    }
                }
            }
            return new CockpitData(year, dataVersion(), sections, indicators, targets, figures, milestones, projects,
                    tasks, taskForces, scores, allTaskHistory(), rowVersions(year - 1, year + 1, versions));
        });
    }

    public List<Indicator> indicators() {
        return sql(() -> {
            List<Indicator> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, section_code, ord, name, unit, mask,"
                    + " decimals, direction, kind, headline, plan_year_offset FROM indicator ORDER BY section_code, ord")) {
                while (rs.next()) {
                    out.add(new Indicator(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7), Direction.valueOf(rs.getString(8)),
                            IndicatorKind.valueOf(rs.getString(9)), rs.getBoolean(10), rs.getInt(11)));
                }
            }
            return out;
        });
    }

    /** Targets of the years {@code from..to}, with their phases. */
    public List<Target> targets(int from, int to) {
        return sql(() -> {
            Map<String, List<TargetPhase>> phases = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT indicator_code, target_year, by_month, label, phase_value"
                    + " FROM target_phase WHERE target_year BETWEEN ? AND ?")) {
                p.setInt(1, from);
                p.setInt(2, to);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        phases.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2), k -> new ArrayList<>())
                                .add(new TargetPhase(rs.getInt(3), rs.getString(4), rs.getBigDecimal(5)));
                    }
                }
            }
            List<Target> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT indicator_code, target_year, base_value, stretch_value, sample"
                    + " FROM target WHERE target_year BETWEEN ? AND ?")) {
                p.setInt(1, from);
                p.setInt(2, to);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String code = rs.getString(1);
                        int y = rs.getInt(2);
                        out.add(new Target(code, y, rs.getBigDecimal(3), rs.getBigDecimal(4),
                                phases.getOrDefault(code + "/" + y, List.of()), rs.getBoolean(5)));
                    }
                }
            }
            return out;
        });
    }

    /** Monthly figures of the years {@code from..to}. */
    public List<MonthlyFigure> figures(int from, int to) {
        return sql(() -> figures(from, to, null));
    }

    /** The figures of the years, and (when {@code versions} is given) each row's version as "F:code/year/month". */
    private List<MonthlyFigure> figures(int from, int to, Map<String, Integer> versions) throws SQLException {
        List<MonthlyFigure> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT indicator_code, fig_year, fig_month, cum_value, reported_growth,"
                + " note, revision, entered_by, entered_at, sample, row_version FROM monthly_figure WHERE fig_year BETWEEN ? AND ?")) {
            p.setInt(1, from);
            p.setInt(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    MonthlyFigure f = new MonthlyFigure(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
                            rs.getBigDecimal(5), rs.getString(6), Revision.valueOf(rs.getString(7)), rs.getString(8),
                            rs.getObject(9, OffsetDateTime.class).toInstant(), rs.getBoolean(10));
                    out.add(f);
                    if (versions != null) {
                        versions.put("F:" + f.indicatorCode() + "/" + f.year() + "/" + f.month(), rs.getInt(11));
                    }
                }
            }
        }
        return out;
    }

    public List<BattleTask> tasks() {
        return sql(() -> {
            List<BattleTask> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT code, battle_code, ord, title, owner,"
                    + " due_date, status, progress_note FROM battle_task ORDER BY battle_code, ord")) {
                while (rs.next()) {
                    Date due = rs.getDate(6);
                    out.add(new BattleTask(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), due == null ? null : due.toLocalDate(), TaskStatus.valueOf(rs.getString(7)),
                            rs.getString(8)));
                }
            }
            return out;
        });
    }

    /**
     * Saves monthly figures (new or changed) in one transaction, every field as given, with an audit row for every
     * changed field and no version check (tools, tests). A figure saved by a clerk is no longer sample. Returns the
     * number of values that changed.
     */
    public int saveFigures(String clerk, List<MonthlyFigure> figures) {
        String who = author(clerk);
        return saveEdits(who, figures.stream().map(f -> new FigureEdit(f.indicatorCode(), f.year(), f.month(), true, f.value(),
                true, f.reportedGrowth(), true, f.note(), FigureEdit.ANY_VERSION)).toList(), List.of());
    }

    /**
     * Saves an editor's changes in one transaction: only the fields each edit sets, an audit row per changed value.
     * A row that changed since the editor loaded it (its version differs) is a conflict: then nothing is written and
     * {@link ConflictException} lists every conflict with the other value. Returns the number of values changed.
     */
    public int saveEdits(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits) {
        String who = author(clerk);
        Objects.requireNonNull(who, "who");
        return journaled(new SaveJournal.Edits(who, figureEdits, targetEdits), () -> {
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            int changed = applyEdits(who, figureEdits, targetEdits, conflicts);
            if (!conflicts.isEmpty()) {
                throw new ConflictException(conflicts);
            }
            if (changed > 0) {
                bumpVersion();
            }
            return changed;
        });
    }

    /**
     * Saves an import in one transaction: figures, targets and tasks all, or (on a conflict or any failure) none of
     * them. Returns the number of values changed; an import that changes nothing writes nothing, not even audit rows.
     */
    public int saveImport(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits) {
        String who = author(clerk);
        Objects.requireNonNull(who, "who");
        return journaled(new SaveJournal.Import(who, figureEdits, targetEdits, taskEdits), () -> {
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            int changed = applyEdits(who, figureEdits, targetEdits, conflicts) + applyTasks(who, taskEdits, conflicts);
            if (!conflicts.isEmpty()) {
                throw new ConflictException(conflicts);
            }
            if (changed > 0) {
                bumpVersion();
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
                try (PreparedStatement p = c.prepareStatement("SELECT indicator_code, cum_value, reported_growth, note,"
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
        Instant now = Instant.now();
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        int before = conflicts.size();
        int changed = 0;
        Map<String, StoredFigure> stored = storedFigures(figureEdits);
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO monthly_figure (indicator_code, fig_year, fig_month,"
                     + " cum_value, reported_growth, note, revision, entered_by, entered_at, sample, row_version)"
                     + " VALUES (?, ?, ?, ?, ?, ?, 'PROVISIONAL', ?, ?, FALSE, 0)");
             PreparedStatement update = c.prepareStatement("UPDATE monthly_figure SET cum_value = ?, reported_growth = ?,"
                     + " note = ?, revision = 'REVISED', entered_by = ?, entered_at = ?, sample = FALSE,"
                     + " row_version = row_version + 1 WHERE indicator_code = ? AND fig_year = ? AND fig_month = ?");
             PreparedStatement audit = auditStatement()) {
            for (FigureEdit e : figureEdits) {
                StoredFigure old = stored.get(e.key());
                BigDecimal oldValue = old == null ? null : old.value();
                BigDecimal oldGrowth = old == null ? null : old.growth();
                String oldNote = old == null ? null : old.note();
                int version = old == null ? FigureEdit.ABSENT : old.version();
                String by = old == null ? null : old.by();
                Instant when = old == null ? null : old.when();
                if (e.expectedVersion() != FigureEdit.ANY_VERSION && version != e.expectedVersion()) {
                    if (e.setValue()) {
                        conflicts.add(new ConflictException.Conflict(e.key(), "cum_value", text(oldValue), by, when));
                    }
                    if (e.setGrowth()) {
                        conflicts.add(new ConflictException.Conflict(e.key(), "reported_growth", text(oldGrowth), by, when));
                    }
                    if (e.setNote()) {
                        conflicts.add(new ConflictException.Conflict(e.key(), "note", oldNote, by, when));
                    }
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
                changed += applyTarget(e, who, at, audit, conflicts);
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

    private int applyTarget(TargetEdit e, String who, OffsetDateTime at, PreparedStatement audit,
                            List<ConflictException.Conflict> conflicts) throws SQLException {
        BigDecimal oldBase = null;
        BigDecimal oldStretch = null;
        int version = FigureEdit.ABSENT;
        try (PreparedStatement p = c.prepareStatement("SELECT base_value, stretch_value, row_version FROM target"
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
        if (e.expectedVersion() != FigureEdit.ANY_VERSION && version != e.expectedVersion()) {
            if (e.setBase()) {
                conflicts.add(new ConflictException.Conflict(e.key(), "base_value", text(oldBase), null, null));
            }
            if (e.setStretch()) {
                conflicts.add(new ConflictException.Conflict(e.key(), "stretch_value", text(oldStretch), null, null));
            }
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
        try (PreparedStatement p = c.prepareStatement(version == FigureEdit.ABSENT
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

    private PreparedStatement auditStatement() throws SQLException {
        return c.prepareStatement("INSERT INTO audit_log (changed_at, changed_by, entity, entity_key, field, old_value,"
                + " new_value) VALUES (?, ?, ?, ?, ?, ?, ?)");
    }

    private static void addAudit(PreparedStatement p, OffsetDateTime at, String who, String entity, String key, String field,
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

    /** Saves a year's target (base and stretch), with audit rows; a target set by a clerk is no longer sample. */
    public void saveTarget(String clerk, Target target) {
        String who = author(clerk);
        journaled(new SaveJournal.TargetSet(who, target.indicatorCode(), target.year(), target.base(), target.stretch()), () -> {
            Instant now = Instant.now();
            String key = target.indicatorCode() + "/" + target.year();
            BigDecimal oldBase = null;
            BigDecimal oldStretch = null;
            boolean exists;
            try (PreparedStatement p = c.prepareStatement("SELECT base_value, stretch_value FROM target"
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
            try (PreparedStatement p = c.prepareStatement(exists
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
                audit(now, who, "target", key, "base_value", text(oldBase), text(target.base()));
            }
            if (!sameNumber(oldStretch, target.stretch())) {
                audit(now, who, "target", key, "stretch_value", text(oldStretch), text(target.stretch()));
            }
            bumpVersion();
            return null;
        });
    }

    /**
     * Saves edited battle tasks in one transaction: an audit row per changed field, a history row per status change.
     * A task changed by someone else since it was loaded is a conflict: nothing is written.
     */
    public int saveTasks(String clerk, List<TaskEdit> edits) {
        String who = author(clerk);
        Objects.requireNonNull(who, "who");
        return journaled(new SaveJournal.Tasks(who, edits), () -> {
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            int changed = applyTasks(who, edits, conflicts);
            if (!conflicts.isEmpty()) {
                throw new ConflictException(conflicts);
            }
            if (changed > 0) {
                bumpVersion();
            }
            return changed;
        });
    }

    private int applyTasks(String who, List<TaskEdit> edits, List<ConflictException.Conflict> conflicts) throws SQLException {
        OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        int before = conflicts.size();
        int changed = 0;
        try (PreparedStatement read = c.prepareStatement("SELECT owner, due_date, status, progress_note, row_version"
                + " FROM battle_task WHERE code = ? FOR UPDATE");
             PreparedStatement update = c.prepareStatement("UPDATE battle_task SET owner = ?, due_date = ?, status = ?,"
                     + " progress_note = ?, row_version = row_version + 1 WHERE code = ?");
             PreparedStatement history = c.prepareStatement("INSERT INTO task_status_history (task_code, changed_at,"
                     + " changed_by, old_status, new_status, note) VALUES (?, ?, ?, ?, ?, ?)");
             PreparedStatement audit = auditStatement()) {
            for (TaskEdit e : edits) {
                read.setString(1, e.code());
                String owner;
                Date due;
                String status;
                String note;
                int version;
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("没有编号为 " + e.code() + " 的任务 / No task " + e.code());
                    }
                    owner = rs.getString(1);
                    due = rs.getDate(2);
                    status = rs.getString(3);
                    note = rs.getString(4);
                    version = rs.getInt(5);
                }
                if (e.expectedVersion() != FigureEdit.ANY_VERSION && version != e.expectedVersion()) {
                    conflicts.add(new ConflictException.Conflict(e.code(), "task", status + " / " + owner, null, null));
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

    /**
     * Saves edited projects and task-force scores in one transaction with an audit row per changed value; a row changed
     * since it was loaded is a conflict, and then nothing is written.
     */
    public int saveRegistry(String clerk, List<ProjectEdit> projects, List<ScoreEdit> scores) {
        String who = author(clerk);
        Objects.requireNonNull(who, "who");
        return journaled(new SaveJournal.Registry(who, projects, scores), () -> {
            int changed = applyProjects(who, projects) + applyScores(who, scores);
            if (changed > 0) {
                bumpVersion();
            }
            return changed;
        });
    }

    /** Projects changed since loaded are a conflict (see {@link #saveRegistry}). */
    private int applyProjects(String who, List<ProjectEdit> edits) throws SQLException {
        {
            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            List<ConflictException.Conflict> conflicts = new ArrayList<>();
            int changed = 0;
            try (PreparedStatement read = c.prepareStatement("SELECT stage, build_type, investment_planned, investment_completed,"
                    + " row_version FROM project WHERE code = ? FOR UPDATE");
                 PreparedStatement update = c.prepareStatement("UPDATE project SET stage = ?, build_type = ?, investment_planned = ?,"
                         + " investment_completed = ?, sample = FALSE, row_version = row_version + 1 WHERE code = ?");
                 PreparedStatement audit = auditStatement()) {
                for (ProjectEdit e : edits) {
                    read.setString(1, e.code());
                    String stage;
                    String type;
                    BigDecimal planned;
                    BigDecimal completed;
                    int version;
                    try (ResultSet rs = read.executeQuery()) {
                        if (!rs.next()) {
                            throw new StoreException("没有编号为 " + e.code() + " 的项目 / No project " + e.code());
                        }
                        stage = rs.getString(1);
                        type = rs.getString(2);
                        planned = rs.getBigDecimal(3);
                        completed = rs.getBigDecimal(4);
                        version = rs.getInt(5);
                    }
                    if (e.expectedVersion() != FigureEdit.ANY_VERSION && version != e.expectedVersion()) {
                        conflicts.add(new ConflictException.Conflict(e.code(), "project", stage + " / " + text(planned) + " / "
                                + text(completed), null, null));
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
            int changed = 0;
            try (PreparedStatement read = c.prepareStatement("SELECT score, row_version FROM task_force_score"
                    + " WHERE task_force_code = ? AND score_year = ? AND period = ? FOR UPDATE");
                 PreparedStatement insertScore = c.prepareStatement("INSERT INTO task_force_score (task_force_code, score_year,"
                         + " period, score, sample, row_version) VALUES (?, ?, ?, ?, FALSE, 0)");
                 PreparedStatement updateScore = c.prepareStatement("UPDATE task_force_score SET score = ?, sample = FALSE,"
                         + " row_version = row_version + 1 WHERE task_force_code = ? AND score_year = ? AND period = ?");
                 PreparedStatement delete = c.prepareStatement("DELETE FROM task_force_score"
                         + " WHERE task_force_code = ? AND score_year = ? AND period = ?");
                 PreparedStatement audit = auditStatement()) {
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
                    if (e.expectedVersion() != FigureEdit.ANY_VERSION && version != e.expectedVersion()) {
                        conflicts.add(new ConflictException.Conflict(e.key(), "score", text(old), null, null));
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

    /** Changes a task's status, keeping its history (who, when, note) and an audit row. */
    public void updateTaskStatus(String clerk, String taskCode, TaskStatus status, String note) {
        String who = author(clerk);
        journaled(new SaveJournal.TaskStatusChange(who, taskCode, status, note), () -> {
            Instant now = Instant.now();
            TaskStatus old;
            try (PreparedStatement p = c.prepareStatement("SELECT status FROM battle_task WHERE code = ? FOR UPDATE")) {
                p.setString(1, taskCode);
                try (ResultSet rs = p.executeQuery()) {
                    if (!rs.next()) {
                        throw new StoreException("没有编号为 " + taskCode + " 的任务 / No task " + taskCode);
                    }
                    old = TaskStatus.valueOf(rs.getString(1));
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE battle_task SET status = ?, progress_note = COALESCE(?, progress_note),"
                    + " row_version = row_version + 1 WHERE code = ?")) {
                p.setString(1, status.name());
                p.setString(2, note);
                p.setString(3, taskCode);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO task_status_history (task_code, changed_at, changed_by,"
                    + " old_status, new_status, note) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, taskCode);
                p.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
                p.setString(3, who);
                p.setString(4, old.name());
                p.setString(5, status.name());
                p.setString(6, note);
                p.executeUpdate();
            }
            audit(now, who, "battle_task", taskCode, "status", old.name(), status.name());
            bumpVersion();
            return null;
        });
    }

    /**
     * Row versions for optimistic saves, added to the figures' ("F:code/year/month"): "K:" tasks, "P:" projects,
     * "S:" scores, "T:code/year" targets.
     */
    private Map<String, Integer> rowVersions(int from, int to, Map<String, Integer> out) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, row_version FROM battle_task")) {
            while (rs.next()) {
                out.put("K:" + rs.getString(1), rs.getInt(2));
            }
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT code, row_version FROM project")) {
            while (rs.next()) {
                out.put("P:" + rs.getString(1), rs.getInt(2));
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT task_force_code, score_year, period, row_version FROM task_force_score"
                + " WHERE score_year BETWEEN ? AND ?")) {
            p.setInt(1, from);
            p.setInt(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put("S:" + rs.getString(1) + "/" + rs.getInt(2) + "/" + rs.getInt(3), rs.getInt(4));
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement("SELECT indicator_code, target_year, row_version FROM target"
                + " WHERE target_year BETWEEN ? AND ?")) {
            p.setInt(1, from);
            p.setInt(2, to);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    out.put("T:" + rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3));
                }
            }
        }
        return out;
    }

    private List<TaskStatusChange> allTaskHistory() throws SQLException {
        List<TaskStatusChange> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT task_code, changed_at, changed_by,"
                + " old_status, new_status, note FROM task_status_history ORDER BY id")) {
            while (rs.next()) {
                String old = rs.getString(4);
                out.add(new TaskStatusChange(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getString(3), old == null ? null : TaskStatus.valueOf(old), TaskStatus.valueOf(rs.getString(5)),
                        rs.getString(6)));
            }
        }
        return out;
    }

    public List<TaskStatusChange> taskHistory(String taskCode) {
        return sql(() -> {
            List<TaskStatusChange> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT changed_at, changed_by, old_status, new_status, note"
                    + " FROM task_status_history WHERE task_code = ? ORDER BY id")) {
                p.setString(1, taskCode);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String old = rs.getString(3);
                        out.add(new TaskStatusChange(taskCode, rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getString(2), old == null ? null : TaskStatus.valueOf(old),
                                TaskStatus.valueOf(rs.getString(4)), rs.getString(5)));
                    }
                }
            }
            return out;
        });
    }

    /** The audit rows of one entity key (e.g. a cell {@code A3-01/2026/10}), oldest first. */
    public List<AuditEntry> auditOf(String entity, String entityKey) {
        return sql(() -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, changed_at, changed_by, entity, entity_key, field,"
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
    public Map<String, AuditEntry> changesSince(Instant since) {
        return sql(() -> {
            Map<String, AuditEntry> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT id, changed_at, changed_by, entity, entity_key, field,"
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

    /** Removes every sample figure, target and score and the sample progress; the structure stays. */
    public int clearSampleData(String clerk) {
        String who = author(clerk);
        return journaled(new SaveJournal.ClearSample(who), () -> {
            int removed = 0;
            try (Statement s = c.createStatement()) {
                removed += s.executeUpdate("DELETE FROM monthly_figure WHERE sample");
                removed += s.executeUpdate("DELETE FROM target WHERE sample");
                removed += s.executeUpdate("DELETE FROM task_force_score WHERE sample");
                removed += s.executeUpdate("UPDATE project SET investment_planned = NULL, investment_completed = NULL,"
                        + " sample = FALSE WHERE sample");
                removed += s.executeUpdate("UPDATE milestone SET progress = NULL, sample = FALSE WHERE sample");
            }
            audit(Instant.now(), who, "store", "sample", "clear", null, removed + " 条示例数据已清除 / sample rows cleared");
            bumpVersion();
            return removed;
        });
    }

    public boolean hasSampleData() {
        return sql(() -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT (SELECT COUNT(*) FROM monthly_figure WHERE sample) + (SELECT COUNT(*) FROM target WHERE sample)"
                            + " + (SELECT COUNT(*) FROM task_force_score WHERE sample) + (SELECT COUNT(*) FROM project WHERE sample)"
                            + " + (SELECT COUNT(*) FROM milestone WHERE sample)")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    // ---- bulk inserts used by seeding (and by tests that build big stores) ----

    /**
     * Writes figures whole (every field as given, no audit rows, no version check) in one journaled transaction: for
     * tools and benchmarks that build big stores.
     */
    public void insertFigures(List<MonthlyFigure> figures) {
        writeFigures("tool", figures);
    }

    private void writeFigures(String who, List<MonthlyFigure> figures) {
        journaled(new SaveJournal.Figures(who, figures), () -> {
            rawInsertFigures(figures);
            bumpVersion();
            return null;
        });
    }

    private void rawInsertFigures(List<MonthlyFigure> figures) throws SQLException {
        // an update, then an insert for the rows that were not there: the SQL H2 and PostgreSQL both speak
        int[] updated;
        try (PreparedStatement p = c.prepareStatement("UPDATE monthly_figure SET cum_value = ?, reported_growth = ?, note = ?,"
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
        try (PreparedStatement p = c.prepareStatement("INSERT INTO monthly_figure (indicator_code, fig_year, fig_month, cum_value,"
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

    private void insertTargets(List<Target> targets) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO target (indicator_code, target_year, base_value, stretch_value,"
                + " sample) VALUES (?, ?, ?, ?, ?)")) {
            for (Target t : targets) {
                p.setString(1, t.indicatorCode());
                p.setInt(2, t.year());
                setDecimal(p, 3, t.base());
                setDecimal(p, 4, t.stretch());
                p.setBoolean(5, t.sample());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void insertScores(List<TaskForceScore> scores) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO task_force_score (task_force_code, score_year, period, score,"
                + " sample) VALUES (?, ?, ?, ?, ?)")) {
            for (TaskForceScore s : scores) {
                p.setString(1, s.taskForceCode());
                p.setInt(2, s.year());
                p.setInt(3, s.period());
                p.setBigDecimal(4, s.score());
                p.setBoolean(5, s.sample());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    // ---- plumbing ----

    private String meta(String key) {
        return sql(() -> {
            try (PreparedStatement p = c.prepareStatement("SELECT meta_value FROM meta WHERE meta_key = ?")) {
                p.setString(1, key);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private void setMeta(String key, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE meta SET meta_value = ? WHERE meta_key = ?")) {
            p.setString(1, value);
            p.setString(2, key);
            if (p.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meta (meta_key, meta_value) VALUES (?, ?)")) {
            p.setString(1, key);
            p.setString(2, value);
            p.executeUpdate();
        }
    }

    private void audit(Instant at, String who, String entity, String key, String field, String oldValue, String newValue)
            throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_log (changed_at, changed_by, entity, entity_key, field,"
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

    /**
     * An account change is not cockpit data: a server's seats do not read again for it. The embedded journal orders
     * its entries by data version, so there it moves the version like any save.
     */
    private void accountVersion() throws SQLException {
        if (journal != null || replaying) {
            bumpVersion();
        }
    }

    private void bumpVersion() throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE data_version SET version = version + 1 WHERE id = 1");
        }
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(BigDecimal v) {
        return v == null ? null : v.stripTrailingZeros().toPlainString();
    }

    private static void setDecimal(PreparedStatement p, int i, BigDecimal v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.DECIMAL);
        } else {
            p.setBigDecimal(i, v);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T sql(SqlWork<T> work) {
        usable();
        try {
            return work.run();
        } catch (SQLException e) {
            if (files != null && inDoubt(e)) {
                suspect = true;     // not made the base at close: the next open rebuilds it
            }
            throw failure(e, "数据库读取失败(详情见日志)/ Database error (see the log)");
        }
    }

    /**
     * The failure of a statement for the clerk. A server connection that was lost is opened again (if the server is back)
     * for the next operation; this one is reported, never retried behind the clerk's back.
     */
    private StoreException failure(SQLException e, String embeddedMessage) {
        LOG.log(System.Logger.Level.WARNING, "database operation failed", e);
        if (db.embedded()) {
            return new StoreException(embeddedMessage, e);
        }
        boolean closed;
        try {
            closed = c.isClosed();
        } catch (SQLException gone) {
            closed = true;
        }
        // lost now, or lost before and the reconnect then failed (the server was still away): connect again
        if (Database.lost(e) || closed) {
            try {
                db.reconnect();
                c = db.connection();
            } catch (StoreException stillAway) {
                // the next operation tries again
            }
        }
        return Database.translate(e, db.target());
    }

    /** The name a save by {@code clerk} would carry: the signed-in account in the shared mode (null when none). */
    public String authorName(String clerk) {
        if (!db.target().shared()) {
            return clerk;
        }
        return session == null ? null : session.username();
    }

    /** Before a save: the signed-in author in the shared mode (an editor or admin), else the clerk as given. */
    private String author(String clerk) {
        if (replaying || !db.target().shared()) {
            return Objects.requireNonNull(clerk, "who");
        }
        if (session == null || !session.role().mayEdit()) {
            throw new StoreException("保存需要以编辑账户登录" + (session == null ? "" : "(当前为查看账户 " + session.username() + ")")
                    + ",未写入任何数据 / saving needs an editor login; nothing was written");
        }
        // the account as it is now: an admin at another seat may have disabled it or made it a viewer since the login
        Role now = currentRole(session.username());
        if (now == null || !now.mayEdit()) {
            String name = session.username();
            session = now == null ? null : new Account(name, now);
            throw new StoreException("账户 " + name + (now == null ? " 已被停用" : " 现为查看账户") + ",未写入任何数据 / the account "
                    + name + (now == null ? " was disabled" : " may only view now") + "; nothing was written");
        }
        return session.username();
    }

    /** Signed in as an admin whose account is still an enabled admin (another seat may have changed it since). */
    private boolean isAdminNow() {
        return session != null && session.role() == Role.ADMIN && currentRole(session.username()) == Role.ADMIN;
    }

    /** The role of an account that is not disabled, or null. */
    private Role currentRole(String username) {
        return sql(() -> {
            try (PreparedStatement p = c.prepareStatement("SELECT role FROM account WHERE username = ? AND disabled = FALSE")) {
                p.setString(1, username);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Role.valueOf(rs.getString(1)) : null;
                }
            }
        });
    }

    // ---- accounts (shared mode) ----

    /** Whether saving needs a login: the store is on a server shared by several seats. */
    public boolean shared() {
        return db.target().shared();
    }

    public Optional<Account> session() {
        return Optional.ofNullable(session);
    }

    /**
     * Signs in. A wrong name or a wrong password get the same answer (and take the same time), so that names cannot be
     * probed.
     */
    public Account login(String username, char[] password) {
        record Stored(Passwords.Hashed hashed, Role role) {
        }
        Stored stored = sql(() -> {
            try (PreparedStatement p = c.prepareStatement("SELECT salt, hash, iterations, role FROM account WHERE username = ?"
                    + " AND disabled = FALSE")) {
                p.setString(1, username.strip());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? new Stored(new Passwords.Hashed(rs.getString(1), rs.getString(2), rs.getInt(3)),
                            Role.valueOf(rs.getString(4))) : null;
                }
            }
        });
        boolean ok = Passwords.matches(password, stored != null ? stored.hashed() : Passwords.Hashed.DUMMY) && stored != null;
        if (!ok) {
            throw new StoreException("用户名或密码错误 / wrong user name or password");
        }
        Role role = stored.role();
        session = new Account(username.strip(), role);
        return session;
    }

    public void logout() {
        session = null;
    }

    /** The accounts, without their password hashes. */
    public List<Account> accounts() {
        return sql(() -> {
            List<Account> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT username, role FROM account"
                    + " WHERE disabled = FALSE ORDER BY username")) {
                while (rs.next()) {
                    out.add(new Account(rs.getString(1), Role.valueOf(rs.getString(2))));
                }
            }
            return out;
        });
    }

    /**
     * Adds an account. The first account of a store must be an admin and needs no login; after that only a signed-in
     * admin adds accounts. An audit row records it (never the password).
     */
    public void addAccount(String username, Role role, char[] password) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[\\p{L}\\p{N}._-]{2,40}")) {
            throw new StoreException("用户名应为 2–40 个字母、数字、汉字或 . _ - / a user name is 2–40 letters, digits, . _ -: " + username);
        }
        String weak = Passwords.weakness(name, password);
        if (weak != null) {
            throw new StoreException("密码太弱:" + weak);
        }
        boolean first = accounts().isEmpty();
        if (first && role != Role.ADMIN) {
            throw new StoreException("第一个账户必须是管理员(--role admin)/ the first account must be an admin");
        }
        if (!first && !isAdminNow()) {
            throw new StoreException("添加账户需要以管理员登录 / adding accounts needs an admin login");
        }
        Passwords.Hashed h = Passwords.hash(password);
        String by = first ? name : session.username();
        insertAccount(new SaveJournal.AccountAdd(by, name, role.name(), h.salt(), h.hash(), h.iterations()));
    }

    private void insertAccount(SaveJournal.AccountAdd a) {
        journaled(a, () -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM account WHERE username = ?")) {
                p.setString(1, a.name());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new StoreException("账户 " + a.name() + " 已存在 / the account exists already");
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO account (username, role, salt, hash, iterations, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, a.name());
                p.setString(2, a.role());
                p.setString(3, a.salt());
                p.setString(4, a.hash());
                p.setInt(5, a.iterations());
                p.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                p.executeUpdate();
            }
            audit(Instant.now(), a.who(), "account", a.name(), "role", null, a.role());
            accountVersion();
            return null;
        });
    }

    /**
     * Sets a password: one's own (signed in as that account) or, for a signed-in admin, anyone's (a forgotten password).
     * An audit row records that it changed, never the password or its hash.
     */
    public void setPassword(String username, char[] password) {
        String name = username == null ? "" : username.strip();
        if (session == null || !(session.username().equals(name) || isAdminNow())) {
            throw new StoreException("修改他人的密码需要以管理员登录;修改自己的密码请以该账户登录 / changing another account's password"
                    + " needs an admin login; to change your own, sign in as that account");
        }
        String weak = Passwords.weakness(name, password);
        if (weak != null) {
            throw new StoreException("密码太弱:" + weak);
        }
        Passwords.Hashed h = Passwords.hash(password);
        updatePassword(new SaveJournal.AccountPassword(session.username(), name, h.salt(), h.hash(), h.iterations()));
    }

    private void updatePassword(SaveJournal.AccountPassword a) {
        journaled(a, () -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE account SET salt = ?, hash = ?, iterations = ?"
                    + " WHERE username = ? AND disabled = FALSE")) {
                p.setString(1, a.salt());
                p.setString(2, a.hash());
                p.setInt(3, a.iterations());
                p.setString(4, a.name());
                if (p.executeUpdate() != 1) {
                    throw new StoreException("没有账户 " + a.name() + "(或已停用)/ no such account (or it is disabled): " + a.name());
                }
            }
            audit(Instant.now(), a.who(), "account", a.name(), "password", null, "changed");
            accountVersion();
            return null;
        });
    }

    /**
     * Disables an account (a clerk who left): it can no longer sign in, and a seat still signed in with it can no longer
     * save. Only a signed-in admin; never oneself, never the last admin. Its name stays in the audit rows.
     */
    public void disableAccount(String username) {
        String name = username == null ? "" : username.strip();
        if (!isAdminNow()) {
            throw new StoreException("停用账户需要以管理员登录 / disabling an account needs an admin login");
        }
        if (session.username().equals(name)) {
            throw new StoreException("不能停用自己正在使用的账户 / you cannot disable the account you are signed in with");
        }
        markDisabled(new SaveJournal.AccountDisable(session.username(), name));
    }

    private void markDisabled(SaveJournal.AccountDisable a) {
        String name = a.name();
        journaled(a, () -> {
            Role role = currentRole(name);
            if (role == null) {
                throw new StoreException("没有账户 " + name + "(或已停用)/ no such account (or it is disabled already): " + name);
            }
            if (role == Role.ADMIN) {
                try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND disabled = FALSE");
                     ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) <= 1) {
                        throw new StoreException("不能停用最后一个管理员账户 / the last admin cannot be disabled");
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE account SET disabled = TRUE WHERE username = ?")) {
                p.setString(1, name);
                p.executeUpdate();
            }
            audit(Instant.now(), a.who(), "account", name, "disabled", "false", "true");
            accountVersion();
            return null;
        });
    }

    /**
     * Runs {@code work} as one transaction and, when it changed something (the data version moved), journals the
     * operation, forced to the disk, before the save is acknowledged. When the journal cannot be written (a full disk)
     * the save is not acknowledged: the database is rebuilt from its base and journal at once, without it.
     */
    private <T> T journaled(SaveJournal.Op op, SqlWork<T> work) {
        long[] versions = new long[2];
        T result = inTransaction(() -> {
            versions[0] = currentVersion();
            T r = work.run();
            versions[1] = currentVersion();
            return r;
        });
        if (!replaying && journal != null && versions[1] > versions[0]) {
            try {
                journal.append(versions[1], op);
            } catch (SaveJournal.JournalException e) {
                LOG.log(System.Logger.Level.ERROR, "the save journal could not be written; the save is undone", e);
                String why = e.getMessage();
                rebuild(e);
                throw new StoreException("保存失败,未写入任何数据:无法写入保存日志(" + why + ")。" + afterFailure()
                        + " / Save failed, nothing was written: the save journal could not be written (" + why + ").", e);
            }
        }
        return result;
    }

    private long currentVersion() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM data_version WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Runs {@code work} as one transaction: all of it is saved, or (on any failure) none of it. */
    private <T> T inTransaction(SqlWork<T> work) {
        usable();
        boolean committing = false;
        try {
            c.setAutoCommit(false);
            try {
                T result = work.run();
                committing = true;
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException lost) {
                    committing = true;     // the rollback failed too: the file is in doubt
                }
                throw e;
            } finally {
                try {
                    c.setAutoCommit(true);
                } catch (SQLException lost) {
                    // reported below
                }
            }
        } catch (SQLException e) {
            if (files != null && (committing || inDoubt(e))) {
                LOG.log(System.Logger.Level.ERROR, "a save failed while H2 wrote it; the database is rebuilt from its base and journal", e);
                boolean full = StoreFiles.diskFull(e);
                rebuild(e);
                throw new StoreException("保存失败,未写入任何数据" + (full ? ":磁盘空间不足" : "(数据库写入出错,详情见日志)")
                        + "。" + afterFailure() + " / Save failed, nothing was written" + (full ? ": the disk is full." : "."), e);
            }
            throw failure(e, "保存失败,未写入任何数据(详情见日志)/ Save failed, nothing was written (see the log)");
        }
    }

    /** A failure that may have left part of a transaction in the file (H2 could not write, or closed itself). */
    private boolean inDoubt(SQLException e) {
        int code = e.getErrorCode();
        if (StoreFiles.diskFull(e) || code == 90028 || code == 90031 || code == 90030 || code == 90098 || code == 50000
                || code == 90108) {
            return true;
        }
        try {
            return c.isClosed() || !c.isValid(2);
        } catch (SQLException gone) {
            return true;
        }
    }

    /**
     * After a write the journal does not hold (or may hold only in part), the database file is rebuilt from the base and
     * the journal, so that what the clerk sees is what was acknowledged. When that fails too (a full disk), the store
     * stops: the state stays OPEN and the next start rebuilds it.
     */
    private void rebuild(Throwable cause) {
        suspect = true;
        db.closeChecked();
        journal.close();
        try {
            StoreFiles.State st = files.readState();
            SafeStart.recover(files, st == null ? new StoreFiles.State(StoreFiles.Status.OPEN, -1, 0, 0) : st);
            files.writeState(files.readState().with(StoreFiles.Status.OPEN));
            db = Database.open(files.main);
            c = db.connection();
            suspect = false;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the database could not be rebuilt now; the next start does it", e);
            broken = new StoreException("数据库需要恢复:刚才的保存失败后未能立即恢复(" + (StoreFiles.diskFull(e) || StoreFiles.diskFull(cause)
                    ? "磁盘空间不足" : "详情见日志") + ")。请释放磁盘空间后重新启动驾驶舱;已确认的保存都在保存日志中,不会丢失。"
                    + " / The database needs a recovery that could not run now; free some disk space and restart the cockpit."
                    + " Every acknowledged save is in the journal.", e);
        }
    }

    private String afterFailure() {
        return broken == null ? "已确认的数据完好。" : "请释放磁盘空间后重新启动驾驶舱;已确认的数据完好,不会丢失。";
    }

    /** Refuses every operation after a failed rebuild (see {@link #rebuild}). */
    private void usable() {
        if (broken != null) {
            throw broken;
        }
    }

    /**
     * Closes the database. The embedded file, closed cleanly, becomes the new base and the state records its version:
     * the journal is then emptied. A file in doubt is left for the next open to rebuild.
     */
    @Override
    public void close() {
        if (files == null) {
            db.close();
            return;
        }
        try {
            if (broken != null) {
                return;
            }
            long version = -1;
            if (!suspect) {
                try {
                    version = currentVersion();
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, "reading the data version at close failed", e);
                }
            }
            boolean closed = db.closeChecked();
            journal.close();
            if (closed && version >= 0) {
                SafeStart.closeClean(files, version);
            }
        } finally {
            files.close();
        }
    }

    /**
     * Leaves the store as a kill would, for the tests of the protocol: H2 is closed (its file may hold anything), the
     * state stays OPEN, the base and journal are not touched, and the lock is released.
     */
    void abandon() {
        db.closeChecked();
        if (journal != null) {
            journal.close();
        }
        if (files != null) {
            files.close();
        }
    }

    /** Closes the H2 file only (recovery, first run: the caller handles the files). */
    void closeRaw() {
        if (!db.closeChecked()) {
            throw new StoreException("数据库未能正常关闭(详情见日志)/ the database did not close cleanly");
        }
    }
}
