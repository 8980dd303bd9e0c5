package com.ringbook.app;

import com.ringbook.engine.Engine;
import com.ringbook.followup.FollowUpScheduler;
import com.ringbook.store.EngineLock;
import java.time.Duration;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On a shared store: runs this desk's engine (carrier, sender, follow-ups) while the desk holds the engine lock and
 * stands it down when the lock is lost — as often as that happens. The lock keeps competing after a loss, so a desk
 * cut off for a moment (a network blip, a database restart, its lock session ended) stands by again on its own and
 * takes the engine back when it is free; no restart. One run at a time: the lock tells {@code acquired} and
 * {@code lost} in turn, and each change runs to its end on this role's one thread before the next begins.
 *
 * <p>An engine that fails to start while this desk holds the lock (the database refused a write for a moment) is
 * tried again every {@link #RETRY} for as long as the desk holds it: the other desks stand by behind that lock, so
 * giving up would leave the office with no engine at all.
 */
final class EngineRole implements EngineLock.Listener, AutoCloseable {
    static final Duration RETRY = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(EngineRole.class);
    private final Runs engine;
    private final Supplier<Loop> followUps;
    private final Duration retry;
    private final ScheduledThreadPoolExecutor role = new ScheduledThreadPoolExecutor(1, r -> {
        Thread t = new Thread(r, "engine-role");
        t.setDaemon(true);
        return t;
    });
    /** Which holding of the lock is current (each acquired and lost starts a new one); role thread only. */
    private long term;
    /** The follow-up loop of the run under way (a loop does not start twice: each run has its own); role thread only. */
    private Loop running;

    /** What the role starts and stops: the engine, as seen from here. */
    interface Runs {
        void start();

        void standDown();

        void engineDeskChanged();
    }

    /** A run's follow-up loop, as seen from here. */
    interface Loop {
        void start();

        void close();
    }

    EngineRole(Engine engine, Supplier<FollowUpScheduler> followUps) {
        this(new Runs() {
            @Override
            public void start() {
                engine.start();
            }

            @Override
            public void standDown() {
                engine.standDown();
            }

            @Override
            public void engineDeskChanged() {
                engine.engineDeskChanged();
            }
        }, () -> {
            FollowUpScheduler loop = followUps.get();
            return new Loop() {
                @Override
                public void start() {
                    loop.start();
                }

                @Override
                public void close() {
                    loop.close();
                }
            };
        }, RETRY);
    }

    EngineRole(Runs engine, Supplier<Loop> followUps, Duration retry) {
        // Closing drops a try still waiting; a change already handed over runs to its end.
        role.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.engine = engine;
        this.followUps = followUps;
        this.retry = retry;
    }

    @Override
    public void acquired() {
        onRole(() -> startRun(++term));
    }

    private void startRun(long holding) {
        if (holding != term) {
            return;
        }
        try {
            engine.start();
            Loop loop = followUps.get();
            loop.start();
            running = loop;
            log.info("This desk runs the engine");
        } catch (RuntimeException e) {
            log.error("This desk holds the engine lock but could not start the engine; trying again in {} s",
                    retry.toSeconds(), e);
            stopRun();
            try {
                role.schedule(() -> startRun(holding), retry.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closing) {
                log.debug("Closing: no further try");
            }
        }
    }

    @Override
    public void lost(String reason) {
        onRole(() -> {
            term++;
            stopRun();
            log.warn("This desk no longer runs the engine ({}); it stands by and takes the engine again when no other "
                    + "desk holds it", reason);
        });
    }

    /** Another desk (or none) runs the engine now: the status bar says so without waiting for other news. */
    @Override
    public void holderChanged() {
        engine.engineDeskChanged();
    }

    /** Hands a start or stop of the engine to the role's thread; once closing, Ringbook stops the engine itself. */
    private void onRole(Runnable change) {
        try {
            role.execute(change);
        } catch (RejectedExecutionException closing) {
            log.debug("Closing: the engine stops with Ringbook");
        }
    }

    private void stopRun() {
        if (running != null) {
            running.close();
            running = null;
        }
        try {
            engine.standDown();
        } catch (RuntimeException e) {
            log.warn("The engine did not stand down cleanly", e);
        }
    }

    /** Lets a change under way finish, then stops the follow-ups of the last run; the engine is closed by its owner. */
    @Override
    public void close() {
        role.shutdown();
        try {
            if (!role.awaitTermination(10, TimeUnit.SECONDS)) {
                log.warn("Starting or stopping the engine did not finish within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (running != null) {
            running.close();
            running = null;
        }
    }
}
