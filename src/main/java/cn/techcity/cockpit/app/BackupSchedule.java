package cn.techcity.cockpit.app;

import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import cn.techcity.cockpit.store.StoreException;
import java.time.LocalDateTime;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.CompletableFuture;

/** The automatic backup: one at start (after the first view has its data) and then one a day, checked hourly. */
final class BackupSchedule {
    private static final System.Logger LOG = System.getLogger(BackupSchedule.class.getName());
    private static final long HOUR_MS = 3_600_000L;

    private BackupSchedule() {
    }

    static void start(CompletableFuture<CockpitStore> store, CompletableFuture<?> firstData, DbExecutor db) {
        Timer timer = new Timer("cockpit-backup", true);
        firstData.whenComplete((d, e) -> timer.schedule(new TimerTask() {
            @Override
            public void run() {
                store.thenAcceptAsync(s -> s.backupIfDue(LocalDateTime.now()), db).exceptionally(failure -> {
                    LOG.log(System.Logger.Level.ERROR, "backup failed: " + StoreException.userMessage(failure), failure);
                    return null;
                });
            }
        }, 5_000L, HOUR_MS));
    }
}
