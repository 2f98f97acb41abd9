package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.domain.BattleTask;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.domain.Indicator;
import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.TaskStatus;
import cn.techcity.cockpit.domain.TaskStatusChange;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The committee's year in the embedded database. Every change is one transaction that also writes its audit rows and
 * bumps the data version. Not thread-safe: call it from the {@link DbExecutor} only.
 *
 * <p>A façade over parts with one job each, which share a {@link StoreContext}: {@link Transactions} (statements,
 * transactions, the journal, the rebuild, the close), {@link StoreReads}, {@link AuditTrail}, {@link FigureWrites}
 * (figures and targets), {@link TaskWrites}, {@link RegistryWrites} (projects and scores), {@link Accounts},
 * {@link Seeding} (the first run) and {@link JournalReplay}; the optimistic checks of the saves are {@link VersionCheck}.
 */
public final class CockpitStore implements AutoCloseable {
    private final StoreContext ctx;
    private final Transactions tx;
    private final StoreReads reads;
    private final AuditTrail trail;
    private final Accounts accounts;
    private final FigureWrites figures;
    private final TaskWrites tasks;
    private final RegistryWrites registry;
    private final Seeding seeding;
    private final JournalReplay journalReplay;
    private final StructureWrites structure;

    CockpitStore(Database db, StoreFiles files) {
        ctx = new StoreContext(db, files);
        tx = new Transactions(ctx);
        reads = new StoreReads(ctx, tx);
        trail = new AuditTrail(ctx, tx);
        accounts = new Accounts(ctx, tx, trail);
        tasks = new TaskWrites(ctx, tx, trail, accounts);
        figures = new FigureWrites(ctx, tx, trail, accounts, tasks);
        registry = new RegistryWrites(ctx, tx, trail, accounts);
        seeding = new Seeding(ctx, tx, trail, figures);
        structure = new StructureWrites(ctx, tx, reads, trail, accounts);
        reads.structure = structure::structure;
        journalReplay = new JournalReplay(ctx, tx, reads, accounts, figures, tasks, registry, structure);
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
        return tx.backupIfDue(now);
    }

    /** How many journaled saves the last open put back (they were acknowledged but missing from the file). */
    int replayed;

    /** The tests ask it (outside this package through {@code StoreTestSupport}). */
    int replayedOnOpen() {
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
        return journalReplay.replay(entries, strict);
    }

    public Path file() {
        return ctx.db.file();
    }

    /** Whether the document's content is in the database (the first run has been). */
    boolean isSeeded() {
        return reads.isSeeded();
    }

    public int reportingYear() {
        return reads.reportingYear();
    }

    public long dataVersion() {
        return reads.dataVersion();
    }

    /** Writes the document's structure and, when {@code withSample}, the sample figures; in one transaction. */
    void seedFirstRun(int year, int cutoffMonth, Instant now, boolean withSample) {
        seeding.seedFirstRun(year, cutoffMonth, now, withSample);
    }

    // ---- reads ----

    /** Reads everything the views show for the reporting year (and last year's figures, and the plan year's targets). */
    public CockpitData load() {
        return load(reportingYear());
    }

    /**
     * Reads everything for {@code year} as if it were the reporting year: its targets and figures, last year's, and the
     * plan year's (the battles' indicators count in the year after).
     */
    public CockpitData load(int year) {
        return reads.load(year);
    }

    public List<Indicator> indicators() {
        return reads.indicators();
    }

    /** Targets of the years {@code from..to}, with their phases. */
    public List<Target> targets(int from, int to) {
        return reads.targets(from, to);
    }

    /** Monthly figures of the years {@code from..to}. */
    public List<MonthlyFigure> figures(int from, int to) {
        return reads.figures(from, to);
    }

    public List<BattleTask> tasks() {
        return reads.tasks();
    }

    public List<TaskStatusChange> taskHistory(String taskCode) {
        return reads.taskHistory(taskCode);
    }

    /** Whether any sample figure, target, score, project or milestone progress is left (the tests ask it). */
    boolean hasSampleData() {
        return reads.hasSampleData();
    }

    /** The audit rows of one entity key (e.g. a cell {@code A3-01/2026/10}), oldest first. */
    public List<AuditEntry> auditOf(String entity, String entityKey) {
        return trail.auditOf(entity, entityKey);
    }

    /**
     * The newest change of each value saved after {@code since}, by "entity|key|field" (e.g.
     * "monthly_figure|A2-03/2026/10|cum_value"): what an import of an older workbook would undo.
     */
    public Map<String, AuditEntry> changesSince(Instant since) {
        return trail.changesSince(since);
    }

    // ---- writes ----

    /**
     * Saves monthly figures (new or changed) in one transaction, every field as given, with an audit row for every
     * changed field and no version check (tools, tests). A figure saved by a clerk is no longer sample. Returns the
     * number of values that changed.
     */
    public int saveFigures(String clerk, List<MonthlyFigure> figures) {
        return this.figures.saveFigures(clerk, figures);
    }

    /**
     * Saves an editor's changes in one transaction: only the fields each edit sets, an audit row per changed value.
     * A row that changed since the editor loaded it (its version differs) is a conflict: then nothing is written and
     * {@link ConflictException} lists every conflict with the other value. Returns the number of values changed.
     */
    public int saveEdits(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits) {
        return figures.saveEdits(clerk, figureEdits, targetEdits);
    }

    /**
     * Saves an import in one transaction: figures, targets and tasks all, or (on a conflict or any failure) none of
     * them. Returns the number of values changed; an import that changes nothing writes nothing, not even audit rows.
     */
    public int saveImport(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits) {
        return figures.saveImport(clerk, figureEdits, targetEdits, taskEdits);
    }

    /**
     * Saves a year's target (base and stretch), with audit rows; a target set by a clerk is no longer sample. The tests
     * call it (and a replay does it again).
     */
    void saveTarget(String clerk, Target target) {
        figures.saveTarget(clerk, target);
    }

    /**
     * Saves edited battle tasks in one transaction: an audit row per changed field, a history row per status change.
     * A task changed by someone else since it was loaded is a conflict: nothing is written.
     */
    public int saveTasks(String clerk, List<TaskEdit> edits) {
        return tasks.saveTasks(clerk, edits);
    }

    /**
     * Saves edited projects and task-force scores in one transaction with an audit row per changed value; a row changed
     * since it was loaded is a conflict, and then nothing is written.
     */
    public int saveRegistry(String clerk, List<ProjectEdit> projects, List<ScoreEdit> scores) {
        return registry.saveRegistry(clerk, projects, scores);
    }

    /**
     * Changes a task's status, keeping its history (who, when, note) and an audit row. The tests call it (outside this
     * package through {@code StoreTestSupport}), and a replay does it again.
     */
    void updateTaskStatus(String clerk, String taskCode, TaskStatus status, String note) {
        tasks.updateTaskStatus(clerk, taskCode, status, note);
    }

    /** Removes every sample figure, target and score and the sample progress; the structure stays. */
    public int clearSampleData(String clerk) {
        return figures.clearSampleData(clerk);
    }

    /**
     * Writes figures whole (every field as given, no audit rows, no version check) in one journaled transaction: for
     * tools and benchmarks that build big stores (outside this package through {@code StoreTestSupport}).
     */
    void insertFigures(List<MonthlyFigure> figures) {
        this.figures.writeFigures("tool", figures);
    }

    // ---- the committee's structure and the turn of the year (issue 15) ----

    /** Every named item, in use and retired. */
    public List<cn.techcity.cockpit.domain.StructureItem> structure() {
        return structure.structure();
    }

    /** Every section with its plan year and retirement. */
    public List<cn.techcity.cockpit.domain.Section> sections() {
        return reads.sections();
    }

    /** Checks a change of the structure against what is stored (the preview); writes nothing. */
    public cn.techcity.cockpit.domain.StructureCheck.Result checkStructure(List<cn.techcity.cockpit.domain.StructureCheck.Row> rows) {
        return structure.check(rows);
    }

    /**
     * Saves a change of the structure (renames, new items, order, retirement) in one transaction with audit rows, or
     * refuses it whole naming every row with a problem. Returns the number of items changed.
     */
    public int saveStructure(String clerk, List<cn.techcity.cockpit.domain.StructureCheck.Row> rows) {
        return structure.saveStructure(clerk, rows);
    }

    /**
     * Saves an import with changes of the structure in one transaction: the rows are checked against what is stored
     * now (refused whole, every row with a problem named), then everything is written, or nothing.
     */
    public int saveImport(String clerk, List<FigureEdit> figureEdits, List<TargetEdit> targetEdits, List<TaskEdit> taskEdits,
                          List<cn.techcity.cockpit.domain.StructureCheck.Row> structureRows) {
        if (structureRows.isEmpty()) {
            return saveImport(clerk, figureEdits, targetEdits, taskEdits);
        }
        var result = structure.check(structureRows);
        if (!result.ok()) {
            throw StructureWrites.refusal(result.problems());
        }
        return figures.saveImport(clerk, figureEdits, targetEdits, taskEdits, result.changes(), structure);
    }

    /** Turns the reporting year to the next one (see {@code StructureWrites#startYear}). */
    public void startYear(String clerk, int year) {
        structure.startYear(clerk, year);
    }

    /** The parts' shared context (the tests' support in this package). */
    StoreContext context() {
        return ctx;
    }

    /** The finished years, oldest first. */
    public List<Integer> closedYears() {
        return reads.closedYears();
    }

    // ---- accounts (shared mode) ----

    /** The name a save by {@code clerk} would carry: the signed-in account in the shared mode (null when none). */
    public String authorName(String clerk) {
        return accounts.authorName(clerk);
    }

    /** Whether saving needs a login: the store is on a server shared by several seats. */
    public boolean shared() {
        return accounts.shared();
    }

    /** Who is signed in at this seat (the tests ask it). */
    Optional<Account> session() {
        return accounts.session();
    }

    /**
     * Signs in. A wrong name or a wrong password get the same answer (and take the same time), so that names cannot be
     * probed.
     */
    public Account login(String username, char[] password) {
        return accounts.login(username, password);
    }

    public void logout() {
        accounts.logout();
    }

    /** The accounts, without their password hashes. */
    public List<Account> accounts() {
        return accounts.accounts();
    }

    /**
     * Adds an account. The first account of a store must be an admin and needs no login; after that only a signed-in
     * admin adds accounts. An audit row records it (never the password).
     */
    public void addAccount(String username, Role role, char[] password) {
        accounts.addAccount(username, role, password);
    }

    /**
     * Sets a password: one's own (signed in as that account) or, for a signed-in admin, anyone's (a forgotten password).
     * An audit row records that it changed, never the password or its hash.
     */
    public void setPassword(String username, char[] password) {
        accounts.setPassword(username, password);
    }

    /**
     * Disables an account (a clerk who left): it can no longer sign in, and a seat still signed in with it can no longer
     * save. Only a signed-in admin; never oneself, never the last admin. Its name stays in the audit rows.
     */
    public void disableAccount(String username) {
        accounts.disableAccount(username);
    }

    // ---- closing ----

    /**
     * Closes the database. The embedded file, closed cleanly, becomes the new base and the state records its version:
     * the journal is then emptied. A file in doubt is left for the next open to rebuild.
     */
    @Override
    public void close() {
        tx.close();
    }

    /**
     * Leaves the store as a kill would, for the tests of the protocol: H2 is closed (its file may hold anything), the
     * state stays OPEN, the base and journal are not touched, and the lock is released.
     */
    void abandon() {
        tx.abandon();
    }

    /** Closes the H2 file only (recovery, first run: the caller handles the files). */
    void closeRaw() {
        tx.closeRaw();
    }
}
