package com.ringbook.engine;

import com.ringbook.engine.api.EngineEvent;
import com.ringbook.store.Store;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts new callers into the search index a moment after their missed calls are saved, in one background
 * write for a whole burst: kept out of the calls' own write, and started once the burst's text-backs have
 * had time to leave, so they do not wait on it nor share the processor with it. A caller is findable by
 * number a fraction of a second after the call; one a crash or a stop left out is indexed when the store
 * opens next.
 */
final class NewCallerIndexer {
    private static final Logger log = LoggerFactory.getLogger(NewCallerIndexer.class);
    /** A burst of 1,000 has its text-backs out in well under this on an office PC. */
    static final Duration DELAY = Duration.ofMillis(200);

    private final Store store;
    private final ChangeFeed feed;
    private final ScheduledExecutorService timer;
    /** Threads of new callers saved and not yet announced as findable. */
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    /** Warned once while the writes fail (a full disk, say), not every few hundred milliseconds. */
    private final AtomicBoolean failing = new AtomicBoolean();

    NewCallerIndexer(Store store, ChangeFeed feed, ScheduledExecutorService timer) {
        this.store = store;
        this.feed = feed;
        this.timer = timer;
    }

    /** A missed call added its caller as a contact (committed), on the thread {@code threadId}. */
    void saved(long threadId) {
        waiting.add(threadId);
        if (scheduled.compareAndSet(false, true)) {
            try {
                timer.schedule(this::index, DELAY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException stopping) {
                // Stopping: the store's next start indexes them.
            }
        }
    }

    private void index() {
        // Cleared before taking the threads: a caller saved from here on schedules another write.
        scheduled.set(false);
        List<Long> threads = new ArrayList<>();
        for (Long id : waiting) {
            if (waiting.remove(id)) {
                threads.add(id);
            }
        }
        // Adds every contact still missing, these and any a failed earlier write left out.
        store.write(Store.Priority.BACKGROUND, s -> s.contacts().indexForSearch()).whenComplete((added, failed) -> {
            if (failed == null) {
                failing.set(false);
                // An inbox showing a search reads it again, and now finds them by number.
                threads.forEach(id -> feed.publish(new EngineEvent.ThreadChanged(id)));
            } else {
                if (failing.compareAndSet(false, true)) {
                    log.warn("New callers are not in the search index yet; trying again: {}", failed.getMessage());
                }
                threads.forEach(this::saved);
            }
        });
    }
}
