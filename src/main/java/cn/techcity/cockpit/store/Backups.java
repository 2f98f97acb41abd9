package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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
            throw new StoreException(Text.of("store.backup-folder-failed", dir), e);
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
     * Replaces the database at {@code dbFile} with the one in {@code backup} (a backup zip, or a database file): the
     * backup is checked first (one cockpit database with a schema this program knows); the current file is kept beside
     * it as {@code …before-restore-<time>.mv.db} and stays in place until the new one is whole (ADR 0010). Nothing is
     * touched when the backup is not good or the database is in use. Returns the kept file (null when there was none).
     */
    public static Path restore(Path dbFile, Path backup) {
        return SafeStart.restore(dbFile, backup);
    }

    /** For tests: whether a backup of the day exists. */
    static boolean hasBackupOf(Path dbFile, LocalDate day) {
        String d = day.format(DateTimeFormatter.BASIC_ISO_DATE);
        return list(dbFile).stream().anyMatch(p -> p.getFileName().toString().startsWith("cockpit-" + d));
    }
}
