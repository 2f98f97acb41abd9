package cn.techcity.cockpit.store;

import java.time.Instant;
import java.util.List;

/**
 * The optimistic check of a save: a row that changed since the editor loaded it is a conflict. Each conflict says the
 * value now in the store, who saved it and when (when the row keeps them), and then nothing of the save is written.
 */
final class VersionCheck {
    private final List<ConflictException.Conflict> conflicts;

    /** Records the conflicts it finds into {@code conflicts} (one save's, which may span several checks). */
    VersionCheck(List<ConflictException.Conflict> conflicts) {
        this.conflicts = conflicts;
    }

    /** A field an edit may set: its name, whether the edit sets it, and the value the store holds now. */
    record Field(String name, boolean set, String theirValue) {
    }

    /**
     * Compares the version the editor loaded ({@code expected}; {@link FigureEdit#ABSENT}: there was no row) with the
     * stored one ({@code stored}; ABSENT: there is no row now). {@link FigureEdit#ANY_VERSION} is not checked. When they
     * differ the row changed: a conflict is recorded for each of {@code fields} the edit sets, and this returns true.
     */
    boolean changed(String key, int expected, int stored, String by, Instant when, Field... fields) {
        if (expected == FigureEdit.ANY_VERSION || stored == expected) {
            return false;
        }
        for (Field f : fields) {
            if (f.set()) {
                conflicts.add(new ConflictException.Conflict(key, f.name(), f.theirValue(), by, when));
            }
        }
        return true;
    }
}
