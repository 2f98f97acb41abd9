package cn.techcity.cockpit.ui;

import cn.techcity.cockpit.domain.CockpitData;
import cn.techcity.cockpit.store.CockpitStore;
import cn.techcity.cockpit.store.DbExecutor;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * A seat of the shared mode asks every few seconds whether another seat saved (the store's data version) and, when
 * one did, reads the data again. One question at a time; the database work stays on the database thread; the
 * callbacks run on the poller's thread (a window posts them to the FX thread).
 */
public final class SeatPoller implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cockpit-poll");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean asking = new AtomicBoolean();

    /**
     * @param shown     the data version the seat shows now
     * @param newData   newer data read after another seat's save
     * @param reachable true when the store answered, false when it could not be read (a server away)
     */
    public SeatPoller(CompletableFuture<CockpitStore> store, DbExecutor db, long periodMillis, LongSupplier shown,
                      Consumer<CockpitData> newData, Consumer<Boolean> reachable) {
        timer.scheduleWithFixedDelay(() -> {
            if (!asking.compareAndSet(false, true)) {
                return;
            }
            long known = shown.getAsLong();
            store.thenApplyAsync(s -> s.dataVersion() > known ? s.load() : null, db).whenComplete((d, e) -> {
                asking.set(false);
                reachable.accept(e == null);
                if (e == null && d != null && d.dataVersion() > known) {
                    newData.accept(d);
                }
            });
        }, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
