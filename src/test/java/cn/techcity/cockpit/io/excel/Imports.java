package cn.techcity.cockpit.io.excel;

import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.store.CockpitStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Tests' shortcut to plan and apply an import directly on a store (the product goes through the session). */
public final class Imports {
    private Imports() {
    }

    /** Plans the import of {@code file} against the store as it is now (reads only). */
    public static ImportPlan read(Path file, CockpitStore store) {
        return read(file, store, null);
    }

    /** As the session does: values saved since the export by anyone but {@code who} are conflicts. */
    public static ImportPlan read(Path file, CockpitStore store, String who) {
        return ExcelImport.read(file, store.load(), store::load, since -> {
            Map<String, AuditEntry> all = new HashMap<>(store.changesSince(since));
            if (who != null) {
                all.values().removeIf(a -> who.equals(a.who()));
            }
            return all;
        });
    }

    /** Writes a valid plan in one transaction with audit rows; returns the number of values changed. */
    public static int apply(CockpitStore store, String who, ImportPlan plan) {
        if (!plan.valid()) {
            throw new IllegalArgumentException("a plan with problems cannot be applied");
        }
        if (plan.changes().isEmpty()) {
            return 0;
        }
        return store.saveImport(who, plan.figureEdits(), plan.targetEdits(), plan.taskEdits());
    }
}
