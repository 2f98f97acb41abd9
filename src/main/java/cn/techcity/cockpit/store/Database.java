package cn.techcity.cockpit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The embedded H2 file database. One connection, used only from the {@link DbExecutor} thread.
 * {@code WRITE_DELAY=0}: a commit is on disk when it returns, so an acknowledged save survives a killed process.
 */
public final class Database implements AutoCloseable {
    /** The file suffix H2 adds; {@code --db} accepts the path with or without it. */
    public static final String SUFFIX = ".mv.db";
    /**
     * H2's page cache in KB. The whole committee's database is a few MB; a 4 MB cache holds its hot part and keeps the
     * heap of a wall that runs for weeks flat (with the default the cache kept growing with the audit log: +11.6 MB
     * over 2,880 soak rotations against +0.5 MB without the database).
     */
    static final int CACHE_KB = 4096;

    private final Path file;
    private final Connection connection;
    private final boolean created;

    private Database(Path file, Connection connection, boolean created) {
        this.file = file;
        this.connection = connection;
        this.created = created;
    }

    /** Opens (or creates) the database at {@code path} and brings its schema up to date. */
    public static Database open(Path path) {
        Path file = normalise(path);
        boolean existed = Files.exists(file);
        if (existed && !Files.isRegularFile(file)) {
            throw new StoreException("数据库路径不是文件:" + file + " / The database path is not a file: " + file);
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException("无法创建数据文件夹 " + file.getParent() + ":" + e.getMessage()
                    + " / Cannot create the data folder " + file.getParent(), e);
        }
        Connection c;
        try {
            c = DriverManager.getConnection(url(file), "sa", "");
        } catch (SQLException e) {
            throw translate(e, file, existed);
        }
        try {
            Migrations.migrate(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            throw e instanceof StoreException se ? se
                    : new StoreException("数据库结构升级失败:" + e.getMessage() + " / Schema migration failed: " + file, e);
        }
        return new Database(file, c, !existed);
    }

    /** The H2 URL of a file: absolute (a relative H2 URL needs ./), no server, no web console. */
    static String url(Path file) {
        String base = file.toAbsolutePath().toString();
        base = base.substring(0, base.length() - SUFFIX.length());
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB;
    }

    /** {@code foo/cockpit} and {@code foo/cockpit.mv.db} name the same file. */
    public static Path normalise(Path path) {
        String name = path.getFileName().toString();
        Path file = name.endsWith(SUFFIX) ? path : path.resolveSibling(name + SUFFIX);
        return file.toAbsolutePath().normalize();
    }

    private static StoreException translate(SQLException e, Path file, boolean existed) {
        int code = e.getErrorCode();
        if (code == 90020 || (e.getMessage() != null && e.getMessage().contains("Database may be already in use"))) {
            return new StoreException("数据库文件正被另一个程序使用:" + file + "。请先关闭另一个驾驶舱窗口;多人同时使用请改用服务器模式。"
                    + " / The database file is in use by another process: " + file
                    + ". Close the other cockpit first; for several seats use the server mode.", e);
        }
        // 90028: H2 could not read the file as a database (garbage, truncated); 90030 corrupt; 90048 other H2 version
        if (code == 90030 || code == 90048 || (code == 90028 && existed)) {
            return new StoreException("不是驾驶舱可读的数据库文件(已损坏或由不兼容的 H2 版本写入):" + file
                    + "。文件未被改动;请用 --restore 从备份恢复,或用 --db 选择其他文件。"
                    + " / Not a database this cockpit can read (corrupt or written by an incompatible H2 version): "
                    + file + ". The file was not changed; restore a backup or choose another file with --db.", e);
        }
        return new StoreException("无法打开数据库 " + file + ":" + e.getMessage() + " / Cannot open the database " + file, e);
    }

    public Path file() { return file; }

    /** True when this open created the file (first run). */
    public boolean created() { return created; }

    Connection connection() { return connection; }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; a commit already reached the disk
        }
    }
}
