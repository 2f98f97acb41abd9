package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The accounts of the shared mode and who is signed in at this seat; and the author a save carries, which every write
 * asks for first ({@link #author}).
 */
final class Accounts {
    private final StoreContext ctx;
    private final Transactions tx;
    private final AuditTrail trail;
    /** Who is signed in (shared mode); on one PC the clerk names themselves and no login is needed. */
    private Account session;

    Accounts(StoreContext ctx, Transactions tx, AuditTrail trail) {
        this.ctx = ctx;
        this.tx = tx;
        this.trail = trail;
    }

    /** The name a save by {@code clerk} would carry: the signed-in account in the shared mode (null when none). */
    String authorName(String clerk) {
        if (!ctx.db.target().shared()) {
            return clerk;
        }
        return session == null ? null : session.username();
    }

    /** Before a save: the signed-in author in the shared mode (an editor or admin), else the clerk as given. */
    String author(String clerk) {
        if (ctx.replaying || !ctx.db.target().shared()) {
            return Objects.requireNonNull(clerk, "who");
        }
        if (session == null || !session.role().mayEdit()) {
            throw new StoreException(session == null ? Text.of("store.editor-login-needed")
                    : Text.of("store.editor-login-needed-viewer", session.username()));
        }
        // the account as it is now: an admin at another seat may have disabled it or made it a viewer since the login
        Role now = currentRole(session.username());
        if (now == null || !now.mayEdit()) {
            String name = session.username();
            session = now == null ? null : new Account(name, now);
            throw new StoreException(Text.of(now == null ? "store.account-disabled" : "store.account-now-viewer", name));
        }
        return session.username();
    }

    /** Signed in as an admin whose account is still an enabled admin (another seat may have changed it since). */
    private boolean isAdminNow() {
        return session != null && session.role() == Role.ADMIN && currentRole(session.username()) == Role.ADMIN;
    }

    /** The role of an account that is not disabled, or null. */
    private Role currentRole(String username) {
        return tx.sql(() -> {
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT role FROM account WHERE username = ? AND disabled = FALSE")) {
                p.setString(1, username);
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? Role.valueOf(rs.getString(1)) : null;
                }
            }
        });
    }

    /** Whether saving needs a login: the store is on a server shared by several seats. */
    boolean shared() {
        return ctx.db.target().shared();
    }

    Optional<Account> session() {
        return Optional.ofNullable(session);
    }

    /**
     * Signs in. A wrong name or a wrong password get the same answer (and take the same time), so that names cannot be
     * probed.
     */
    Account login(String username, char[] password) {
        record Stored(Passwords.Hashed hashed, Role role) {
        }
        Stored stored = tx.sql(() -> {
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT salt, hash, iterations, role FROM account WHERE username = ?"
                    + " AND disabled = FALSE")) {
                p.setString(1, username.strip());
                try (ResultSet rs = p.executeQuery()) {
                    return rs.next() ? new Stored(new Passwords.Hashed(rs.getString(1), rs.getString(2), rs.getInt(3)),
                            Role.valueOf(rs.getString(4))) : null;
                }
            }
        });
        boolean ok = Passwords.matches(password, stored != null ? stored.hashed() : Passwords.Hashed.DUMMY) && stored != null;
        if (!ok) {
            throw new StoreException(Text.of("store.wrong-login"));
        }
        Role role = stored.role();
        session = new Account(username.strip(), role);
        return session;
    }

    void logout() {
        session = null;
    }

    /** The accounts, without their password hashes. */
    List<Account> accounts() {
        return tx.sql(() -> {
            List<Account> out = new ArrayList<>();
            try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT username, role FROM account"
                    + " WHERE disabled = FALSE ORDER BY username")) {
                while (rs.next()) {
                    out.add(new Account(rs.getString(1), Role.valueOf(rs.getString(2))));
                }
            }
            return out;
        });
    }

    /**
     * Adds an account. The first account of a store must be an admin and needs no login; after that only a signed-in
     * admin adds accounts. An audit row records it (never the password).
     */
    void addAccount(String username, Role role, char[] password) {
        String name = username == null ? "" : username.strip();
        if (!name.matches("[\\p{L}\\p{N}._-]{2,40}")) {
            throw new StoreException(Text.of("store.bad-user-name", username));
        }
        Text weak = Passwords.weakness(name, password);
        if (weak != null) {
            throw new StoreException(Text.of("store.password-weak", weak));
        }
        boolean first = accounts().isEmpty();
        if (first && role != Role.ADMIN) {
            throw new StoreException(Text.of("store.first-account-admin"));
        }
        if (!first && !isAdminNow()) {
            throw new StoreException(Text.of("store.admin-to-add"));
        }
        Passwords.Hashed h = Passwords.hash(password);
        String by = first ? name : session.username();
        insertAccount(new SaveJournal.AccountAdd(by, name, role.name(), h.salt(), h.hash(), h.iterations()));
    }

    void insertAccount(SaveJournal.AccountAdd a) {
        tx.journaled(a, () -> {
            try (PreparedStatement p = ctx.c.prepareStatement("SELECT COUNT(*) FROM account WHERE username = ?")) {
                p.setString(1, a.name());
                try (ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        throw new StoreException(Text.of("store.account-exists", a.name()));
                    }
                }
            }
            try (PreparedStatement p = ctx.c.prepareStatement("INSERT INTO account (username, role, salt, hash, iterations, created_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, a.name());
                p.setString(2, a.role());
                p.setString(3, a.salt());
                p.setString(4, a.hash());
                p.setInt(5, a.iterations());
                p.setObject(6, OffsetDateTime.now(ZoneOffset.UTC));
                p.executeUpdate();
            }
            trail.audit(Instant.now(), a.who(), "account", a.name(), "role", null, a.role());
            accountVersion();
            return null;
        });
    }

    /**
     * Sets a password: one's own (signed in as that account) or, for a signed-in admin, anyone's (a forgotten password).
     * An audit row records that it changed, never the password or its hash.
     */
    void setPassword(String username, char[] password) {
        String name = username == null ? "" : username.strip();
        if (session == null || !(session.username().equals(name) || isAdminNow())) {
            throw new StoreException(Text.of("store.admin-for-password"));
        }
        Text weak = Passwords.weakness(name, password);
        if (weak != null) {
            throw new StoreException(Text.of("store.password-weak", weak));
        }
        Passwords.Hashed h = Passwords.hash(password);
        updatePassword(new SaveJournal.AccountPassword(session.username(), name, h.salt(), h.hash(), h.iterations()));
    }

    void updatePassword(SaveJournal.AccountPassword a) {
        tx.journaled(a, () -> {
            try (PreparedStatement p = ctx.c.prepareStatement("UPDATE account SET salt = ?, hash = ?, iterations = ?"
                    + " WHERE username = ? AND disabled = FALSE")) {
                p.setString(1, a.salt());
                p.setString(2, a.hash());
                p.setInt(3, a.iterations());
                p.setString(4, a.name());
                if (p.executeUpdate() != 1) {
                    throw new StoreException(Text.of("store.no-such-account", a.name()));
                }
            }
            trail.audit(Instant.now(), a.who(), "account", a.name(), "password", null, "changed");
            accountVersion();
            return null;
        });
    }

    /**
     * Disables an account (a clerk who left): it can no longer sign in, and a seat still signed in with it can no longer
     * save. Only a signed-in admin; never oneself, never the last admin. Its name stays in the audit rows.
     */
    void disableAccount(String username) {
        String name = username == null ? "" : username.strip();
        if (!isAdminNow()) {
            throw new StoreException(Text.of("store.admin-to-disable"));
        }
        if (session.username().equals(name)) {
            throw new StoreException(Text.of("store.disable-self"));
        }
        markDisabled(new SaveJournal.AccountDisable(session.username(), name));
    }

    void markDisabled(SaveJournal.AccountDisable a) {
        String name = a.name();
        tx.journaled(a, () -> {
            Role role = currentRole(name);
            if (role == null) {
                throw new StoreException(Text.of("store.no-such-account-to-disable", name));
            }
            if (role == Role.ADMIN) {
                try (PreparedStatement p = ctx.c.prepareStatement("SELECT COUNT(*) FROM account WHERE role = 'ADMIN' AND disabled = FALSE");
                     ResultSet rs = p.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) <= 1) {
                        throw new StoreException(Text.of("store.last-admin"));
                    }
                }
            }
            try (PreparedStatement p = ctx.c.prepareStatement("UPDATE account SET disabled = TRUE WHERE username = ?")) {
                p.setString(1, name);
                p.executeUpdate();
            }
            trail.audit(Instant.now(), a.who(), "account", name, "disabled", "false", "true");
            accountVersion();
            return null;
        });
    }

    /**
     * An account change is not cockpit data: a server's seats do not read again for it. The embedded journal orders
     * its entries by data version, so there it moves the version like any save.
     */
    private void accountVersion() throws SQLException {
        if (ctx.journal != null || ctx.replaying) {
            tx.bumpVersion();
        }
    }
}
