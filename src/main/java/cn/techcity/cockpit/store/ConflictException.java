package cn.techcity.cockpit.store;

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
        super("保存被拒绝:" + conflicts.size() + " 个单元格在您打开后已被他人修改,未写入任何数据。 / Save refused: "
                + conflicts.size() + " cell(s) were changed by someone else since you loaded them; nothing was written.");
        this.conflicts = List.copyOf(conflicts);
    }

    public List<Conflict> conflicts() {
        return conflicts;
    }
}
