package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * How the store's statements run and stay durable: reads, transactions, the journaling of a save before it is
 * acknowledged, the rebuild after a write the journal does not hold, a lost server connection, and the close. The
 * write protocol itself is {@link SafeStart}'s, {@link StoreFiles}' and {@link SaveJournal}'s.
 */
final class Transactions {
    /** The store's logger, as before the store was split into parts: the log file names it. */
    private static final System.Logger LOG = System.getLogger(CockpitStore.class.getName());
    private final StoreContext ctx;
    /**
     * The database file may hold something the journal does not (a commit that failed half-way, or a save whose journal
     * line could not be written): it is not made the base at close, and the next open rebuilds it.
     */
    private boolean suspect;
    /** The rebuild after a suspect write failed too (a full disk): nothing more is read or written until a restart. */
    private StoreException broken;

    Transactions(StoreContext ctx) {
        this.ctx = ctx;
    }

    /** A piece of work on the connection. */
    @FunctionalInterface
    interface SqlWork<T> {
        T run() throws SQLException;
    }

    /** Backs up the database when today has no backup yet (at start, and from a daily timer); the newest 14 are kept. */
    Optional<Path> backupIfDue(LocalDateTime now) {
        if (!ctx.db.embedded()) {
            return Optional.empty();   // a server is backed up by its administrator (pg_dump): README
        }
        return sql(() -> Backups.backupIfDue(ctx.db, now));
    }

    <T> T sql(SqlWork<T> work) {
        usable();
        try {
            return work.run();
        } catch (SQLException e) {
            if (ctx.files != null && inDoubt(e)) {
                suspect = true;     // not made the base at close: the next open rebuilds it
            }
            throw failure(e, Text.of("store.read-failed"));
        }
    }

    /**
     * The failure of a statement for the clerk. A server connection that was lost is opened again (if the server is back)
     * for the next operation; this one is reported, never retried behind the clerk's back.
     */
    private StoreException failure(SQLException e, Text embeddedMessage) {
        LOG.log(System.Logger.Level.WARNING, "database operation failed", e);
        if (ctx.db.embedded()) {
            return new StoreException(embeddedMessage, e);
        }
        boolean closed;
        try {
            closed = ctx.c.isClosed();
        } catch (SQLException gone) {
            closed = true;
        }
        // lost now, or lost before and the reconnect then failed (the server was still away): connect again
        if (Database.lost(e) || closed) {
            try {
                ctx.db.reconnect();
                ctx.c = ctx.db.connection();
            } catch (StoreException stillAway) {
                // the next operation tries again
            }
        }
        return Database.translate(e, ctx.db.target());
    }

    /**
     * Runs {@code work} as one transaction and, when it changed something (the data version moved), journals the
     * operation, forced to the disk, before the save is acknowledged. When the journal cannot be written (a full disk)
     * the save is not acknowledged: the database is rebuilt from its base and journal at once, without it.
     */
    <T> T journaled(SaveJournal.Op op, SqlWork<T> work) {
        long[] versions = new long[2];
        T result = inTransaction(() -> {
            versions[0] = currentVersion();
            T r = work.run();
            versions[1] = currentVersion();
            return r;
        });
        if (!ctx.replaying && ctx.journal != null && versions[1] > versions[0]) {
            try {
                ctx.journal.append(versions[1], op);
            } catch (SaveJournal.JournalException e) {
                LOG.log(System.Logger.Level.ERROR, "the save journal could not be written; the save is undone", e);
                rebuild(e);
                throw new StoreException(Text.of("store.save-failed-journal", e.reason(), afterFailure()), e);
            }
        }
        return result;
    }

    private long currentVersion() throws SQLException {
        try (Statement s = ctx.c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM data_version WHERE id = 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Moves the data version: every save does, inside its transaction (the journal orders its entries by it). */
    void bumpVersion() throws SQLException {
        try (Statement s = ctx.c.createStatement()) {
            s.executeUpdate("UPDATE data_version SET version = version + 1 WHERE id = 1");
        }
    }

    /** Runs {@code work} as one transaction: all of it is saved, or (on any failure) none of it. */
    <T> T inTransaction(SqlWork<T> work) {
        usable();
        boolean committing = false;
        try {
            ctx.c.setAutoCommit(false);
            try {
                T result = work.run();
                committing = true;
                ctx.c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    ctx.c.rollback();
                } catch (SQLException lost) {
                    committing = true;     // the rollback failed too: the file is in doubt
                }
                throw e;
            } finally {
                try {
                    ctx.c.setAutoCommit(true);
                } catch (SQLException lost) {
                    // reported below
                }
            }
        } catch (SQLException e) {
            if (ctx.files != null && (committing || inDoubt(e))) {
                LOG.log(System.Logger.Level.ERROR, "a save failed while H2 wrote it; the database is rebuilt from its base and journal", e);
                boolean full = StoreFiles.diskFull(e);
                rebuild(e);
                throw new StoreException(Text.of(full ? "store.save-failed-disk-full" : "store.save-failed-write", afterFailure()), e);
            }
            throw failure(e, Text.of("store.save-failed"));
        }
    }

    /** A failure that may have left part of a transaction in the file (H2 could not write, or closed itself). */
    private boolean inDoubt(SQLException e) {
        int code = e.getErrorCode();
        if (StoreFiles.diskFull(e) || code == 90028 || code == 90031 || code == 90030 || code == 90098 || code == 50000
                || code == 90108) {
            return true;
        }
        try {
            return ctx.c.isClosed() || !ctx.c.isValid(2);
        } catch (SQLException gone) {
            return true;
        }
    }

    /**
     * After a write the journal does not hold (or may hold only in part), the database file is rebuilt from the base and
     * the journal, so that what the clerk sees is what was acknowledged. When that fails too (a full disk), the store
     * stops: the state stays OPEN and the next start rebuilds it.
     */
    private void rebuild(Throwable cause) {
        suspect = true;
        ctx.db.closeChecked();
        ctx.journal.close();
        try {
            StoreFiles.State st = ctx.files.readState();
            SafeStart.recover(ctx.files, st == null ? new StoreFiles.State(StoreFiles.Status.OPEN, -1, 0, 0) : st);
            ctx.files.writeState(ctx.files.readState().with(StoreFiles.Status.OPEN));
            ctx.db = Database.open(ctx.files.main);
            ctx.c = ctx.db.connection();
            suspect = false;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the database could not be rebuilt now; the next start does it", e);
            boolean full = StoreFiles.diskFull(e) || StoreFiles.diskFull(cause);
            broken = new StoreException(Text.of(full ? "store.needs-recovery-disk-full" : "store.needs-recovery"), e);
        }
    }

    private Text afterFailure() {
        return Text.of(broken == null ? "store.data-intact" : "store.data-intact-restart");
    }

    /** Refuses every operation after a failed rebuild (see {@link #rebuild}). */
    private void usable() {
        if (broken != null) {
            throw broken;
        }
    }

    /**
     * Closes the database. The embedded file, closed cleanly, becomes the new base and the state records its version:
     * the journal is then emptied. A file in doubt is left for the next open to rebuild.
     */
    void close() {
        if (ctx.files == null) {
            ctx.db.close();
            return;
        }
        try {
            if (broken != null) {
                return;
            }
            long version = -1;
            if (!suspect) {
                try {
                    version = currentVersion();
                } catch (SQLException e) {
                    LOG.log(System.Logger.Level.WARNING, "reading the data version at close failed", e);
                }
            }
            boolean closed = ctx.db.closeChecked();
            ctx.journal.close();
            if (closed && version >= 0) {
                SafeStart.closeClean(ctx.files, version);
            }
        } finally {
            ctx.files.close();
        }
    }

    /**
     * Leaves the store as a kill would, for the tests of the protocol: H2 is closed (its file may hold anything), the
     * state stays OPEN, the base and journal are not touched, and the lock is released.
     */
    void abandon() {
        ctx.db.closeChecked();
        if (ctx.journal != null) {
            ctx.journal.close();
        }
        if (ctx.files != null) {
            ctx.files.close();
        }
    }

    /** Closes the H2 file only (recovery, first run: the caller handles the files). */
    void closeRaw() {
        if (!ctx.db.closeChecked()) {
            throw new StoreException(Text.of("store.not-closed-cleanly"));
        }
    }
}
