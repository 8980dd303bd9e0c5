package com.ringbook.app;

import com.ringbook.engine.Engine;
import com.ringbook.followup.FollowUpScheduler;
import com.ringbook.store.EngineLock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
 */
final class EngineRole implements EngineLock.Listener, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EngineRole.class);
    private final Engine engine;
    private final Supplier<FollowUpScheduler> followUps;
    private final ExecutorService role = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "engine-role");
        t.setDaemon(true);
        return t;
    });
    /** The follow-up loop of the run under way (a loop does not start twice: each run has its own); role thread only. */
    private FollowUpScheduler running;

    EngineRole(Engine engine, Supplier<FollowUpScheduler> followUps) {
        this.engine = engine;
        this.followUps = followUps;
    }

    @Override
    public void acquired() {
        onRole(() -> {
            try {
                engine.start();
                FollowUpScheduler loop = followUps.get();
                loop.start();
                running = loop;
                log.info("This desk runs the engine");
            } catch (RuntimeException e) {
                log.error("This desk holds the engine lock but could not start the engine", e);
            }
        });
    }

    @Override
    public void lost(String reason) {
        onRole(() -> {
            stopFollowUps();
            engine.standDown();
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

    private void stopFollowUps() {
        if (running != null) {
            running.close();
            running = null;
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
        stopFollowUps();
    }
}
