package com.ringbook.ui.common;

import com.ringbook.engine.api.RequestRefused;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * The one way the console hands work off the FX thread and results back onto it. Service calls
 * already return futures; {@link #then} delivers their outcome with {@link Platform#runLater}.
 */
public final class Fx {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "ui-background-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private Fx() {
    }

    /** Runs {@code ok} or {@code failed} (with a message fit for the user) on the FX thread when {@code future} ends. */
    public static <T> void then(CompletableFuture<T> future, Consumer<? super T> ok, Consumer<String> failed) {
        future.whenComplete((value, error) -> Platform.runLater(() -> {
            if (error == null) {
                ok.accept(value);
            } else {
                failed.accept(message(error));
            }
        }));
    }

    /** Runs {@code work} on a background thread (for the few calls that are not already asynchronous). */
    public static <T> CompletableFuture<T> background(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, BACKGROUND);
    }

    public static CompletableFuture<Void> background(Runnable work) {
        return CompletableFuture.runAsync(work, BACKGROUND);
    }

    /** Runs now when already on the FX thread, else later on it. */
    public static void run(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    /** A refusal's own words; anything else as a short, honest sentence. */
    public static String message(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof RequestRefused) {
            return e.getMessage();
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return "Something went wrong: " + detail;
    }
}
