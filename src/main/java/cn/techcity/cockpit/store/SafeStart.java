package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import cn.techcity.cockpit.store.StoreFiles.Digest;
import cn.techcity.cockpit.store.StoreFiles.State;
import cn.techcity.cockpit.store.StoreFiles.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The embedded store's write protocol at the moments that decide (ADR 0010): opening, the first run, the recovery after
 * an unclean end, the clean close, and the restore of a backup. H2's own recovery after a kill is not trusted: it lost
 * acknowledged saves and left half-applied transactions. The database file is trusted only when it is the one the
 * last clean close left (same size and CRC-32C as {@code cockpit.state} says); after an unclean end it is rebuilt from
 * the base copy and the journal of acknowledged saves, in a file beside it that is renamed into place. A file that is
 * older than what this PC acknowledged, empty, or unreadable is refused and left as it is.
 */
final class SafeStart {
    private static final System.Logger LOG = System.getLogger(SafeStart.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private SafeStart() {
    }

    /** Opens the embedded store at {@code given}: first run, clean open, or recovery; the lock is held until close. */
    static CockpitStore open(Path given, int firstRunYear, int firstRunCutoffMonth) {
        NetworkShare.refuse(Database.normalise(given));
        StoreFiles f = StoreFiles.lock(given);
        try {
            boolean created = !Files.exists(f.main) && !Files.exists(f.base) && f.readState() == null;
            int replayed = prepare(f, firstRunYear, firstRunCutoffMonth);
            created &= Files.exists(f.main);
            State st = f.readState();
            f.writeState(st.with(Status.OPEN));
            Database db = Database.open(f.main);
            CockpitStore store = new CockpitStore(db, f);
            store.replayed = replayed;
            store.created = created;
            return store;
        } catch (RuntimeException e) {
            f.close();
            throw e;
        }
    }

    /**
     * Leaves the database file clean and trusted, the base its copy and the state CLOSED, or throws with the reason
     * (nothing changed). Returns the number of journaled saves a recovery put back.
     */
    static int prepare(StoreFiles f, int firstRunYear, int firstRunCutoffMonth) {
        State st = f.readState();
        f.removeLeftovers(st != null && st.status() == Status.RESTORING);
        if (st != null && st.status() == Status.RESTORING) {
            finishRestore(f, st);
            return 0;
        }
        if (!Files.exists(f.main)) {
            if (st == null && !Files.exists(f.base) && new SaveJournal(f.journal).read().isEmpty()) {
                firstRun(f, firstRunYear, firstRunCutoffMonth);
                return 0;
            }
            if (st == null) {
                // the database file and the state are gone, the safe copy or the journal is not: never a new sample
                // database over them
                st = new State(Status.OPEN, -1, 0, 0);
            }
            if (Files.exists(f.base)) {
                LOG.log(System.Logger.Level.WARNING, "database file missing, rebuilt from the base and the journal: " + f.main);
                return recover(f, st);
            }
            throw new StoreException(Text.of("store.file-missing", f.main, Long.toString(st.version()), backupAdvice(f), f.state));
        }
        if (st == null) {
            adopt(f, null);
            return 0;
        }
        long journaled = new SaveJournal(f.journal).lastVersion();
        if (st.status() == Status.OPEN || journaled > st.version()) {
            // the last session did not end cleanly: the file is what H2 left, trusted only if no save touched it
            if (journaled <= st.version() && Files.exists(f.base) && sameBytes(f.main, f.base)) {
                f.writeState(st.with(Status.CLOSED));
                f.removeJournal();
                return 0;
            }
            return recover(f, st);
        }
        Digest d = StoreFiles.digest(f.main);
        if (!d.matches(st)) {
            adopt(f, st);       // changed since this PC closed it: accepted only if it is not older and reads whole
            return 0;
        }
        if (!Files.exists(f.base) || !StoreFiles.digest(f.base).matches(st)) {
            try {
                f.copyReplacing(f.main, f.base);
                f.removeJournal();      // the base is the closed file again: what the journal held is in it
            } catch (StoreException e) {
                // the journal was kept with the older base (see rebase): the two still make the truth
                LOG.log(System.Logger.Level.WARNING, "the safe copy could not be brought up to date; it and the journal stay", e);
            }
        }
        return 0;
    }

    private static boolean sameBytes(Path a, Path b) {
        return StoreFiles.digest(a).equals(StoreFiles.digest(b));
    }

    /** The first run: the new database is built beside its place and renamed in whole, so a kill leaves none or all. */
    private static void firstRun(StoreFiles f, int year, int cutoffMonth) {
        Path creating = f.database(StoreFiles.CREATING);
        long version;
        try {
            CockpitStore s = new CockpitStore(Database.open(creating), null);
            try {
                s.seedFirstRun(year, cutoffMonth, Instant.now(), true);
                version = s.dataVersion();
            } finally {
                s.closeRaw();
            }
            StoreFiles.force(creating);
            Files.move(creating, f.main, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            StoreFiles.forceFolder(f.main.getParent());
        } catch (IOException | RuntimeException e) {
            StoreFiles.deleteQuietly(creating);
            LOG.log(System.Logger.Level.ERROR, "the first run could not create " + f.main, e);
            boolean full = StoreFiles.diskFull(e) || f.usableSpace() >= 0 && f.usableSpace() < 16L << 20;
            throw new StoreException(Text.of(full ? "store.create-failed-disk-full" : "store.create-failed", f.main), e);
        }
        rebase(f, version);
    }

    /**
     * Takes a database file this protocol did not close (one from an earlier version of the cockpit, one a clerk put in
     * its place, or a first run stopped after its rename): refused when it is empty, unreadable, not a cockpit's, or
     * older than what this PC acknowledged; else opened the way earlier versions did (H2's recovery and the journal)
     * and made the base.
     */
    private static void adopt(StoreFiles f, State st) {
        Database.Probe p;
        try {
            p = probeForUse(f.main);
        } catch (StoreException e) {
            if (st != null && e.text() != null && "store.no-cockpit-data".equals(e.text().key())) {
                // this PC closed a cockpit's database here: a file without its tables is one cut short (H2 fell back to
                // an early chunk), not another program's
                throw older(f, 0, Math.max(st.version(), new SaveJournal(f.journal).lastVersion()));
            }
            Text way = st == null ? null : safeCopyAdvice(f);
            throw way == null ? e : new StoreException(Text.of("store.with-advice", e.text(), way), e);
        }
        if (st != null) {
            long ack = Math.max(st.version(), new SaveJournal(f.journal).lastVersion());
            if (p.version() < ack) {
                throw older(f, p.version(), ack);
            }
            if (p.version() == ack && Files.exists(f.base) && StoreFiles.digest(f.base).matches(st)) {
                // the same version with other rows than the last clean close left (the safe copy has them): damaged
                // bytes that still read, or rows changed behind the cockpit's back. H2 rewriting its pages is fine.
                Database.Probe safe = probeSafeCopy(f);
                if (safe.content() != p.content()) {
                    throw changedBehind(f);
                }
            }
            LOG.log(System.Logger.Level.WARNING, "database file changed since its last clean close (version " + p.version()
                    + ", acknowledged " + ack + "): taken as it is: " + f.main);
        }
        long version;
        CockpitStore s = new CockpitStore(Database.open(f.main), null);
        try {
            s.replay(new SaveJournal(f.journal).read(), false);
            version = s.dataVersion();
        } finally {
            s.closeRaw();
        }
        rebase(f, version);
    }

    /** Checks a file the cockpit is asked to use, without writing to it; throws the clerk's message when it cannot be. */
    static Database.Probe probeForUse(Path file) {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new StoreException(Text.of("store.read-db-failed", file, StoreFiles.reason(e)), e);
        }
        if (size == 0) {
            throw new StoreException(Text.of("store.file-empty", file));
        }
        Database.Probe p = Database.probe(file);
        if (!p.cockpit()) {
            throw new StoreException(Text.of("store.no-cockpit-data", file));
        }
        if (p.schema() > Migrations.latestVersion()) {
            throw new StoreException(Text.of("store.newer-schema", Integer.toString(p.schema()),
                    Integer.toString(Migrations.latestVersion())));
        }
        return p;
    }

    /**
     * Rebuilds the database after an unclean end: the base copy, plus every journaled save above its version, in a file
     * beside the database that replaces it when whole. The file H2 left is kept as {@code cockpit.crashed.mv.db}.
     * Returns the number of saves put back.
     */
    static int recover(StoreFiles f, State st) {
        SaveJournal.Contents journal = new SaveJournal(f.journal).contents();
        if (journal.damagedLine() > 0) {
            throw new StoreException(Text.of("store.journal-damaged", f.journal, Integer.toString(journal.damagedLine()), f.main,
                    backupAdvice(f)));
        }
        List<SaveJournal.Entry> entries = journal.entries();
        long ack = Math.max(st.version(), entries.isEmpty() ? -1 : entries.get(entries.size() - 1).version());
        Path rec = f.database(StoreFiles.RECOVERING);
        StoreFiles.deleteQuietly(rec);
        try {
            if (!Files.exists(f.base)) {
                throw new StoreException(Text.of("store.safe-copy-missing", f.base, backupAdvice(f)));
            }
            StoreFiles.copyForced(f.base, rec);
            CockpitStore s;
            try {
                s = new CockpitStore(Database.open(rec), null);
            } catch (StoreException e) {
                throw new StoreException(Text.of("store.safe-copy-unreadable", f.base, backupAdvice(f)), e);
            }
            long version;
            int replayed;
            try {
                replayed = s.replay(entries, true);
                version = s.dataVersion();
            } finally {
                s.closeRaw();
            }
            if (version < ack) {
                throw new StoreException(Text.of("store.recovery-short", Long.toString(version), Long.toString(ack), backupAdvice(f)));
            }
            // the file H2 left may be one save ahead (committed, killed before its journal line: never acknowledged);
            // further ahead, the journal has lost acknowledged saves (removed or cut by hand): refuse rather than drop them
            long left = versionOf(f.main);
            if (left > version + 1) {
                throw new StoreException(Text.of("store.journal-lacks-saves", f.main, Long.toString(left), Long.toString(version)));
            }
            StoreFiles.force(rec);
            if (Files.exists(f.main)) {
                StoreFiles.moveAtomic(f.main, f.database(StoreFiles.CRASHED));
            }
            StoreFiles.moveAtomic(rec, f.main);
            rebase(f, version);
            LOG.log(System.Logger.Level.INFO, "recovered " + f.main + " from its base and " + replayed + " journaled save(s), version "
                    + version);
            return replayed;
        } catch (IOException e) {
            StoreFiles.deleteQuietly(rec);
            throw new StoreException(Text.of("store.recovery-write-failed", StoreFiles.reason(e), f.main), e);
        } catch (RuntimeException e) {
            StoreFiles.deleteQuietly(rec);
            throw e;
        }
    }

    /** The data version of a file H2 left, read without writing to it; -1 when it cannot be read. */
    private static long versionOf(Path file) {
        if (!Files.exists(file)) {
            return -1;
        }
        try {
            Database.Probe p = Database.probe(file);
            return p.cockpit() ? p.version() : -1;
        } catch (StoreException e) {
            return -1;
        }
    }

    /**
     * Makes the closed database file the new base and records it in the state as the newest acknowledged version;
     * then the journal is no longer needed. Each step leaves a state the next open understands.
     */
    static void rebase(StoreFiles f, long version) {
        Digest d = f.copyReplacing(f.main, f.base);
        f.writeState(new State(Status.CLOSED, version, d.size(), d.crc()));
        f.removeJournal();
    }

    /**
     * At a clean close: {@link #rebase}; when the safe copy cannot be written (a full disk), the state still records the
     * closed file (it is trusted at the next open) and the journal stays with the older base, which together remain the
     * truth. Returns false in that case.
     */
    static boolean closeClean(StoreFiles f, long version) {
        try {
            rebase(f, version);
            return true;
        } catch (StoreException e) {
            LOG.log(System.Logger.Level.WARNING, "the safe copy could not be written at close; the journal is kept with the older one", e);
            try {
                Digest d = StoreFiles.digest(f.main);
                f.writeState(new State(Status.CLOSED, version, d.size(), d.crc()));
            } catch (StoreException stillFailing) {
                LOG.log(System.Logger.Level.WARNING, "the state could not be written at close either; the next open rebuilds", stillFailing);
            }
            return false;
        }
    }

    /** Looks at the safe copy read-only (through a copy named as H2 wants it, removed afterwards). */
    private static Database.Probe probeSafeCopy(StoreFiles f) {
        Path look = f.database(".probe-base");
        try {
            Files.copy(f.base, look, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return Database.probe(look);
        } catch (IOException e) {
            throw new StoreException(Text.of("store.safe-copy-check-failed", f.base, StoreFiles.reason(e)), e);
        } finally {
            StoreFiles.deleteQuietly(look);
        }
    }

    private static StoreException changedBehind(StoreFiles f) {
        return new StoreException(Text.of("store.changed-behind", f.main, f.base, safeCopyAdvice(f)));
    }

    private static StoreException older(StoreFiles f, long found, long acknowledged) {
        return new StoreException(Text.of("store.older", Long.toString(found), Long.toString(acknowledged), f.main, safeCopyAdvice(f),
                backupAdvice(f)));
    }

    /** The safe copy as a way out, when it holds what the last clean close left; else null (a value of "" in a Text). */
    private static Text safeCopyAdvice(StoreFiles f) {
        State st = f.readState();
        if (st == null || !Files.exists(f.base)) {
            return null;
        }
        try {
            if (!StoreFiles.digest(f.base).matches(st)) {
                return null;
            }
        } catch (StoreException e) {
            return null;
        }
        return Text.of("store.safe-copy-advice", f.base, Long.toString(st.version()));
    }

    /** The newest backup as a way out, or where none was found. */
    private static Text backupAdvice(StoreFiles f) {
        List<Path> backups = Backups.list(f.main);
        if (backups.isEmpty()) {
            return Text.of("store.no-backup", Backups.folder(f.main));
        }
        return Text.of("store.newest-backup", backups.get(backups.size() - 1));
    }

    // ---- restore ----

    /**
     * Replaces the database by a backup (a zip the cockpit wrote, or a database file): checked first (one cockpit
     * database with a schema this program knows); the current file is kept as {@code …before-restore-<time>.mv.db}
     * (with its journal) and stays in place until the new one is whole beside it. Refused when the database is in use.
     * Returns the kept file, or null when there was none.
     */
    static Path restore(Path dbFile, Path source) {
        if (!Files.isRegularFile(source)) {
            throw new StoreException(Text.of("store.no-backup-file", source));
        }
        StoreFiles f = StoreFiles.lock(dbFile);
        try {
            State before = f.readState();
            f.removeLeftovers(false);
            if (before != null && before.status() == Status.OPEN && Files.exists(f.base)) {
                try {
                    recover(f, before);     // the file to keep aside is then the one with every acknowledged save
                } catch (StoreException e) {
                    LOG.log(System.Logger.Level.WARNING, "restore: the current database could not be recovered first; kept as is", e);
                }
            }
            Path candidate = f.database(StoreFiles.RESTORING);
            Database.Probe p;
            extract(source, candidate, f);
            try {
                p = probeForUse(candidate);
            } catch (StoreException e) {
                StoreFiles.deleteQuietly(candidate);
                LOG.log(System.Logger.Level.WARNING, "restore: the backup's database cannot be used: " + source, e);
                throw new StoreException(Text.of("store.backup-unusable", source), e);
            }
            Path kept = null;
            try {
                if (Files.exists(f.main)) {
                    String stamp = LocalDateTime.now().format(STAMP);
                    kept = f.database(".before-restore-" + stamp);
                    StoreFiles.copyForced(f.main, kept);
                    if (Files.exists(f.journal) && Files.size(f.journal) > 0) {
                        StoreFiles.copyForced(f.journal, kept.resolveSibling(kept.getFileName() + ".journal"));
                    }
                }
            } catch (IOException e) {
                StoreFiles.deleteQuietly(candidate);
                if (kept != null) {
                    StoreFiles.deleteQuietly(kept);
                }
                throw new StoreException(Text.of("store.restore-keep-failed", StoreFiles.reason(e)), e);
            }
            State restoring = new State(Status.RESTORING, p.version(), 0, 0);
            f.writeState(restoring);
            finishRestore(f, restoring);
            return kept;
        } finally {
            f.close();
        }
    }

    /** The restore's last steps, which an open repeats when a kill stopped them: the new file in place, made the base. */
    private static void finishRestore(StoreFiles f, State st) {
        Path candidate = f.database(StoreFiles.RESTORING);
        try {
            if (Files.exists(candidate)) {
                StoreFiles.moveAtomic(candidate, f.main);
            }
        } catch (IOException e) {
            throw new StoreException(Text.of("store.restore-move-failed", StoreFiles.reason(e)), e);
        }
        if (!Files.exists(f.main)) {
            throw new StoreException(Text.of("store.restore-file-gone", f.main));
        }
        rebase(f, st.version());
    }

    /**
     * The database of a backup zip (exactly one), or a database file itself (a {@code .mv.db}, or the safe copy
     * {@code cockpit.base}), copied to {@code to} and forced. Nothing is left behind when it fails.
     */
    private static void extract(Path source, Path to, StoreFiles f) {
        try {
            boolean isZip;
            boolean isH2;
            try (InputStream in = Files.newInputStream(source)) {
                byte[] head = in.readNBytes(4);
                isZip = head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
                isH2 = head.length == 4 && head[0] == 'H' && head[1] == ':' && head[2] == '2';
            }
            if (!isZip && !isH2) {
                throw new StoreException(Text.of("store.not-a-backup", source));
            }
            if (!isZip) {
                StoreFiles.copyForced(source, to);
                return;
            }
            try (ZipFile zip = new ZipFile(source.toFile())) {
                List<ZipEntry> dbs = new ArrayList<>();
                zip.stream().filter(e -> e.getName().endsWith(Database.SUFFIX)).forEach(dbs::add);
                if (dbs.size() != 1) {
                    throw new StoreException(Text.of("store.not-a-cockpit-backup", source));
                }
                try (InputStream in = zip.getInputStream(dbs.get(0))) {
                    Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                StoreFiles.force(to);
            }
        } catch (java.util.zip.ZipException e) {
            StoreFiles.deleteQuietly(to);
            throw new StoreException(Text.of("store.backup-zip-unreadable", source), e);
        } catch (StoreException e) {
            StoreFiles.deleteQuietly(to);
            throw e;
        } catch (IOException e) {
            StoreFiles.deleteQuietly(to);
            if (StoreFiles.diskFull(e)) {
                throw new StoreException(Text.of("store.restore-disk-full", to.getParent()), e);
            }
            throw new StoreException(Text.of("store.backup-unreadable", source, StoreFiles.reason(e)), e);
        }
    }
}
