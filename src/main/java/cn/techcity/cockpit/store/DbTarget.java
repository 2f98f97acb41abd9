package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the data lives, as {@code --db} names it: a file path (embedded H2, one PC), or a JDBC URL of a server that
 * several seats share: PostgreSQL ({@code jdbc:postgresql://host/db}) or an H2 TCP server ({@code jdbc:h2:tcp://host/path}).
 *
 * @param user     the database login (servers only)
 * @param password the database password (servers only); never printed
 */
public record DbTarget(Kind kind, Path file, String url, String user, String password) {
    public enum Kind { EMBEDDED, POSTGRESQL, H2_SERVER }

    public static DbTarget embedded(Path file) {
        return new DbTarget(Kind.EMBEDDED, file, null, null, null);
    }

    /**
     * Reads {@code --db}: a JDBC URL or a file path.
     *
     * @throws StoreException for a JDBC URL of another database, or an H2 URL that would open a file embedded
     */
    public static DbTarget parse(String db, String user, String password) {
        String lower = db.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new DbTarget(Kind.POSTGRESQL, null, db.strip(), user, password);
        }
        if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) {
            return new DbTarget(Kind.H2_SERVER, null, db.strip(), user, password);
        }
        if (lower.startsWith("jdbc:")) {
            throw new StoreException(Text.of("store.unsupported-url", db));
        }
        if (NetworkShare.unc(db.strip())) {
            NetworkShare.refuse(db.strip(), "UNC");
        }
        return embedded(Path.of(db));
    }

    /** Several seats share it: saving needs an editor login. */
    public boolean shared() {
        return kind != Kind.EMBEDDED;
    }

    /** For messages: the file, or the URL without its parameters (which may carry a password). */
    public String display() {
        if (kind == Kind.EMBEDDED) {
            return Database.normalise(file).toString();
        }
        int q = url.indexOf('?');
        int semi = url.indexOf(';');
        int cut = q < 0 ? semi : semi < 0 ? q : Math.min(q, semi);
        return (cut < 0 ? url : url.substring(0, cut)) + (user == null ? "" : " (" + user + ")");
    }

    @Override
    public String toString() {
        return display();
    }
}
