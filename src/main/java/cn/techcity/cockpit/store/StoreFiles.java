package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.zip.CRC32C;

/**
 * The files beside an embedded database, and the file operations of its write protocol (ADR 0010). For
 * {@code cockpit.mv.db}:
 * <ul>
 * <li>{@code cockpit.base} — a copy of the database as its last clean close left it;</li>
 * <li>{@code cockpit.journal} — every save acknowledged since then (ADR 0006);</li>
 * <li>{@code cockpit.state} — {@code open}/{@code closed}/{@code restoring}, the data version, size and CRC of the
 * database at its last clean close: the newest state this PC acknowledged, kept outside the database file;</li>
 * <li>{@code cockpit.lock} — held (an OS lock, released when the process dies) while a process uses the database.</li>
 * </ul>
 * Every file that replaces another is written beside it, forced to the disk and renamed into place, so a kill or a
 * power cut leaves the old file or the new one, never a part.
 */
final class StoreFiles implements AutoCloseable {
    static final String BASE = ".base";
    static final String STATE = ".state";
    static final String LOCK = ".lock";
    static final String JOURNAL = ".journal";
    /** Transient files: a first run being seeded, a recovery being rebuilt, a backup being restored. */
    static final String CREATING = ".creating";
    static final String RECOVERING = ".recovering";
    static final String RESTORING = ".restoring";
    /** The database file an unclean end left, kept (the newest one) when it was rebuilt from the base and the journal. */
    static final String CRASHED = ".crashed";
    private static final String TMP = ".tmp";

    /** What {@code cockpit.state} says. */
    enum Status { OPEN, CLOSED, RESTORING }

    /**
     * The state file: the status, the data version at the last clean close (or of the file being restored), and the
     * database file's size and CRC-32C at that close.
     */
    record State(Status status, long version, long size, long crc) {
        State with(Status s) {
            return new State(s, version, size, crc);
        }
    }

    /** The size and CRC-32C of a file's bytes. */
    record Digest(long size, long crc) {
        boolean matches(State s) {
            return s != null && size == s.size() && crc == s.crc();
        }
    }

    final Path main;
    final Path base;
    final Path state;
    final Path journal;
    final Path lockFile;
    private final String stem;
    private FileChannel lockChannel;
    private FileLock lock;

    private StoreFiles(Path main) {
        this.main = main;
        String name = main.getFileName().toString();
        this.stem = name.substring(0, name.length() - Database.SUFFIX.length());
        this.base = sibling(BASE);
        this.state = sibling(STATE);
        this.journal = sibling(JOURNAL);
        this.lockFile = sibling(LOCK);
    }

    /** A file beside the database: {@code cockpit<suffix>}. */
    Path sibling(String suffix) {
        return main.resolveSibling(stem + suffix);
    }

    /** A database file beside it, named for H2: {@code cockpit<infix>.mv.db}. */
    Path database(String infix) {
        return main.resolveSibling(stem + infix + Database.SUFFIX);
    }

    /**
     * Takes the database's lock before anything is read or written: a second cockpit on the same file is refused here,
     * before it could start a recovery under the first one's feet. Refuses a folder given as the database.
     */
    static StoreFiles lock(Path given) {
        if (Files.isDirectory(given)) {
            throw new StoreException(Text.of("store.db-is-folder", given, given.resolve("cockpit" + Database.SUFFIX)));
        }
        String typed = given.getFileName() == null ? "" : given.getFileName().toString();
        if (Files.isRegularFile(given) && !typed.endsWith(Database.SUFFIX)) {
            throw new StoreException(Text.of("store.db-not-cockpit-file", given, Database.SUFFIX));
        }
        Path main = Database.normalise(given);
        if (Files.isDirectory(main)) {
            throw new StoreException(Text.of("store.path-is-folder", main));
        }
        if (Files.exists(main) && !Files.isRegularFile(main)) {
            throw new StoreException(Text.of("store.path-not-a-file", main));
        }
        Path dir = main.getParent();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException(Text.of("store.create-folder-failed", dir, reason(e)), e);
        }
        StoreFiles f = new StoreFiles(main);
        for (Path p : new Path[] {f.lockFile, f.state, f.journal, f.base}) {
            if (Files.isDirectory(p)) {
                throw new StoreException(Text.of("store.sibling-is-folder", p));
            }
        }
        if (Files.exists(main) && readOnly(main)) {
            throw new StoreException(Text.of("store.read-only", main));
        }
        try {
            f.lockChannel = FileChannel.open(f.lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            f.lock = f.lockChannel.tryLock();
        } catch (OverlappingFileLockException e) {
            f.lock = null;
        } catch (IOException e) {
            f.close();
            throw new StoreException(Text.of("store.folder-not-writable", dir, reason(e)), e);
        }
        if (f.lock == null) {
            f.close();
            throw inUse(main, null);
        }
        return f;
    }

    /** A file marked read-only (its owner may not write it; Windows' read-only attribute), also for an administrator. */
    static boolean readOnly(Path file) {
        try {
            var posix = Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class);
            if (posix != null) {
                return !posix.readAttributes().permissions().contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
            }
            var dos = Files.getFileAttributeView(file, java.nio.file.attribute.DosFileAttributeView.class);
            if (dos != null) {
                return dos.readAttributes().isReadOnly();
            }
        } catch (IOException e) {
            // fall through
        }
        return !Files.isWritable(file);
    }

    static StoreException inUse(Path main, Throwable cause) {
        return new StoreException(Text.of("store.in-use", main), cause);
    }

    /** Removes what an interrupted start, recovery or restore left behind (the restore only when not resumable). */
    void removeLeftovers(boolean keepRestoring) {
        for (Path p : new Path[] {database(CREATING), database(RECOVERING), sibling(BASE + TMP), sibling(STATE + TMP),
                sibling(CREATING + ".trace.db"), sibling(RECOVERING + ".trace.db"), database(".probe-base"), database(".probe")}) {
            deleteQuietly(p);
        }
        if (!keepRestoring) {
            deleteQuietly(database(RESTORING));
        }
    }

    // ---- the state file ----

    /** The state file, or null when there is none (a database this protocol has not closed yet) or it is unreadable. */
    State readState() {
        if (!Files.exists(state)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(state)) {
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return new State(Status.valueOf(p.getProperty("status")), Long.parseLong(p.getProperty("version")),
                    Long.parseLong(p.getProperty("size")), Long.parseLong(p.getProperty("crc")));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    void writeState(State s) {
        String text = "# 驾驶舱数据库的状态(请勿修改)/ the cockpit database's state (do not edit)\n"
                + "status=" + s.status() + "\nversion=" + s.version() + "\nsize=" + s.size() + "\ncrc=" + s.crc() + "\n";
        replace(state, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }

    // ---- digests and copies ----

    /** Size and CRC-32C of a file. */
    static Digest digest(Path file) {
        CRC32C crc = new CRC32C();
        long size = 0;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
                size += n;
            }
        } catch (IOException e) {
            throw new StoreException(Text.of("store.read-failed-file", file, reason(e)), e);
        }
        return new Digest(size, crc.getValue());
    }

    /** Copies {@code from} over {@code to} whole or not at all (beside it, forced, renamed); returns the copy's digest. */
    Digest copyReplacing(Path from, Path to) {
        Digest[] d = new Digest[1];
        replace(to, out -> {
            CRC32C crc = new CRC32C();
            long size = 0;
            byte[] buffer = new byte[1 << 16];
            try (InputStream in = Files.newInputStream(from)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    out.write(buffer, 0, n);
                    crc.update(buffer, 0, n);
                    size += n;
                }
            }
            d[0] = new Digest(size, crc.getValue());
        });
        return d[0];
    }

    /** Copies a file to a new name (not replacing), forced to the disk. */
    static void copyForced(Path from, Path to) throws IOException {
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        force(to);
    }

    @FunctionalInterface
    interface Content {
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code target} beside itself, forces it to the disk and renames it into place, then forces the folder. */
    void replace(Path target, Content content) {
        Path tmp = target.resolveSibling(target.getFileName() + TMP);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = java.nio.channels.Channels.newOutputStream(ch)) {
                content.write(out);
                out.flush();
                ch.force(true);
            }
            moveAtomic(tmp, target);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new StoreException(Text.of("store.write-failed-file", target, reason(e)), e);
        }
    }

    /** Renames {@code from} onto {@code to} atomically (replacing it) and forces the folder, so the rename survives a power cut. */
    static void moveAtomic(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        forceFolder(to.getParent());
    }

    static void force(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Forces a folder's entries to the disk (Linux); Windows cannot open a folder and makes renames durable itself. */
    static void forceFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows: a folder is not a file; NTFS journals the rename
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // removed at the next start
        }
    }

    /** Removes the journal (everything in it is in the base now) and forces the folder. */
    void removeJournal() {
        try {
            if (Files.deleteIfExists(journal)) {
                forceFolder(main.getParent());
            }
        } catch (IOException e) {
            // harmless: its entries are at or below the base's version, replay skips them
        }
    }

    /** The free bytes of the database's disk, or -1 when unknown. */
    long usableSpace() {
        try {
            return Files.getFileStore(main.getParent()).getUsableSpace();
        } catch (IOException e) {
            return -1;
        }
    }

    /** A short reason for a file failure: a full disk, no permission, or the system's words (as the system says them). */
    static Text reason(IOException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("No space left") || m.contains("not enough space") || m.contains("There is not enough space")) {
            return Text.of("store.reason-disk-full");
        }
        if (e instanceof AccessDeniedException || m.contains("Permission denied") || m.contains("Read-only file system")) {
            return Text.of("store.reason-no-permission");
        }
        if (e instanceof NoSuchFileException) {
            return Text.of("store.reason-no-such-file");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return Text.of("store.reason-name-in-the-way");
        }
        if (e instanceof java.nio.file.NotDirectoryException || m.contains("Not a directory")) {
            return Text.of("store.reason-not-a-folder");
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return Text.of("store.reason-system", fse.getReason());
        }
        return Text.of("store.reason-system", m.isEmpty() ? e.getClass().getSimpleName() : m);
    }

    /** True when the failure, or one of its causes, suppressed or chained exceptions, is a full disk. */
    static boolean diskFull(Throwable e) {
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (t == null || !seen.add(t)) {
                continue;
            }
            String m = t.getMessage();
            if (m != null && (m.contains("No space left") || m.contains("not enough space") || m.contains("磁盘空间不足"))) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.List.of(t.getSuppressed()));
            if (t instanceof java.sql.SQLException se && se.getNextException() != null) {
                todo.add(se.getNextException());
            }
        }
        return false;
    }

    /** Releases the lock (a kill releases it too). */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException ignored) {
            // the channel's close releases it
        }
        lock = null;
        if (lockChannel != null) {
            try {
                lockChannel.close();
            } catch (IOException ignored) {
                // best effort
            }
            lockChannel = null;
        }
    }
}
