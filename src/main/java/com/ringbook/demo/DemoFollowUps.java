package com.ringbook.demo;

import static com.ringbook.demo.DemoEngineWait.join;

import com.ringbook.domain.FollowUp;
import com.ringbook.engine.EngineKit;
import com.ringbook.followup.FollowUpScheduler;
import java.time.Instant;
import java.util.Optional;

/**
 * The automatic follow-ups in the demo's time: before the clock moves on to the next step of the script,
 * every nudge that falls due on the way is sent at its own moment, so the same seed makes the same nudges
 * at the same times, whatever the follow-up loop was doing meanwhile.
 */
final class DemoFollowUps {
    /** A stop for a script that would never run out of due follow-ups (each one sent moves the next on). */
    private static final int MOST_PER_STEP = 10_000;

    private final FollowUpScheduler scheduler;
    private final EngineKit kit;
    private final SteppingClock clock;
    private final DemoEngineWait wait;
    /** Threads active since this moment may need a follow-up planned or cancelled. */
    private Instant activeSince = Instant.EPOCH;

    DemoFollowUps(FollowUpScheduler scheduler, EngineKit kit, SteppingClock clock, DemoEngineWait wait) {
        this.scheduler = scheduler;
        this.kit = kit;
        this.clock = clock;
        this.wait = wait;
    }

    /** Sends every follow-up due up to {@code until}, each at its due time, then leaves the clock there. */
    void catchUpTo(Instant until) {
        plan();
        for (int i = 0; i < MOST_PER_STEP; i++) {
            Optional<Instant> next = join(kit.read(s -> s.followUps().nextDue()));
            if (next.isEmpty() || next.get().isAfter(until)) {
                return;
            }
            clock.moveTo(next.get());
            plan();
        }
        throw new IllegalStateException("Follow-ups kept falling due before " + until);
    }

    private void plan() {
        Instant now = clock.instant();
        scheduler.runNow(activeSince);
        activeSince = now;
        wait.settle();
    }

    /** When the thread's nudge goes, as planned now. */
    Optional<Instant> nudgeAt(long threadId) {
        return scheduler.plannedFor(threadId).map(FollowUp::dueAt);
    }
}
