package cn.techcity.cockpit.ui.editor;

import cn.techcity.cockpit.domain.AuditEntry;
import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.store.FigureEdit;
import cn.techcity.cockpit.store.ProjectEdit;
import cn.techcity.cockpit.store.ScoreEdit;
import cn.techcity.cockpit.store.TargetEdit;
import cn.techcity.cockpit.store.TaskEdit;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the editor asks of the store, always on the database thread; results arrive as futures that the editor lands
 * on the FX thread.
 */
public final class EditorBackend {
    private final CompletableFuture<CockpitStore> store;
    private final DbExecutor db;

    public EditorBackend(CompletableFuture<CockpitStore> store, DbExecutor db) {
        this.store = store;
        this.db = db;
    }

    /** Saves, then reads everything again (so every view shows the saved values). */
    public CompletableFuture<CockpitData> save(String who, List<FigureEdit> figures, List<TargetEdit> targets) {
        return store.thenApplyAsync(s -> {
            s.saveEdits(who, figures, targets);
            return s.load();
        }, db);
    }

    /** Saves edited battle tasks, then reads everything again. */
    public CompletableFuture<CockpitData> saveTasks(String who, List<TaskEdit> edits) {
        return store.thenApplyAsync(s -> {
            s.saveTasks(who, edits);
            return s.load();
        }, db);
    }

    /** Saves projects and task-force scores in one transaction, then reads everything again. */
    public CompletableFuture<CockpitData> saveRegistry(String who, List<ProjectEdit> projects, List<ScoreEdit> scores) {
        return store.thenApplyAsync(s -> {
            s.saveRegistry(who, projects, scores);
            return s.load();
        }, db);
    }

    /** Writes the reporting year's workbook from a fresh read of the store. */
    public CompletableFuture<java.nio.file.Path> exportWorkbook(java.nio.file.Path file) {
        // the read on the database thread; the workbook is built and written off it, so saves do not wait for the file
        return store.thenApplyAsync(CockpitStore::load, db).thenApplyAsync(d -> {
            cn.techcity.cockpit.io.excel.ExcelExport.write(d, file);
            return file;
        });
    }

    /** Checks a workbook against the store and plans the import; writes nothing. */
    public CompletableFuture<cn.techcity.cockpit.io.excel.ImportPlan> planImport(java.nio.file.Path file, String who) {
        return store.thenApplyAsync(s -> cn.techcity.cockpit.io.excel.ExcelImport.read(file, s, s.authorName(who)), db);
    }

    /** Applies a valid plan in one transaction (a conflict with another seat's save refuses all of it), then reads again. */
    public CompletableFuture<CockpitData> applyImport(String who, cn.techcity.cockpit.io.excel.ImportPlan plan) {
        return store.thenApplyAsync(s -> {
            cn.techcity.cockpit.io.excel.ExcelImport.apply(s, who, plan);
            return s.load();
        }, db);
    }

    public CompletableFuture<List<AuditEntry>> history(String entity, String key) {
        return store.thenApplyAsync(s -> s.auditOf(entity, key), db);
    }

    public CompletableFuture<CockpitData> clearSample(String who) {
        return store.thenApplyAsync(s -> {
            s.clearSampleData(who);
            return s.load();
        }, db);
    }
}
