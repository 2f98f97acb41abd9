package cn.techcity.cockpit.store;

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
            throw new StoreException("数据库文件不见了:" + f.main + "(本机曾在此保存过数据,版本 " + st.version() + ")。驾驶舱没有新建空数据库,"
                    + "以免误以为数据已丢失。" + backupAdvice(f) + "若确实要重新开始,请删除 " + f.state + "。"
                    + " / The database file is missing: " + f.main + " (this PC saved data here). " + backupAdviceEn(f)
                    + " To start afresh, delete " + f.state + ".");
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
            throw new StoreException("无法创建数据库 " + f.main + ":" + (full ? "磁盘空间不足,请释放空间后重试" : "写入出错(详情见日志)")
                    + ";没有留下半个数据库 / cannot create the database" + (full ? ": the disk is full" : " (see the log)"), e);
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
            String way = st == null ? "" : safeCopyAdvice(f);
            throw way.isEmpty() ? e : new StoreException(e.getMessage() + " " + way, e);
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
            throw new StoreException("无法读取数据库文件 " + file + "(" + StoreFiles.reason(e) + ")/ cannot read the database file", e);
        }
        if (size == 0) {
            throw new StoreException("数据库文件是空的(0 字节):" + file + "。文件未被改动;请用 --restore 从备份恢复,或用 --db 选择其他文件。"
                    + " / The database file is empty: " + file + ". It was not changed; restore a backup or choose another file.");
        }
        Database.Probe p = Database.probe(file);
        if (!p.cockpit()) {
            throw new StoreException("文件中没有驾驶舱的数据(空的或只有文件头的数据库,或其他程序的数据库):" + file
                    + "。文件未被改动;请用 --restore 从备份恢复,或用 --db 选择其他文件。"
                    + " / The file holds no cockpit data (an empty or header-only database, or another program's): " + file
                    + ". It was not changed; restore a backup or choose another file with --db.");
        }
        if (p.schema() > Migrations.latestVersion()) {
            throw new StoreException("数据库由更新版本的驾驶舱写入(结构版本 " + p.schema() + ",本程序支持到 " + Migrations.latestVersion()
                    + "),请升级程序。 / The database was written by a newer version of the cockpit (schema " + p.schema()
                    + ", this build knows up to " + Migrations.latestVersion() + "): upgrade the application.");
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
            throw new StoreException("保存日志 " + f.journal + " 第 " + journal.damagedLine() + " 行已损坏,其中记录的保存无法恢复。驾驶舱没有打开也没有改动"
                    + "任何文件。数据库文件 " + f.main + " 可能含有最新的数据:可用 --restore " + f.main + " 接受它;" + backupAdvice(f)
                    + " / The save journal is damaged at line " + journal.damagedLine() + "; nothing was opened or changed. The"
                    + " database file may hold the newest data: accept it with --restore " + f.main + ". " + backupAdviceEn(f));
        }
        List<SaveJournal.Entry> entries = journal.entries();
        long ack = Math.max(st.version(), entries.isEmpty() ? -1 : entries.get(entries.size() - 1).version());
        Path rec = f.database(StoreFiles.RECOVERING);
        StoreFiles.deleteQuietly(rec);
        try {
            if (!Files.exists(f.base)) {
                throw new StoreException("无法恢复数据库:安全副本 " + f.base + " 不见了。" + backupAdvice(f)
                        + " / Cannot recover the database: its safe copy is missing. " + backupAdviceEn(f));
            }
            StoreFiles.copyForced(f.base, rec);
            CockpitStore s;
            try {
                s = new CockpitStore(Database.open(rec), null);
            } catch (StoreException e) {
                throw new StoreException("无法恢复数据库:安全副本 " + f.base + " 无法读取。" + backupAdvice(f)
                        + " / Cannot recover the database: its safe copy cannot be read. " + backupAdviceEn(f), e);
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
                throw new StoreException("无法恢复到最后确认保存的数据(恢复到版本 " + version + ",已确认 " + ack + ")。文件未被改动。"
                        + backupAdvice(f) + " / Cannot recover the last acknowledged saves (version " + version + " of " + ack
                        + "); nothing was changed. " + backupAdviceEn(f));
            }
            // the file H2 left may be one save ahead (committed, killed before its journal line: never acknowledged);
            // further ahead, the journal has lost acknowledged saves (removed or cut by hand): refuse rather than drop them
            long left = versionOf(f.main);
            if (left > version + 1) {
                throw new StoreException("保存日志缺少已确认的保存:数据库文件 " + f.main + " 是版本 " + left + ",安全副本加保存日志只能恢复到版本 "
                        + version + "(保存日志可能被删除或截断)。驾驶舱没有打开也没有改动任何文件。可用 --restore " + f.main
                        + " 接受数据库文件中的数据。 / The save journal lacks acknowledged saves (the database file is at version "
                        + left + ", the safe copy and journal reach " + version + "). Nothing was changed; accept the database file"
                        + " with --restore " + f.main + ".");
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
            throw new StoreException("上次没有正常关闭,恢复数据库需要写入文件,但失败了(" + StoreFiles.reason(e) + "):" + f.main
                    + "。已确认的保存都在保存日志中,没有丢失;请释放磁盘空间或检查权限后重新打开。 / The last session did not end"
                    + " cleanly and the recovery could not write (" + StoreFiles.reason(e) + "). Every acknowledged save is in the"
                    + " journal; free some disk space or check the permissions and open again.", e);
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
            throw new StoreException("无法检查安全副本 " + f.base + "(" + StoreFiles.reason(e) + ")/ cannot check the safe copy", e);
        } finally {
            StoreFiles.deleteQuietly(look);
        }
    }

    private static StoreException changedBehind(StoreFiles f) {
        return new StoreException("数据库文件在上次正常关闭后被改动过:数据版本相同,内容却与安全副本不同(可能已损坏,或被其他程序改写):" + f.main
                + "。驾驶舱没有打开也没有改动它。" + safeCopyAdvice(f) + "若确认这个文件的内容是对的,请用 --restore " + f.main + " 接受它。"
                + " / The database file was changed after its last clean close: the same data version, other rows than the safe"
                + " copy (damaged, or rewritten by another program): " + f.main + ". It was neither opened nor changed. Restore"
                + " the safe copy " + f.base + " with --restore, or accept this file with --restore " + f.main + ".");
    }

    private static StoreException older(StoreFiles f, long found, long acknowledged) {
        return new StoreException("数据库文件比本机最后确认保存的数据旧(文件中是版本 " + found + ",已确认到版本 " + acknowledged + "):"
                + f.main + "。文件可能被截断,或被旧的副本替换。驾驶舱没有打开也没有改动它,以免已确认的数据被悄悄覆盖。"
                + safeCopyAdvice(f) + backupAdvice(f) + "若确实要使用这个较旧的文件,请用 --restore " + f.main + " 。"
                + " / The database file is older than what this PC acknowledged (version " + found + " of " + acknowledged + "): "
                + f.main + ". It may have been cut short or replaced by an older copy. It was neither opened nor changed. "
                + backupAdviceEn(f) + " To use this older file on purpose, run --restore with it.");
    }

    /** The safe copy as a way out, when it holds what the last clean close left. */
    private static String safeCopyAdvice(StoreFiles f) {
        State st = f.readState();
        if (st == null || !Files.exists(f.base)) {
            return "";
        }
        try {
            if (!StoreFiles.digest(f.base).matches(st)) {
                return "";
            }
        } catch (StoreException e) {
            return "";
        }
        return "安全副本 " + f.base + " 保存着最后一次正常关闭时的数据(版本 " + st.version() + "),可用 --restore " + f.base + " 恢复;";
    }

    private static String backupAdvice(StoreFiles f) {
        List<Path> backups = Backups.list(f.main);
        if (backups.isEmpty()) {
            return "没有找到备份(" + Backups.folder(f.main) + ")。";
        }
        Path newest = backups.get(backups.size() - 1);
        return "最新的备份是 " + newest + ",可用 --restore " + newest + " 恢复。";
    }

    private static String backupAdviceEn(StoreFiles f) {
        List<Path> backups = Backups.list(f.main);
        return backups.isEmpty() ? "No backup found in " + Backups.folder(f.main) + "."
                : "The newest backup is " + backups.get(backups.size() - 1) + ": restore it with --restore.";
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
            throw new StoreException("备份文件不存在:" + source + " / no such backup file");
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
                throw new StoreException("备份 " + source + " 中的数据库无法使用(已损坏、是空的,或不是驾驶舱的数据库),当前数据库未改动"
                        + " / the database in " + source + " cannot be used (damaged, empty or not a cockpit's); nothing was changed", e);
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
                throw new StoreException("恢复未执行:无法另存当前数据库(" + StoreFiles.reason(e) + "),当前数据库未改动"
                        + " / not restored: the current database could not be kept aside; nothing was changed", e);
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
            throw new StoreException("恢复未完成:无法把备份放到位(" + StoreFiles.reason(e) + ");再次运行 --restore 或重新打开即可继续"
                    + " / the restore could not put the backup in place; run it again", e);
        }
        if (!Files.exists(f.main)) {
            throw new StoreException("恢复未完成,且找不到要恢复的文件:" + f.main + "。请再次运行 --restore。"
                    + " / the restore did not finish and its file is gone: run --restore again");
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
                throw new StoreException("不是有效的备份文件(既不是驾驶舱备份的 zip,也不是数据库文件):" + source
                        + " / not a backup: neither a cockpit backup zip nor a database file");
            }
            if (!isZip) {
                StoreFiles.copyForced(source, to);
                return;
            }
            try (ZipFile zip = new ZipFile(source.toFile())) {
                List<ZipEntry> dbs = new ArrayList<>();
                zip.stream().filter(e -> e.getName().endsWith(Database.SUFFIX)).forEach(dbs::add);
                if (dbs.size() != 1) {
                    throw new StoreException("不是驾驶舱的备份文件(其中应有且只有一个数据库):" + source + " / not a cockpit backup");
                }
                try (InputStream in = zip.getInputStream(dbs.get(0))) {
                    Files.copy(in, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                StoreFiles.force(to);
            }
        } catch (java.util.zip.ZipException e) {
            StoreFiles.deleteQuietly(to);
            throw new StoreException("不是有效的备份文件(无法读取 zip):" + source + " / not a readable backup", e);
        } catch (StoreException e) {
            StoreFiles.deleteQuietly(to);
            throw e;
        } catch (IOException e) {
            StoreFiles.deleteQuietly(to);
            if (StoreFiles.diskFull(e)) {
                throw new StoreException("恢复未执行:无法把备份放到 " + to.getParent() + "(磁盘空间不足),当前数据库未改动"
                        + " / not restored: the disk is full; nothing was changed", e);
            }
            throw new StoreException("无法读取备份 " + source + "(" + StoreFiles.reason(e) + ")/ cannot read the backup", e);
        }
    }
}
