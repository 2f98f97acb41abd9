package cn.techcity.cockpit.session;

import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.io.excel.ExcelExport;
import cn.techcity.cockpit.io.excel.ExcelImport;
import cn.techcity.cockpit.io.excel.ImportPlan;
import cn.techcity.cockpit.store.Account;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.store.DbTarget;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.ProjectEdit;
import cn.techcity.cockpit.store.ScoreEdit;
import cn.techcity.cockpit.store.TargetEdit;
import cn.techcity.cockpit.store.TaskEdit;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one door between the screens and the store (docs/architecture.md). It owns the only current {@link CockpitData}
 * (observable), {@code today} (it turns at midnight for the window and the wall alike), whether the store could be
 * read and when it last was, the signed-in account, and the threads: the database thread (never interrupted), a
 * thread for files (workbooks, PDFs) and a timer for the poll, the day and the backups. Every save writes, reads back
 * and publishes once; screens observe the properties and keep no copy of their own. Properties change on the UI
 * executor only (the FX thread in a window; the caller's thread on the command line).
 */
public final class Session implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Session.class.getName());

    private final CompletableFuture<CockpitStore> store;
    private final DbExecutor db;
    private final java.util.concurrent.Executor ui;
    private final Clock clock;
    private final ExecutorService files = Executors.newSingleThreadExecutor(daemon("cockpit-files"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("cockpit-timer"));
    private final ReadOnlyObjectWrapper<CockpitData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyObjectWrapper<LocalDate> today = new ReadOnlyObjectWrapper<>(this, "today");
    private final ReadOnlyBooleanWrapper reachable = new ReadOnlyBooleanWrapper(this, "reachable", true);
    private final ReadOnlyObjectWrapper<Instant> lastGoodRead = new ReadOnlyObjectWrapper<>(this, "lastGoodRead");
    private final ReadOnlyObjectWrapper<Account> account = new ReadOnlyObjectWrapper<>(this, "account");
    private final AtomicBoolean polling = new AtomicBoolean();
    /** The version of the data published last; read by the poll on the timer thread. */
    private final AtomicLong publishedVersion = new AtomicLong(-1);
    private final AtomicLong reads = new AtomicLong();
    private volatile Consumer<Failure> failures = f -> { };
    private CompletableFuture<CockpitData> firstRead;
    private volatile boolean closed;

    /** A failure for the clerk: the sentence to show, and the cause (already in the log). */
    public record Failure(String message, Throwable cause) {
    }

    /**
     * @param store the store being opened on {@code db}
     * @param ui    where results and property changes land (Platform::runLater in a window)
     */
    public Session(CompletableFuture<CockpitStore> store, DbExecutor db, java.util.concurrent.Executor ui, Clock clock) {
        this.store = store;
        this.db = db;
        this.ui = ui;
        this.clock = clock;
        this.today.set(LocalDate.now(clock));
    }

    /** Opens the store {@code --db} names on a new database thread (first run: the document's content and samples). */
    public static Session open(DbTarget target, java.util.concurrent.Executor ui, Clock clock) {
        DbExecutor db = new DbExecutor();
        LocalDate now = LocalDate.now(clock);
        // figures of month N are reported in month N+1: the first-run sample runs up to last month
        int cutoff = Math.max(1, now.getMonthValue() - 1);
        return new Session(db.submit(() -> CockpitStore.open(target, now.getYear(), cutoff)), db, ui, clock);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    // ---- state ----

    /** The current data: null until the first read has landed. */
    public ReadOnlyObjectProperty<CockpitData> data() {
        return data.getReadOnlyProperty();
    }

    public CockpitData current() {
        return data.get();
    }

    /** Today's date by the session's clock; it changes at midnight (overdue and upcoming tasks count from it). */
    public ReadOnlyObjectProperty<LocalDate> today() {
        return today.getReadOnlyProperty();
    }

    /** False while the store cannot be read (a server away); the last good data stays. */
    public ReadOnlyBooleanProperty reachable() {
        return reachable.getReadOnlyProperty();
    }

    /** When the store was last read without a failure. */
    public ReadOnlyObjectProperty<Instant> lastGoodRead() {
        return lastGoodRead.getReadOnlyProperty();
    }

    /** The signed-in account (shared mode); null when none. */
    public ReadOnlyObjectProperty<Account> account() {
        return account.getReadOnlyProperty();
    }

    public Clock clock() {
        return clock;
    }

    /** How many times the session has read all the data (tests: an own save reads once, a quiet poll never). */
    public long reads() {
        return reads.get();
    }

    /** Where failures nobody handled go, on the UI thread (the window: a notification). They are logged in any case. */
    public void setFailureHandler(Consumer<Failure> handler) {
        this.failures = Objects.requireNonNull(handler);
    }

    /** Reports a failure: logged with its stack, told to the failure handler with the clerk's sentence. */
    public void report(Throwable e) {
        Throwable cause = Work.unwrap(e);
        String message = Failures.message(cause);
        LOG.log(System.Logger.Level.ERROR, message, cause);
        failures.accept(new Failure(message, cause));
    }

    // ---- work ----

    /** Work on the database thread with the store; its result lands on the UI thread. */
    public <T> Work<T> onStore(Function<CockpitStore, T> job) {
        return new Work<>(() -> store.thenApplyAsync(job, db), ui, this::report);
    }

    /** Work on the files thread (a workbook read or written, a PDF) that does not touch the store. */
    public <T> Work<T> onFiles(Supplier<T> job) {
        return new Work<>(() -> CompletableFuture.supplyAsync(job, files), ui, this::report);
    }

    /**
     * The first read of everything, started once on the database thread while the toolkit starts; nothing is published
     * (no UI thread may exist yet): the window publishes it with {@link #publishFirst} when it shows it.
     */
    public synchronized CompletableFuture<CockpitData> firstRead() {
        if (firstRead == null) {
            firstRead = store.thenApplyAsync(this::read, db);
        }
        return firstRead;
    }

    /** Makes the first read the session's current data (UI thread). */
    public void publishFirst(CockpitData d) {
        publish(d);
    }

    /** Reads everything on the database thread and publishes it (F5). */
    public Work<CockpitData> reload() {
        return new Work<>(() -> store.thenApplyAsync(this::read, db).thenApplyAsync(d -> {
            publish(d);
            return d;
        }, ui), ui, this::report);
    }

    private CockpitData read(CockpitStore s) {
        reads.incrementAndGet();
        CockpitData d = s.load();
        return d;
    }

    /**
     * A save: {@code write} on the database thread, then one read of everything, published once (every view, the wall
     * in this process and the poll see the new data; the poll does not read it again).
     */
    public Work<CockpitData> save(Consumer<CockpitStore> write) {
        return new Work<>(() -> store.thenApplyAsync(s -> {
            write.accept(s);
            return read(s);
        }, db).thenApplyAsync(d -> {
            publish(d);
            return d;
        }, ui), ui, this::report);
    }

    /** Publishes data read from the store (UI thread): newer than what is shown, or the same version read again. */
    private void publish(CockpitData d) {
        CockpitData shown = data.get();
        lastGoodRead.set(clock.instant());
        reachable.set(true);
        if (shown == null || d.dataVersion() >= shown.dataVersion()) {
            publishedVersion.set(d.dataVersion());
            data.set(d);
        }
    }

    public Work<CockpitData> saveFigures(String who, List<FigureEdit> figures, List<TargetEdit> targets) {
        return save(s -> s.saveEdits(who, figures, targets));
    }

    public Work<CockpitData> saveTasks(String who, List<TaskEdit> edits) {
        return save(s -> s.saveTasks(who, edits));
    }

    public Work<CockpitData> saveRegistry(String who, List<ProjectEdit> projects, List<ScoreEdit> scores) {
        return save(s -> s.saveRegistry(who, projects, scores));
    }

    public Work<CockpitData> clearSample(String who) {
        return save(s -> s.clearSampleData(who));
    }

    /** Applies a valid import plan in one transaction (a save by another seat since the preview refuses all of it). */
    public Work<CockpitData> applyImport(String who, ImportPlan plan) {
        if (!plan.valid()) {
            throw new IllegalArgumentException("a plan with problems cannot be applied");
        }
        return save(s -> {
            if (!plan.changes().isEmpty()) {
                s.saveImport(who, plan.figureEdits(), plan.targetEdits(), plan.taskEdits(), plan.structureRows());
            }
        });
    }

    // ---- the committee's structure and the turn of the year (issue 15) ----

    /** Every named item, in use and retired, and every section (for the 结构维护 screen). */
    public Work<StructureView> structure() {
        return onStore(s -> new StructureView(s.structure(), s.sections(), s.reportingYear()));
    }

    /** The structure as the 结构维护 screen edits it. */
    public record StructureView(List<cn.techcity.cockpit.domain.StructureItem> items,
                                List<cn.techcity.cockpit.domain.Section> sections, int reportingYear) {
    }

    /** Checks a change of the structure (the preview); writes nothing. */
    public Work<cn.techcity.cockpit.domain.StructureCheck.Result> checkStructure(List<cn.techcity.cockpit.domain.StructureCheck.Row> rows) {
        return onStore(s -> s.checkStructure(rows));
    }

    /** Saves a change of the structure whole, or refuses it naming every row with a problem. */
    public Work<CockpitData> saveStructure(String who, List<cn.techcity.cockpit.domain.StructureCheck.Row> rows) {
        return save(s -> s.saveStructure(who, rows));
    }

    /**
     * Turns the reporting year to {@code year}; the finished year becomes read only. Refused before 1 January of
     * {@code year} by the session's clock: December's figures are reported in January, into the year being finished.
     */
    public Work<CockpitData> startYear(String who, int year) {
        return save(s -> {
            LocalDate today = LocalDate.now(clock);
            if (today.getYear() < year) {
                throw new cn.techcity.cockpit.store.StoreException(cn.techcity.cockpit.domain.Text.of("store.year-too-early",
                        Integer.toString(year), today.toString(), Integer.toString(year - 1)));
            }
            s.startYear(who, year);
        });
    }

    /** A cell's history (who, when, old → new). */
    public Work<List<AuditEntry>> history(String entity, String key) {
        return onStore(s -> s.auditOf(entity, key));
    }

    /**
     * Checks a workbook and plans its import, writing nothing: the file is read on the files thread; the store is
     * asked (on its own thread) only for what the workbook touches, so saves and the poll do not wait behind the parse.
     */
    public Work<ImportPlan> planImport(Path file, String who) {
        return new Work<>(() -> store.thenApplyAsync(s -> new Object[] {read(s), s.authorName(who)}, db).thenApplyAsync(r -> {
            CockpitData current = (CockpitData) r[0];
            String author = (String) r[1];
            return ExcelImport.read(file, current, year -> store.thenApplyAsync(s -> s.load(year), db).join(),
                    since -> store.thenApplyAsync(s -> {
                        Map<String, AuditEntry> all = new java.util.HashMap<>(s.changesSince(since));
                        if (author != null) {
                            all.values().removeIf(a -> author.equals(a.who()));
                        }
                        return all;
                    }, db).join());
        }, files), ui, this::report);
    }

    /** Writes the reporting year's workbook from a fresh read; the file is written on the files thread. */
    public Work<Path> exportWorkbook(Path file) {
        return new Work<>(() -> store.thenApplyAsync(CockpitStore::load, db).thenApplyAsync(d -> {
            ExcelExport.write(d, file);
            return file;
        }, files), ui, this::report);
    }

    // ---- accounts (shared mode) ----

    public Work<Boolean> isShared() {
        return onStore(CockpitStore::shared);
    }

    /** True when opening made a new database (a first run: the document's content and samples). */
    public Work<Boolean> isNew() {
        return onStore(CockpitStore::createdOnOpen);
    }

    /** Signs in; the account is published on success. */
    public Work<Account> login(String name, char[] password) {
        return new Work<>(() -> store.thenApplyAsync(s -> s.login(name, password), db).thenApplyAsync(a -> {
            account.set(a);
            return a;
        }, ui), ui, this::report);
    }

    public Work<Void> logout() {
        return new Work<>(() -> store.thenApplyAsync(s -> {
            s.logout();
            return (Void) null;
        }, db).thenApplyAsync(v -> {
            account.set(null);
            return v;
        }, ui), ui, this::report);
    }

    /** Changes one's own password, checking the current one by signing in with it again. */
    public Work<String> changePassword(String name, char[] current, char[] fresh) {
        return onStore(s -> {
            s.login(name, current);
            s.setPassword(name, fresh);
            return name;
        });
    }

    // ---- the timer: the day, the poll, the backups ----

    /** Watches the calendar: {@code today} turns at midnight (checked every {@code period}). */
    public void watchTheDay(Duration period) {
        timer.scheduleAtFixedRate(() -> ui.execute(this::checkDay), period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Moves {@code today} on when the calendar has turned (UI thread). */
    public void checkDay() {
        LocalDate now = LocalDate.now(clock);
        if (!now.equals(today.get())) {
            today.set(now);
        }
    }

    /**
     * Asks the store every {@code period} whether something was saved elsewhere (another seat, another process) and,
     * when the data version moved past what was published, reads and publishes it. One question at a time; a read that
     * fails marks the store unreachable (the last data stays) until one succeeds.
     */
    public void poll(Duration period) {
        timer.scheduleWithFixedDelay(this::pollOnce, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One question to the store (the timer's; tests call it). */
    public CompletableFuture<CockpitData> pollOnce() {
        if (closed || !polling.compareAndSet(false, true)) {
            return CompletableFuture.completedFuture(null);
        }
        long known = publishedVersion.get();
        return store.thenApplyAsync(s -> s.dataVersion() > known ? read(s) : null, db).whenComplete((d, e) -> {
            polling.set(false);
            ui.execute(() -> {
                if (e != null) {
                    if (reachable.get()) {
                        LOG.log(System.Logger.Level.WARNING, "the store could not be read", Work.unwrap(e));
                    }
                    reachable.set(false);
                } else if (d != null) {
                    publish(d);
                } else {
                    reachable.set(true);
                    lastGoodRead.set(clock.instant());
                }
            });
        });
    }

    /** The automatic backup of the embedded file: one now (after {@code delay}) and one a day, checked hourly. */
    public void backUp(Duration delay) {
        timer.scheduleAtFixedRate(() -> backupNow().start(), delay.toMillis(), Duration.ofHours(1).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A backup when today has none; a failure reaches the clerk (notification) and the log. */
    public Work<Optional<Path>> backupNow() {
        return onStore(s -> s.backupIfDue(LocalDateTime.now(clock)));
    }

    // ---- the end ----

    private final AtomicBoolean closing = new AtomicBoolean();

    /**
     * Closes the session when the JVM is asked to end (SIGTERM, a Windows log-off or shut-down): the store then closes
     * cleanly and the next start finds the file as it left it, instead of rebuilding it. A kill cannot be caught.
     */
    public void closeOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "cockpit-shutdown"));
    }

    /** Stops the timers, closes the store on its thread (the safe copy, ADR 0010) and waits for it; once. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        closed = true;
        timer.shutdownNow();            // posts only; no database work runs on it
        files.shutdown();
        try {
            store.thenAcceptAsync(CockpitStore::close, db).get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(System.Logger.Level.WARNING, "closing the store failed", e);
        }
        db.close();
    }

    // ---- what the command line asks (it waits on each future) ----

    /**
     * Replaces the embedded database by a backup zip or a database file, safely (ADR 0010); the store must not be in
     * use. Returns the file the current database was kept as (null when there was none).
     */
    public static Path restore(Path database, Path backup) {
        return cn.techcity.cockpit.store.Backups.restore(database, backup);
    }

    /** The database file {@code --db PATH} names ({@code PATH} with or without {@code .mv.db}). */
    public static Path databaseFile(Path given) {
        return cn.techcity.cockpit.store.Database.normalise(given);
    }

    /** The data of {@code year} as if it were the reporting year (any stored year); the reporting year when 0. */
    public Work<CockpitData> load(int year) {
        return onStore(s -> year == 0 ? read(s) : s.load(year));
    }

    public Work<Void> addAccount(String name, cn.techcity.cockpit.store.Role role, char[] password) {
        return onStore(s -> {
            s.addAccount(name, role, password);
            return null;
        });
    }

    public Work<Void> setPassword(String name, char[] password) {
        return onStore(s -> {
            s.setPassword(name, password);
            return null;
        });
    }

    public Work<Void> disableAccount(String name) {
        return onStore(s -> {
            s.disableAccount(name);
            return null;
        });
    }

    /** Whether the store has accounts yet (the first one added needs no login). */
    public Work<Boolean> hasAccounts() {
        return onStore(s -> !s.accounts().isEmpty());
    }
}
