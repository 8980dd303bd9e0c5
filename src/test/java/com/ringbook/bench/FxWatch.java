package com.ringbook.bench;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * Times what the user sees: from an action on the FX thread to the first pulse whose layout shows its
 * result (the frame drawn from that layout follows in the same pulse).
 */
final class FxWatch {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private FxWatch() {
    }

    /** Runs {@code work} on the FX thread and waits for its answer. */
    static <T> T call(Callable<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return join(result, "the FX thread");
    }

    static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs {@code action} on the FX thread and returns the nanoseconds until the first laid-out pulse
     * at which {@code shown} holds (checked on the FX thread after each layout pass of {@code scene}).
     */
    static long timeUntilShown(Scene scene, Runnable action, BooleanSupplier shown, String what) {
        long[] began = new long[1];
        CompletableFuture<Long> done = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done.isDone() && shown.getAsBoolean()) {
                done.complete(System.nanoTime());
                // Not removed while the scene is going through its listeners.
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        run(() -> {
            scene.addPostLayoutPulseListener(listener[0]);
            began[0] = System.nanoTime();
            action.run();
        });
        return join(done, what) - began[0];
    }

    /** As {@link #timeUntilShown}, for an action taken off the FX thread (a customer's phone, say). */
    static long timeUntilShownAfter(Scene scene, Runnable offFxAction, BooleanSupplier shown, String what) {
        CompletableFuture<Long> done = new CompletableFuture<>();
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            if (!done.isDone() && shown.getAsBoolean()) {
                done.complete(System.nanoTime());
                Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            }
        };
        run(() -> scene.addPostLayoutPulseListener(listener[0]));
        long began = System.nanoTime();
        offFxAction.run();
        return join(done, what) - began;
    }

    /** True when a row of {@code list} at {@code index} (or any row, for -1) is on screen with an item in it. */
    static boolean rowShown(ListView<?> list, int index) {
        if (list == null) {
            return false;
        }
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() != null && cell.isVisible()
                    && (index < 0 || cell.getIndex() == index)) {
                return true;
            }
        }
        return false;
    }

    /** True when some row on screen in {@code list} shows an item that {@code test} accepts. */
    static boolean itemShown(ListView<?> list, java.util.function.Predicate<Object> test) {
        if (list == null) {
            return false;
        }
        for (Node n : list.lookupAll(".list-cell")) {
            if (n instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() != null && cell.isVisible()
                    && test.test(cell.getItem())) {
                return true;
            }
        }
        return false;
    }

    /** Counts every change to a list's rows, including a new list put in its place. */
    static final class Changes {
        private volatile int count;

        Changes(ListView<?> list) {
            ListChangeListener<Object> onChange = c -> count++;
            @SuppressWarnings("unchecked")
            ListView<Object> rows = (ListView<Object>) list;
            if (rows.getItems() != null) {
                rows.getItems().addListener(onChange);
            }
            rows.itemsProperty().addListener((obs, was, now) -> {
                count++;
                if (was != null) {
                    was.removeListener(onChange);
                }
                if (now != null) {
                    now.addListener(onChange);
                }
            });
        }

        int count() {
            return count;
        }

        /** Waits until the rows have not changed for {@code quiet} (at most 20 s). */
        void settle(Duration quiet) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            int seen = count;
            long since = System.nanoTime();
            while (System.nanoTime() < deadline) {
                Thread.sleep(50);
                if (count != seen) {
                    seen = count;
                    since = System.nanoTime();
                } else if (System.nanoTime() - since >= quiet.toNanos()) {
                    return;
                }
            }
        }
    }

    private static <T> T join(CompletableFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Not shown within " + TIMEOUT.toSeconds() + " s: " + what, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(what, e.getCause());
        }
    }
}
