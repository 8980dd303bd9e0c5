package com.ringbook.ui.common;

import com.ringbook.engine.api.ChangeEvents;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.Subscription;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Engine events, moved to the UI thread and coalesced: whatever arrives within one short window is
 * delivered once (a set of changed thread ids, one status tick, one settings tick), so a burst of a
 * thousand events costs a handful of reloads. A zero window delivers each event as it comes. Listeners
 * are added and called on the UI thread.
 */
public final class EngineEvents implements AutoCloseable {
    private final Subscription subscription;
    private final UiExecutor ui;
    private final long windowMillis;
    private final Set<Long> changedThreads = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean statusChanged = new AtomicBoolean();
    private final AtomicBoolean settingsChanged = new AtomicBoolean();
    private final AtomicBoolean callsChanged = new AtomicBoolean();
    private final AtomicBoolean everythingChanged = new AtomicBoolean();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final ScheduledExecutorService timer;
    private final List<Consumer<Set<Long>>> threadListeners = new ArrayList<>();
    private final List<Runnable> statusListeners = new ArrayList<>();
    private final List<Runnable> settingsListeners = new ArrayList<>();
    private final List<Runnable> callsListeners = new ArrayList<>();
    private final List<Runnable> everythingListeners = new ArrayList<>();

    public EngineEvents(ChangeEvents feed, Duration window, UiExecutor ui) {
        this.ui = ui;
        this.windowMillis = window.toMillis();
        this.timer = windowMillis <= 0 ? null : Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ui-events");
            t.setDaemon(true);
            return t;
        });
        this.subscription = feed.subscribe(this::accept);
    }

    public void onThreadsChanged(Consumer<Set<Long>> listener) {
        threadListeners.add(listener);
    }

    /** Status ticks also follow thread changes: the waiting count moves with them. */
    public void onStatusChanged(Runnable listener) {
        statusListeners.add(listener);
    }

    public void onSettingsChanged(Runnable listener) {
        settingsListeners.add(listener);
    }

    /** The call log changed (a missed call recorded, a number cleared); a text-back's delivery moves its thread. */
    public void onCallsChanged(Runnable listener) {
        callsListeners.add(listener);
    }

    /**
     * Changes may have been missed (another desk's, while this desk's link to the shared store was down): which
     * threads moved is unknown, so a list or an open thread reads itself again.
     */
    public void onEverythingChanged(Runnable listener) {
        everythingListeners.add(listener);
    }

    /**
     * Runs {@code reload} when the thread {@code shown} names changed, or when changes may have been missed: what a
     * screen showing one conversation needs.
     */
    public void onThreadChanged(LongSupplier shown, Runnable reload) {
        onThreadsChanged(ids -> {
            if (ids.contains(shown.getAsLong())) {
                reload.run();
            }
        });
        onEverythingChanged(reload);
    }

    private void accept(EngineEvent event) {
        if (event instanceof EngineEvent.ThreadChanged changed) {
            changedThreads.add(changed.threadId());
        } else if (event instanceof EngineEvent.StatusChanged) {
            statusChanged.set(true);
        } else if (event instanceof EngineEvent.SettingsChanged) {
            settingsChanged.set(true);
        } else if (event instanceof EngineEvent.EverythingChanged) {
            // Changes on other desks may have been missed: at least the status bar, settings and calls re-read.
            statusChanged.set(true);
            settingsChanged.set(true);
            callsChanged.set(true);
            everythingChanged.set(true);
        } else if (event instanceof EngineEvent.CallsChanged) {
            callsChanged.set(true);
        }
        if (timer == null) {
            flush();
        } else if (flushScheduled.compareAndSet(false, true)) {
            try {
                timer.schedule(this::flush, windowMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                flushScheduled.set(false);
            }
        }
    }

    private void flush() {
        flushScheduled.set(false);
        Set<Long> threads = new HashSet<>();
        for (Long id : changedThreads) {
            if (changedThreads.remove(id)) {
                threads.add(id);
            }
        }
        boolean status = statusChanged.getAndSet(false) || !threads.isEmpty();
        boolean settings = settingsChanged.getAndSet(false);
        boolean callLog = callsChanged.getAndSet(false);
        boolean everything = everythingChanged.getAndSet(false);
        if (threads.isEmpty() && !status && !settings && !callLog && !everything) {
            return;
        }
        ui.run(() -> {
            if (!threads.isEmpty()) {
                Set<Long> view = Set.copyOf(threads);
                List.copyOf(threadListeners).forEach(l -> l.accept(view));
            }
            if (status) {
                List.copyOf(statusListeners).forEach(Runnable::run);
            }
            if (settings) {
                List.copyOf(settingsListeners).forEach(Runnable::run);
            }
            if (callLog) {
                List.copyOf(callsListeners).forEach(Runnable::run);
            }
            if (everything) {
                List.copyOf(everythingListeners).forEach(Runnable::run);
            }
        });
    }

    @Override
    public void close() {
        subscription.close();
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
