package cn.techcity.cockpit.store;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The one thread that talks to the database. It is never interrupted: H2 can corrupt its file when a thread is
 * interrupted inside it, so there is no cancel here, and close waits for the running work to finish.
 */
public final class DbExecutor implements AutoCloseable, java.util.concurrent.Executor {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cockpit-db");
        t.setDaemon(true);
        return t;
    });

    public <T> CompletableFuture<T> submit(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }

    /** Runs {@code work} on the database thread (for CompletableFuture's async steps). */
    @Override
    public void execute(Runnable work) {
        executor.execute(work);
    }

    /** Finishes queued work, then stops; never shutdownNow (it would interrupt H2). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
