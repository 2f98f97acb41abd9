package cn.techcity.cockpit.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh schema on the PostgreSQL that {@code .ci/postgres-setup} prepares (COCKPIT_TEST_PG, the roles
 * cockpit_owner / cockpit_editor / cockpit_viewer). Without COCKPIT_TEST_PG the PostgreSQL tests are skipped; CI sets it.
 */
final class PgTestDb implements AutoCloseable {
    static final String URL = System.getenv("COCKPIT_TEST_PG");
    static final String OWNER = "cockpit_owner";
    static final String OWNER_PW = System.getenv().getOrDefault("COCKPIT_TEST_PG_OWNER_PW", "owner-test-pw");
    static final String EDITOR = Database.EDITOR_ROLE;
    static final String EDITOR_PW = System.getenv().getOrDefault("COCKPIT_TEST_PG_EDITOR_PW", "editor-test-pw");
    static final String VIEWER = Database.VIEWER_ROLE;
    static final String VIEWER_PW = System.getenv().getOrDefault("COCKPIT_TEST_PG_VIEWER_PW", "viewer-test-pw");

    final String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PgTestDb() throws SQLException {
        assumeTrue(URL != null && !URL.isBlank(), "COCKPIT_TEST_PG not set: PostgreSQL tests skipped (.ci/run sets it)");
        if (!URL.matches("jdbc:postgresql://[^\\s]+")) {
            throw new IllegalStateException("COCKPIT_TEST_PG is not one JDBC URL of PostgreSQL: [" + URL + "]");
        }
        try (Connection c = DriverManager.getConnection(URL, OWNER, OWNER_PW); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    String url() {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    DbTarget as(String user, String password) {
        return DbTarget.parse(url(), user, password);
    }

    DbTarget owner() {
        return as(OWNER, OWNER_PW);
    }

    DbTarget editor() {
        return as(EDITOR, EDITOR_PW);
    }

    DbTarget viewer() {
        return as(VIEWER, VIEWER_PW);
    }

    /** A direct connection as the owner, for what a test does behind the store's back. */
    Connection admin() throws SQLException {
        Connection c = DriverManager.getConnection(url(), OWNER, OWNER_PW);
        return c;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(URL, OWNER, OWNER_PW); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}
