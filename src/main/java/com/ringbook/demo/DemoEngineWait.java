package com.ringbook.demo;

import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.store.ReadSession;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Waiting for the engine to settle: each demo step is left to finish (the call recorded, the texts
 * accepted by the carrier, the delivery reports in) before the demo's clock moves on.
 */
final class DemoEngineWait {
    /** How long the demo waits for the engine to finish one step before giving up. */
    private static final Duration STEP_LIMIT = Duration.ofSeconds(30);

    private final EngineKit kit;
    private final ConversationService conversations;

    DemoEngineWait(EngineKit kit, ConversationService conversations) {
        this.kit = kit;
        this.conversations = conversations;
    }

    /** Until every text queued so far has been accepted by the carrier (or given up on). */
    void settle() {
        awaitEngine(s -> s.outbox().backlog() == 0, "the texts it queued to be sent");
    }

    void awaitEngine(Function<ReadSession, Boolean> landed, String what) {
        long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
        for (int polls = 0; !join(kit.read(landed)); polls++) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The engine did not finish with " + what + " within "
                        + STEP_LIMIT.toSeconds() + " s");
            }
            LockSupport.parkNanos(polls < 50 ? 200_000 : 2_000_000);
        }
    }

    /** Delivery reports come a moment after each send; the last ones are waited for so every text shows delivered. */
    void awaitDeliveries() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (threads().stream().anyMatch(this::awaitsDelivery)) {
            if (System.nanoTime() > deadline) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private boolean awaitsDelivery(ThreadDetail thread) {
        return thread.messages().stream().anyMatch(m -> m.direction() == Direction.OUTBOUND
                && m.status() == com.ringbook.domain.DeliveryStatus.SENT);
    }

    /** Every conversation, in full. */
    List<ThreadDetail> threads() {
        List<ThreadDetail> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<ThreadSummary> page = join(conversations.inbox(new InboxQuery(InboxQuery.Filter.ALL, "", 500, offset)));
            for (ThreadSummary summary : page) {
                join(conversations.thread(summary.id())).ifPresent(all::add);
            }
            if (page.size() < 500) {
                return all;
            }
        }
    }

    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
