package cn.techcity.cockpit.store;

import java.sql.Connection;

/**
 * What the parts of a {@link CockpitStore} share: the database and its connection, the protocol files and the journal,
 * and whether a replay is running. The database and the connection change when a lost server connection is opened
 * again and when a failed write is rebuilt ({@link Transactions}): read them at each use, never keep them.
 */
final class StoreContext {
    Database db;
    Connection c;
    /** The embedded file's protocol files (ADR 0010); null for a server, which keeps its own log, and for raw opens. */
    final StoreFiles files;
    /** The journal of acknowledged saves (ADR 0006); null when {@link #files} is. */
    final SaveJournal journal;
    /** The journal is being replayed: the author is the one journaled, and nothing is journaled again. */
    boolean replaying;

    StoreContext(Database db, StoreFiles files) {
        this.db = db;
        this.c = db.connection();
        this.files = files;
        this.journal = files == null ? null : new SaveJournal(files.journal);
    }
}
