package com.ringbook.ui.common;

import com.ringbook.engine.api.RequestRefused;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * Hands work to the UI thread, where view models change their properties. Screens get one injected:
 * {@link FxThread} in the console, one that runs everything at once in tests. The UI keeps no pool of
 * its own: every service call already returns a future, and {@link #then} brings its outcome back here.
 */
public interface UiExecutor {

    /** Runs {@code work} now when already on the UI thread, else later on it. */
    void run(Runnable work);

    /** Runs {@code work} on the UI thread after what it is doing now (a layout pass included). */
    void later(Runnable work);

    /** Runs {@code ok} or {@code failed} (with a message fit for the user) on the UI thread when {@code future} ends. */
    default <T> void then(CompletableFuture<T> future, Consumer<? super T> ok, Consumer<String> failed) {
        future.whenComplete((value, error) -> later(() -> {
            if (error == null) {
                ok.accept(value);
            } else {
                failed.accept(message(error));
            }
        }));
    }

    /** A refusal's own words; anything else as a short, honest sentence. */
    static String message(Throwable error) {
        Throwable e = cause(error);
        if (e instanceof RequestRefused) {
            return e.getMessage();
        }
        String detail = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
        return "Something went wrong: " + detail;
    }

    /** The failure itself, out of the wrappers a future puts around it. */
    static Throwable cause(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }
}
