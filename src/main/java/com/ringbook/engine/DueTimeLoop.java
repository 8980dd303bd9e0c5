package com.ringbook.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A thread that does whatever is due and then sleeps until the earliest time something next falls
 * due, or until it is woken: the outbox sender runs on one, and so can anything else whose schedule is
 * rows with a due time in the store. Times come from the injected clock; a due time is never slept
 * through because the wait is measured from the instant the work read its rows at.
 */
public final class DueTimeLoop implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(DueTimeLoop.class);
    private static final Duration AFTER_ERROR = Duration.ofSeconds(1);

    /** The loop's work. */
    @FunctionalInterface
    public interface Work {
        /**
         * Does what is due at {@code now}.
         *
         * @return when to run again at the latest: {@code now} (or earlier) to run again at once; empty
         *     when nothing is booked (the loop still looks again after its idle check)
         */
        Optional<Instant> runDue(Instant now) throws InterruptedException;
    }

    private final Clock clock;
    private final Duration idleCheck;
    private final Work work;
    private final Semaphore wakeups = new Semaphore(0);
    private final Thread thread;
    private volatile boolean running = true;

    /** @param idleCheck the longest it sleeps, whatever is booked: a safety net for wake-ups that went astray */
    public DueTimeLoop(String threadName, Clock clock, Duration idleCheck, Work work) {
        this.clock = clock;
        this.idleCheck = idleCheck;
        this.work = work;
        this.thread = new Thread(this::run, threadName);
        this.thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    /** Something may have fallen due: run now rather than at the next booked time. */
    public void wake() {
        if (wakeups.availablePermits() == 0) {
            wakeups.release();
        }
    }

    public boolean running() {
        return running;
    }

    private void run() {
        while (running) {
            try {
                // One instant for the work's reads and the wait after them: what falls due in between is not slept through.
                Instant readAt = clock.instant();
                Optional<Instant> next = work.runDue(readAt);
                if (next.isPresent() && !next.get().isAfter(readAt)) {
                    continue;
                }
                Duration wait = next.map(at -> Duration.between(clock.instant(), at))
                        .filter(d -> d.compareTo(idleCheck) < 0)
                        .orElse(idleCheck);
                // Rounded up: waking a fraction of a millisecond early would find nothing due yet.
                wakeups.tryAcquire(Math.max(1, wait.plusNanos(999_999).toMillis()), TimeUnit.MILLISECONDS);
                wakeups.drainPermits();
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                log.error("{} hit an error; trying again shortly", thread.getName(), e);
                try {
                    Thread.sleep(AFTER_ERROR.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
