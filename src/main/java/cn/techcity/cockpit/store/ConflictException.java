package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Text;
import java.time.Instant;
import java.util.List;

/**
 * A save refused because someone else changed a value since it was loaded: nothing was written, and each conflict
 * says what the other value is, who saved it and when.
 */
public final class ConflictException extends StoreException {
    private static final long serialVersionUID = 1L;

    /** One cell that changed under the editor: its key, field, the value now in the store, who saved it, when. */
    public record Conflict(String entityKey, String field, String theirValue, String who, Instant at) {
    }

    private final transient List<Conflict> conflicts;

    public ConflictException(List<Conflict> conflicts) {
        super(Text.of("store.conflict", Integer.toString(conflicts.size())));
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
