package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.EngineEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new caller's number goes into the search index after their missed call's own write (so a burst's
 * text-backs do not wait on it): the receptionist still finds them by number a moment later, and an
 * inbox showing a search hears about them again once it can find them.
 */
class NewCallerSearchTest {
    @TempDir
    Path dir;
    EngineHarness h;

    @BeforeEach
    void start() {
        h = new EngineHarness(dir, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private static String caller(int i) {
        return String.format("+1206551%04d", i);
    }

    private List<ThreadSummary> search(String typed) {
        return h.engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, typed)).join();
    }

    @Test
    void everyCallerOfABurstIsFoundByNumberWithinASecondOfTheirCall() {
        int callers = 300;
        for (int i = 0; i < callers - 1; i++) {
            h.simulator.ringAndMiss(caller(i));
        }
        // Completes once the last call is recorded: its thread, and every earlier one, is in the inbox.
        h.simulator.ringAndMissRecorded(caller(callers - 1)).join();
        assertThat(h.inbox()).hasSize(callers);

        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(search("(206) 551")).hasSize(callers));
        assertThat(search("206-551-0299")).singleElement().extracting(ThreadSummary::phone).isEqualTo(caller(299));
        assertThat(search("551 0042")).singleElement().extracting(ThreadSummary::phone).isEqualTo(caller(42));
        assertThat(search("0007")).singleElement().extracting(ThreadSummary::phone).isEqualTo(caller(7));
        await().atMost(Duration.ofSeconds(10)).until(() -> h.sentTo(caller(0)) == 1 && h.sentTo(caller(299)) == 1);
    }

    @Test
    void theThreadIsAnnouncedAgainOnceASearchCanFindTheCaller() {
        // Paused, no text leaves, so no news of a send announces the thread later: only the index write can.
        h.engine.pauseTexting(true);
        Set<Long> foundWhenAnnounced = ConcurrentHashMap.newKeySet();
        h.engine.events().subscribe(event -> {
            if (event instanceof EngineEvent.ThreadChanged changed) {
                // What an inbox showing this search would read on hearing of the change.
                h.store.read(s -> s.threads().page(InboxQuery.page(InboxQuery.Filter.ALL, "206-551-0001"))).entries()
                        .stream().filter(e -> e.thread().id() == changed.threadId())
                        .forEach(e -> foundWhenAnnounced.add(e.thread().id()));
            }
        });

        h.simulator.ringAndMissRecorded(caller(1)).join();
        long thread = h.onlyThread().id();

        await().atMost(Duration.ofSeconds(1)).until(() -> foundWhenAnnounced.contains(thread));
    }
}
