package cn.techcity.cockpit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Online backups (H2 {@code BACKUP TO}) into {@code backups/} beside the database: one at start and one a day, the
 * newest {@link #KEEP} kept; and the restore of one of them.
 */
public final class Backups {
    public static final int KEEP = 14;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backups() {
    }

    public static Path folder(Path dbFile) {
        return dbFile.toAbsolutePath().getParent().resolve("backups");
    }

    /** The backups of a database, oldest first. */
    public static List<Path> list(Path dbFile) {
        Path dir = folder(dbFile);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().matches("cockpit-\\d{8}-\\d{6}\\.zip")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Backs up when no backup of {@code today} exists; prunes to {@link #KEEP}. Returns the new backup, if one was made. */
    static Optional<Path> backupIfDue(Database db, LocalDateTime now) throws SQLException {
        String today = now.toLocalDate().format(DateTimeFormatter.BASIC_ISO_DATE);
        if (list(db.file()).stream().anyMatch(p -> p.getFileName().toString().startsWith("cockpit-" + today))) {
            return Optional.empty();
        }
        return Optional.of(backup(db, now));
    }

    static Path backup(Database db, LocalDateTime now) throws SQLException {
        Path dir = folder(db.file());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("无法创建备份文件夹 " + dir + " / cannot create the backup folder", e);
        }
        Path target = dir.resolve("cockpit-" + now.format(NAME) + ".zip");
        try (Statement s = db.connection().createStatement()) {
            s.execute("BACKUP TO '" + target.toString().replace("'", "''") + "'");
        }
        List<Path> all = list(db.file());
        for (int i = 0; i < all.size() - KEEP; i++) {
            try {
                Files.deleteIfExists(all.get(i));
            } catch (IOException ignored) {
                // an old backup that cannot be deleted now is deleted next time
            }
        }
        return target;
    }

    /**
     * Replaces the database at {@code dbFile} with the one in {@code backupZip}: the backup is checked first (a zip
     * with one database that opens with a schema this program knows); the current file is kept beside it as
     * {@code …before-restore-<time>.mv.db}. Nothing is touched when the backup is not good or the database is in use.
     */
    public static Path restore(Path dbFile, Path backupZip) {
        Path file = Database.normalise(dbFile);
        if (!Files.isRegularFile(backupZip)) {
            throw new StoreException("备份文件不存在:" + backupZip + " / no such backup file");
        }
        Path work;
        try {
            work = Files.createTempDirectory(file.getParent(), "restore");
        } catch (IOException e) {
            throw new StoreException("无法在 " + file.getParent() + " 中准备恢复 / cannot prepare the restore", e);
        }
        Path candidate = work.resolve("cockpit" + Database.SUFFIX);
        try (ZipFile zip = new ZipFile(backupZip.toFile())) {
            List<ZipEntry> dbs = new ArrayList<>();
            zip.stream().filter(e -> e.getName().endsWith(Database.SUFFIX)).forEach(dbs::add);
            if (dbs.size() != 1) {
                throw new StoreException("不是驾驶舱的备份文件(其中应有且只有一个数据库):" + backupZip + " / not a cockpit backup");
            }
            try (InputStream in = zip.getInputStream(dbs.get(0))) {
                Files.copy(in, candidate);
            }
        } catch (IOException e) {
            deleteQuietly(work);
            throw new StoreException("不是有效的备份文件(无法读取 zip):" + backupZip + " / not a readable backup: " + e.getMessage(), e);
        } catch (StoreException e) {
            deleteQuietly(work);
            throw e;
        }
        try (CockpitStore check = CockpitStore.openEmpty(candidate)) {
            check.reportingYear();
        } catch (StoreException e) {
            deleteQuietly(work);
            throw new StoreException("备份中的数据库无法使用,当前数据库未改动:" + e.getMessage() + " / the backup cannot be used; nothing was changed", e);
        }
        if (Files.exists(file)) {
            // refuses when another process has it open: the running cockpit must be closed first
            Database.open(file).close();
        }
        Path kept = file.resolveSibling(file.getFileName().toString().replace(Database.SUFFIX, "")
                + ".before-restore-" + LocalDateTime.now().format(NAME) + Database.SUFFIX);
        // the save journal belongs to the database being replaced: it goes with it, or it would be replayed onto the backup
        Path journal = new SaveJournal(file).file();
        try {
            if (Files.exists(journal)) {
                Files.move(journal, kept.resolveSibling(kept.getFileName() + ".journal"));
            }
            if (Files.exists(file)) {
                Files.move(file, kept);
            }
            Files.move(candidate, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StoreException("恢复失败:" + e.getMessage() + "。原数据库保存在 " + kept + " / restore failed; the previous database is " + kept, e);
        } finally {
            deleteQuietly(work);
        }
        return kept;
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** For tests: whether a backup of the day exists. */
    static boolean hasBackupOf(Path dbFile, LocalDate day) {
        String d = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        return list(dbFile).stream().anyMatch(p -> p.getFileName().toString().startsWith("cockpit-" + d));
    }
}
