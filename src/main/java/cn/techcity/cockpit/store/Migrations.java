package cn.techcity.cockpit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * Versioned schema migrations, applied in order, each in its own transaction, recorded in {@code schema_version} with a
 * checksum. A few lines instead of Flyway, which cost ~370 ms of every start on an up-to-date database
 * (docs/decisions/0002-own-schema-migrations.md).
 */
public final class Migrations {
    /** Every migration, oldest first. Add a script here and under db/migration; never edit an applied one. */
    static final List<String> SCRIPTS = List.of("V1__schema.sql");

    private Migrations() {
    }

    /** The schema version this build writes. */
    public static int latestVersion() {
        return SCRIPTS.size();
    }

    /** Applies what is missing; returns the number of scripts applied. */
    public static int migrate(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, script VARCHAR(200) NOT NULL,"
                    + " checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int current = currentVersion(c);
        if (current > SCRIPTS.size()) {
            throw new StoreException("数据库由更新版本的驾驶舱写入(结构版本 " + current + ",本程序支持到 " + SCRIPTS.size()
                    + "),请升级程序。 / The database was written by a newer version of the cockpit (schema " + current
                    + ", this build knows up to " + SCRIPTS.size() + "): upgrade the application.");
        }
        int applied = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= SCRIPTS.size(); v++) {
                String name = SCRIPTS.get(v - 1);
                String sql = read(name);
                try (Statement s = c.createStatement()) {
                    for (String statement : splitStatements(sql)) {
                        s.execute(statement);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_version (version, script, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, name);
                    p.setString(3, sha256(sql));
                    p.setObject(4, OffsetDateTime.now());
                    p.executeUpdate();
                }
                c.commit();
                applied++;
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String read(String name) {
        String path = "/db/migration/" + name;
        try (InputStream in = Objects.requireNonNull(Migrations.class.getResourceAsStream(path),
                "Resource not found: " + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("无法读取数据库结构脚本 " + path + " / cannot read migration " + path, e);
        }
    }

    /** Splits on semicolons at line ends; our scripts keep one statement per semicolon and no semicolons in strings. */
    static List<String> splitStatements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            clean.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
        }
        return java.util.Arrays.stream(clean.toString().split(";")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
