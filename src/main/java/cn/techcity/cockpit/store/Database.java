package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The database connection: the embedded H2 file (one PC), or a server several seats share (PostgreSQL, H2 TCP). One
 * connection, used only from the {@link DbExecutor} thread; a server connection that was lost is opened again at the
 * next operation ({@link #reconnect}). Embedded: {@code WRITE_DELAY=0}, a commit is on disk when it returns.
 */
public final class Database implements AutoCloseable {
    /** The PostgreSQL roles the migrations grant to, when they exist (README: shared mode). */
    public static final String EDITOR_ROLE = "cockpit_editor";
    public static final String VIEWER_ROLE = "cockpit_viewer";

    /** The file suffix H2 adds; {@code --db} accepts the path with or without it. */
    public static final String SUFFIX = ".mv.db";
    /**
     * H2's page cache in KB. The whole committee's database is a few MB; a 4 MB cache holds its hot part and keeps the
     * heap of a wall that runs for weeks flat (with the default the cache kept growing with the audit log: +11.6 MB
     * over 2,880 soak rotations against +0.5 MB without the database).
     */
    static final int CACHE_KB = 4096;

    private final DbTarget target;
    private final Path file;
    private Connection connection;
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private Database(DbTarget target, Path file, Connection connection) {
        this.target = target;
        this.file = file;
        this.connection = connection;
    }

    /** Opens the server {@code --db} names (the embedded file opens through {@link SafeStart}). */
    static Database openServer(DbTarget target) {
        Connection c = connectServer(target);
        try {
            Migrations.migrate(c);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof SQLException se && "42501".equals(se.getSQLState())) {
                throw new StoreException(Text.of("store.server-not-set-up", target), se);
            }
            if (e instanceof SQLException se) {
                throw translate(se, target);
            }
            if (e instanceof StoreException st) {
                throw st;
            }
            LOG.log(System.Logger.Level.ERROR, "schema migration failed: " + target.display(), e);
            throw new StoreException(Text.of("store.migration-failed-server", target), e);
        }
        return new Database(target, null, c);
    }

    private static Connection connectServer(DbTarget target) {
        java.util.Properties p = new java.util.Properties();
        if (target.user() != null) {
            p.setProperty("user", target.user());
        }
        if (target.password() != null) {
            p.setProperty("password", target.password());
        }
        if (target.kind() == DbTarget.Kind.POSTGRESQL) {
            p.setProperty("ApplicationName", "TechCityCockpit");
            p.setProperty("connectTimeout", "5");
            p.setProperty("socketTimeout", "60");
            p.setProperty("tcpKeepAlive", "true");
        }
        try {
            return DriverManager.getConnection(target.url(), p);
        } catch (SQLException e) {
            throw translate(e, target);
        }
    }

    /** True when the last failure means the connection to the server is gone (network, server restart). */
    static boolean lost(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03")) || e.getErrorCode() == 90067 || e.getErrorCode() == 90121;
    }

    /** Opens the server connection again after it was lost; throws a clear message while the server is away. */
    void reconnect() {
        if (target.kind() == DbTarget.Kind.EMBEDDED) {
            return;
        }
        closeQuietly(connection);
        connection = connectServer(target);
    }

    public DbTarget target() { return target; }

    public boolean postgres() { return target.kind() == DbTarget.Kind.POSTGRESQL; }

    public boolean embedded() { return target.kind() == DbTarget.Kind.EMBEDDED; }

    /** The clerk-facing message of a server failure (wrong password, no server, no right to write …). */
    static StoreException translate(SQLException e, DbTarget target) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String where = target.display();
        if (state.equals("28P01") || state.equals("28000") || e.getErrorCode() == 28000) {
            return new StoreException(Text.of("store.wrong-db-login", where), e);
        }
        if (state.equals("3D000")) {
            return new StoreException(Text.of("store.no-such-database", where), e);
        }
        if (state.equals("42501")) {
            return new StoreException(Text.of("store.read-only-account", where), e);
        }
        if (lost(e) || state.startsWith("08")) {
            return new StoreException(Text.of("store.server-unreachable", where), e);
        }
        LOG.log(System.Logger.Level.WARNING, "database server error: " + where, e);
        return new StoreException(Text.of("store.server-error", state, where), e);
    }

    /**
     * Opens (or creates) the H2 file at {@code path} and brings its schema up to date. The raw open: the embedded store
     * opens through {@link SafeStart}, which decides first whether the file may be trusted.
     */
    static Database open(Path path) {
        Path file = normalise(path);
        NetworkShare.refuse(file);
        boolean existed = Files.exists(file);
        if (existed && !Files.isRegularFile(file)) {
            throw new StoreException(Text.of("store.path-not-a-file", file));
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException e) {
            throw new StoreException(Text.of("store.create-folder-failed", file.getParent(), StoreFiles.reason(e)), e);
        }
        Connection c;
        try {
            c = DriverManager.getConnection(url(file), "sa", "");
        } catch (SQLException e) {
            throw translate(e, file, existed);
        }
        try {
            if (Migrations.migrate(c) > 0) {
                // the new schema_version rows reach the file now: H2 lost them once when the process was stopped right
                // after a migration (its DDL had reached the file, so the next start found the tables but version 1)
                try (java.sql.Statement s = c.createStatement()) {
                    s.execute("CHECKPOINT SYNC");
                }
            }
        } catch (SQLException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof StoreException se) {
                throw se;
            }
            LOG.log(System.Logger.Level.ERROR, "schema migration failed: " + file, e);
            throw new StoreException(Text.of("store.migration-failed", file), e);
        }
        return new Database(DbTarget.embedded(file), file, c);
    }

    /**
     * What a read-only look at a file found: whether it holds a cockpit's data, its data version and schema version, and
     * a digest of every row (in no particular order): two files with the same rows have the same digest, whatever H2
     * did to its pages.
     */
    record Probe(boolean cockpit, long version, int schema, long content) {
    }

    /**
     * Looks at an H2 file read only (the file is opened for reading: nothing can be written to it) and reads every row
     * of every table, so that a damaged page is found here and not later. Throws the clerk's message when H2 cannot
     * read it.
     */
    static Probe probe(Path path) {
        Path file = normalise(path);
        try {
            return probe(file, true);
        } catch (SQLException e) {
            if (e.getErrorCode() != 90097) {
                throw translate(e, file, true);
            }
        }
        // H2 must write to open it (a file an unclean end left, or one cut short): look at a copy instead
        Path copy = file.resolveSibling(file.getFileName().toString().replace(SUFFIX, "") + ".probe" + SUFFIX);
        try {
            java.nio.file.Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return probe(copy, false);
        } catch (java.io.IOException e) {
            throw new StoreException(Text.of("store.check-db-failed", file, StoreFiles.reason(e)), e);
        } catch (SQLException e) {
            throw translate(e, file, true);
        } finally {
            StoreFiles.deleteQuietly(copy);
            StoreFiles.deleteQuietly(copy.resolveSibling(copy.getFileName().toString().replace(SUFFIX, ".trace.db")));
        }
    }

    private static Probe probe(Path file, boolean readOnly) throws SQLException {
        String base = file.toAbsolutePath().toString();
        base = base.substring(0, base.length() - SUFFIX.length());
        String url = "jdbc:h2:file:" + base + ";IFEXISTS=TRUE;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;CACHE_SIZE=" + CACHE_KB
                + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            java.util.List<String> tables = new java.util.ArrayList<>();
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                    "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.contains("META") || !tables.contains("DATA_VERSION") || !tables.contains("SCHEMA_VERSION")) {
                return new Probe(false, -1, 0, 0);
            }
            long content = 0;
            for (String t : tables) {
                try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        java.util.zip.CRC32C row = new java.util.zip.CRC32C();
                        row.update(t.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        for (int i = 1; i <= columns; i++) {
                            Object v = rs.getObject(i);
                            row.update(String.valueOf(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            row.update(0);
                        }
                        content += row.getValue() * 0x9E3779B97F4A7C15L + 1;     // a sum: the rows' order does not matter
                    }
                }
            }
            readIndexes(c);
            boolean seeded;
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                    "SELECT COUNT(*) FROM meta WHERE meta_key = 'reporting_year'")) {
                rs.next();
                seeded = rs.getInt(1) > 0;
            }
            long version;
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                    "SELECT version FROM data_version WHERE id = 1")) {
                version = rs.next() ? rs.getLong(1) : -1;
            }
            int schema = Migrations.currentVersion(c);
            return new Probe(seeded && version >= 0, version, schema, content);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "H2 failed while reading " + file, e);
            throw unreadable(file, e);
        }
    }

    /**
     * Reads every secondary index whole (the year indexes, the foreign keys' indexes): a damaged index page is found
     * here, at the open, and not by the first view that reads through it.
     */
    private static void readIndexes(Connection c) throws SQLException {
        java.util.Map<String, java.util.List<String>> columns = new java.util.LinkedHashMap<>();
        java.util.Map<String, String> tableOf = new java.util.HashMap<>();
        try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery(
                "SELECT i.TABLE_NAME, i.INDEX_NAME, c.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                        + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME"
                        + " WHERE i.TABLE_SCHEMA = 'PUBLIC' AND i.INDEX_TYPE_NAME <> 'PRIMARY KEY' ORDER BY i.INDEX_NAME, c.ORDINAL_POSITION")) {
            while (rs.next()) {
                tableOf.put(rs.getString(2), rs.getString(1));
                columns.computeIfAbsent(rs.getString(2), k -> new java.util.ArrayList<>()).add("\"" + rs.getString(3) + "\"");
            }
        }
        for (var e : columns.entrySet()) {
            String cols = String.join(", ", e.getValue());
            try (java.sql.Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT " + cols + " FROM \""
                    + tableOf.get(e.getKey()) + "\" USE INDEX (\"" + e.getKey() + "\") ORDER BY " + cols)) {
                while (rs.next()) {
                    rs.getObject(1);
                }
            }
        }
    }

    /** The H2 URL of a file: absolute (a relative H2 URL needs ./), no server, no web console. */
    static String url(Path file) {
        String base = file.toAbsolutePath().toString();
        base = base.substring(0, base.length() - SUFFIX.length());
        return "jdbc:h2:file:" + base + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0;CACHE_SIZE=" + CACHE_KB;
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
            return StoreFiles.inUse(file, e);
        }
        // 90028: H2 could not read the file as a database (garbage, truncated); 90030 corrupt; 90048 other H2 version
        LOG.log(System.Logger.Level.WARNING, "H2 could not open " + file, e);
        if (StoreFiles.diskFull(e)) {
            return new StoreException(Text.of("store.open-disk-full", file), e);
        }
        if (existed) {
            // whatever H2 says of a file that is there (90028, 90030, 90048, 22018 …): it cannot read it as a cockpit's
            return unreadable(file, e);
        }
        return new StoreException(Text.of("store.open-failed", file, Integer.toString(code)), e);
    }

    private static StoreException unreadable(Path file, Throwable e) {
        return new StoreException(Text.of("store.unreadable", file), e);
    }

    /** The embedded file; null for a server. */
    public Path file() { return file; }

    Connection connection() { return connection; }

    @Override
    public void close() {
        closeQuietly(connection);
    }

    /** Closes the database; false when H2 failed to (then the file is not trusted as closed). */
    boolean closeChecked() {
        try {
            connection.close();
            return true;
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, "closing the database failed: " + target.display(), e);
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing is best effort; a commit already reached the disk
        }
    }
}
