package cn.techcity.cockpit.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One piece of work off the FX thread (JabRef's BackgroundTask, Cryptomator's Tasks): built, given what to do with its
 * result and its failure, then started. Both callbacks land on the session's UI executor (the FX thread in a window).
 * A failure nobody handles is never lost: it goes to the session's failure handler (a notification and the log).
 * Nothing here interrupts a thread: work on the database thread runs to its end (ADR 0001).
 */
public final class Work<T> {
    private final Supplier<CompletableFuture<T>> job;
    private final Executor ui;
    private final Consumer<Throwable> unhandled;
    private Consumer<? super T> success = t -> { };
    private Consumer<Throwable> failure;
    private Runnable always = () -> { };

    Work(Supplier<CompletableFuture<T>> job, Executor ui, Consumer<Throwable> unhandled) {
        this.job = job;
        this.ui = ui;
        this.unhandled = unhandled;
    }

    /** What to do with the result, on the UI thread. */
    public Work<T> onSuccess(Consumer<? super T> action) {
        this.success = action;
        return this;
    }

    /** What to do when it fails (the cause, unwrapped), on the UI thread; without it the session reports the failure. */
    public Work<T> onFailure(Consumer<Throwable> action) {
        this.failure = action;
        return this;
    }

    /** Runs after success or failure, on the UI thread (a busy indicator turned off). */
    public Work<T> always(Runnable action) {
        this.always = action;
        return this;
    }

    /** Starts the work; the future is for callers that wait (the command line, tests). */
    public CompletableFuture<T> start() {
        CompletableFuture<T> f;
        try {
            f = job.get();
        } catch (RuntimeException e) {
            f = CompletableFuture.failedFuture(e);
        }
        f.whenComplete((value, error) -> ui.execute(() -> {
            try {
                if (error == null) {
                    success.accept(value);
                } else {
                    Throwable cause = unwrap(error);
                    (failure != null ? failure : unhandled).accept(cause);
                }
            } catch (RuntimeException handlerFailed) {
                unhandled.accept(handlerFailed);
            } finally {
                always.run();
            }
        }));
        return f;
    }

    /** The failure itself, without the futures' wrappers. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
