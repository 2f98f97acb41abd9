package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.Target;
import cn.techcity.cockpit.domain.Text;
import java.sql.PreparedStatement;
import java.util.List;

/** Puts journaled saves back into the database (ADR 0006, ADR 0010): each one is done again by the part that did it. */
final class JournalReplay {
    private final StoreContext ctx;
    private final Transactions tx;
    private final StoreReads reads;
    private final Accounts accounts;
    private final FigureWrites figures;
    private final TaskWrites tasks;
    private final RegistryWrites registry;
    private final StructureWrites structure;

    JournalReplay(StoreContext ctx, Transactions tx, StoreReads reads, Accounts accounts, FigureWrites figures, TaskWrites tasks,
                  RegistryWrites registry, StructureWrites structure) {
        this.ctx = ctx;
        this.tx = tx;
        this.reads = reads;
        this.accounts = accounts;
        this.figures = figures;
        this.tasks = tasks;
        this.registry = registry;
        this.structure = structure;
    }

    /**
     * Puts back the journaled saves above the database's version, in order; returns how many. {@code strict}: the
     * first one must follow the database's version (else the base is older than the journal covers: refused), and
     * each one sets the version it had when it was acknowledged. Not strict: the way earlier versions replayed.
     */
    int replay(List<SaveJournal.Entry> entries, boolean strict) {
        long version = reads.dataVersion();
        int count = 0;
        ctx.replaying = true;
        try {
            for (SaveJournal.Entry e : entries) {
                if (e.version() <= version) {
                    continue;
                }
                if (strict && e.version() != version + 1) {
                    throw new StoreException(Text.of("store.journal-gap", Long.toString(version + 1),
                            e.version() > version + 2 ? "–" + (e.version() - 1) : ""));
                }
                apply(SaveJournal.decode(e));
                if (strict) {
                    setVersion(e.version());
                }
                count++;
                version = reads.dataVersion();
            }
        } finally {
            ctx.replaying = false;
        }
        return count;
    }

    /** Does a journaled operation again (replay: no version check, the author as journaled). */
    private void apply(SaveJournal.Op op) {
        switch (op) {
            case SaveJournal.Edits e -> figures.saveEdits(e.who(), e.figures(), e.targets());
            case SaveJournal.Import i -> figures.saveImport(i.who(), i.figures(), i.targets(), i.tasks());
            case SaveJournal.Tasks t -> tasks.saveTasks(t.who(), t.tasks());
            case SaveJournal.Registry r -> registry.saveRegistry(r.who(), r.projects(), r.scores());
            case SaveJournal.TaskStatusChange s -> tasks.updateTaskStatus(s.who(), s.task(), s.status(), s.note());
            case SaveJournal.TargetSet t -> figures.saveTarget(t.who(), Target.of(t.indicator(), t.year(), t.base(), t.stretch()));
            case SaveJournal.ClearSample cs -> figures.clearSampleData(cs.who());
            case SaveJournal.Figures f -> figures.writeFigures(f.who(), f.figures());
            case SaveJournal.AccountAdd a -> accounts.insertAccount(a);
            case SaveJournal.AccountPassword a -> accounts.updatePassword(a);
            case SaveJournal.AccountDisable a -> accounts.markDisabled(a);
            case SaveJournal.Structure st -> structure.replayStructure(st.who(), st.items());
            case SaveJournal.ImportStructure is -> figures.saveImport(is.who(), is.figures(), is.targets(), is.tasks(), is.items(),
                    structure);
            case SaveJournal.StartYear y -> structure.replayStartYear(y.who(), y.year());
        }
    }

    private void setVersion(long version) {
        tx.sql(() -> {
            try (PreparedStatement p = ctx.c.prepareStatement("UPDATE data_version SET version = ? WHERE id = 1")) {
                p.setLong(1, version);
                p.executeUpdate();
            }
            return null;
        });
    }
}
