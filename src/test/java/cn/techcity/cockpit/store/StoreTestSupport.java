package cn.techcity.cockpit.store;

import cn.techcity.cockpit.domain.MonthlyFigure;
import cn.techcity.cockpit.domain.TaskStatus;
import java.nio.file.Path;
import java.util.List;

/**
 * What the tests and benchmarks of other packages do to a store that the application never does: write figures whole,
 * open a kept file as it is, change a task's status. The store keeps these package-private.
 */
public final class StoreTestSupport {
    private StoreTestSupport() {
    }

    /**
     * Writes figures whole (every field as given, no audit rows, no version check) in one journaled transaction: for
     * tests and benchmarks that build big stores.
     */
    public static void insertFigures(CockpitStore store, List<MonthlyFigure> figures) {
        store.insertFigures(figures);
    }

    /** Opens an H2 file as it is, without the protocol, journal or seeding (tests and tools that look at a kept file). */
    public static CockpitStore openEmpty(Path path) {
        return new CockpitStore(Database.open(path), null);
    }

    /** Changes a task's status, keeping its history (who, when, note) and an audit row. */
    public static void updateTaskStatus(CockpitStore store, String clerk, String taskCode, TaskStatus status, String note) {
        store.updateTaskStatus(clerk, taskCode, status, note);
    }

    /**
     * Retires a section (a work area) from {@code year} on, as a later version's 结构维护 may: the tests of what may not
     * be added to a retired area.
     */
    public static void retireSection(CockpitStore store, String code, int year) {
        try (var p = store.context().c.prepareStatement("UPDATE section SET retired_from = ? WHERE code = ?")) {
            p.setInt(1, year);
            p.setString(2, code);
            p.executeUpdate();
            if (!store.context().c.getAutoCommit()) {
                store.context().c.commit();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
