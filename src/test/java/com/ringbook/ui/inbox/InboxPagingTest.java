package com.ringbook.ui.inbox;

import static com.ringbook.ui.common.FakeConversations.stage;
import static com.ringbook.ui.common.FakeConversations.summary;
import static com.ringbook.ui.common.FakeConversations.texted;
import static com.ringbook.ui.common.FakeConversations.waitingSince;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery.Filter;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The inbox past its first page: scrolling loads more, live updates keep what is loaded, counts, empty states. */
class InboxPagingTest {
    private static final Instant T0 = Instant.parse("2026-03-03T17:00:00Z");

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(T0);
    private final InboxViewModel inbox = new InboxViewModel(conversations, events, ui, now,
            new SimpleObjectProperty<>(ZoneId.of("America/Chicago")));

    /** {@code n} new threads, thread 1 the newest; threads 1..n. */
    private void threads(int n) {
        for (int i = 1; i <= n; i++) {
            conversations.add(summary(i, "Customer " + i, String.format("+1303555%04d", i), Stage.NEW,
                    T0.minusSeconds(60L * i)));
        }
    }

    private List<Long> ids() {
        return inbox.threads().stream().map(ThreadSummary::id).toList();
    }

    @Test
    void theNextPageLoadsAsTheUserScrollsNearTheEndUntilEveryThreadIsThere() {
        threads(250);
        inbox.reload();
        assertThat(ids()).hasSize(100).startsWith(1L, 2L, 3L);
        assertThat(inbox.hasMore()).isTrue();

        inbox.shown(40);
        assertThat(ids()).hasSize(100); // far from the end: nothing read yet

        inbox.shown(80);
        assertThat(ids()).hasSize(200);
        inbox.shown(199);
        assertThat(ids()).hasSize(250).doesNotHaveDuplicates().endsWith(249L, 250L);
        assertThat(inbox.hasMore()).isFalse();
        inbox.shown(249);
        assertThat(conversations.pageQueries()).hasSize(3);
    }

    @Test
    void liveUpdatesWhilePagedMoveRowsIntoPlaceAndKeepTheSelection() {
        threads(250);
        inbox.reload();
        inbox.shown(90);
        assertThat(ids()).hasSize(200);
        inbox.select(150);

        // Thread 180 (loaded) and thread 240 (not loaded yet) hear from their customers now.
        conversations.update(180, s -> texted(s, "Is anyone there?", T0));
        feed.threadChanged(180);
        conversations.update(240, s -> texted(s, "Hello?", T0.plusSeconds(1)));
        feed.threadChanged(240);

        assertThat(ids()).hasSize(201).doesNotHaveDuplicates().startsWith(240L, 180L, 1L);
        assertThat(inbox.selectedIdProperty().get()).isEqualTo(150);
        assertThat(ids().indexOf(150L)).isEqualTo(151); // two rows above it now

        // The rest still pages in behind, with nobody shown twice.
        inbox.shown(201);
        assertThat(ids()).hasSize(250).doesNotHaveDuplicates();
    }

    @Test
    void aRowThatLeavesTheFilterGoesAndOneThatSortsPastTheLoadedRowsWaitsForItsPage() {
        threads(150);
        for (long id = 1; id <= 150; id++) {
            conversations.update(id, s -> waitingSince(s, T0.minusSeconds(60L * (200 - s.id()))));
        }
        inbox.filterProperty().set(Filter.WAITING);
        assertThat(ids()).hasSize(100).startsWith(1L, 2L); // who waited longest first

        conversations.update(2, s -> stage(s, Stage.LOST));
        feed.threadChanged(2);
        conversations.add(waitingSince(summary(151, "Newest", "+13035559999", Stage.NEW, T0), T0));
        feed.threadChanged(151);

        assertThat(ids()).hasSize(99).doesNotContain(2L, 151L);
        inbox.shown(98);
        assertThat(ids()).hasSize(150).doesNotHaveDuplicates().doesNotContain(2L).endsWith(150L, 151L);
    }

    @Test
    void eachFilterShowsItsCountAndChangesAreCountedWithOneQueryInFlight() {
        threads(5);
        conversations.update(1, s -> waitingSince(s, T0));
        conversations.update(2, s -> stage(s, Stage.BOOKED));
        conversations.holdCounts();
        inbox.reload();
        assertThat(conversations.countQueries()).isEqualTo(1);

        conversations.update(3, s -> stage(s, Stage.LOST));
        feed.threadChanged(3);
        feed.threadChanged(4);
        feed.threadChanged(5);
        assertThat(conversations.countQueries()).isEqualTo(1); // the first is still being read

        conversations.releaseCounts();
        assertThat(conversations.countQueries()).isEqualTo(2); // the three changes, counted once
        conversations.releaseCounts();
        assertThat(inbox.countsProperty().get().of(Filter.ALL)).isEqualTo(5);
        assertThat(inbox.countsProperty().get().of(Filter.WAITING)).isEqualTo(1);
        assertThat(inbox.countsProperty().get().of(Filter.NEW)).isEqualTo(3);
        assertThat(inbox.countsProperty().get().of(Filter.BOOKED)).isEqualTo(1);
        assertThat(inbox.countsProperty().get().of(Filter.LOST)).isEqualTo(1);

        inbox.filterProperty().set(Filter.LOST);
        assertThat(ids()).containsExactly(3L);
    }

    @Test
    void anEmptyListSaysWhetherNothingMatchesOrNothingIsHereYet() {
        inbox.reload();
        assertThat(inbox.threads()).isEmpty();
        assertThat(inbox.emptyTitleProperty().get()).isEqualTo("No conversations here yet");
        assertThat(inbox.noMatchesProperty().get()).isFalse();

        threads(3);
        inbox.searchProperty().set("xyz");
        assertThat(inbox.threads()).isEmpty();
        assertThat(inbox.emptyTitleProperty().get()).isEqualTo("Nothing matches \u201cxyz\u201d");
        assertThat(inbox.noMatchesProperty().get()).isTrue();

        inbox.clearSearch();
        assertThat(ids()).containsExactly(1L, 2L, 3L);
        assertThat(inbox.noMatchesProperty().get()).isFalse();

        inbox.filterProperty().set(Filter.WAITING);
        assertThat(inbox.emptyTitleProperty().get()).isEqualTo("Nobody is waiting for a reply");
    }

    @Test
    void aSearchHitInAnOlderMessageShowsTheMatchingWords() {
        threads(3);
        conversations.addMessage(2, FakeConversations.text(1, 2, Direction.INBOUND, MessageKind.CUSTOMER,
                "Kitchen sink is leaking", T0));
        conversations.addMessage(2, FakeConversations.text(2, 2, Direction.INBOUND, MessageKind.CUSTOMER,
                "Thanks!", T0));

        inbox.searchProperty().set("sink");

        assertThat(ids()).containsExactly(2L);
        ThreadRow row = inbox.row(inbox.threads().get(0));
        assertThat(row.match().matches()).containsExactly("sink");
        assertThat(row.match().text()).isEqualTo("Kitchen sink is leaking");

        inbox.clearSearch();
        assertThat(inbox.row(inbox.threads().get(1)).match().isEmpty()).isTrue();
    }

    @Test
    void typingOnRedrawsARowWhoseMatchingWordsChangedThoughItsThreadDidNot() {
        threads(3);
        conversations.addMessage(2, FakeConversations.text(1, 2, Direction.INBOUND, MessageKind.CUSTOMER,
                "Kitchen sink is leaking", T0));
        inbox.searchProperty().set("leak");
        assertThat(ids()).containsExactly(2L);
        java.util.List<Integer> redrawn = new java.util.ArrayList<>();
        inbox.threads().addListener((javafx.collections.ListChangeListener<ThreadSummary>) change -> {
            while (change.next()) {
                if (change.wasReplaced() || change.wasAdded()) {
                    redrawn.add(change.getFrom());
                }
            }
        });

        inbox.searchProperty().set("leaking");

        assertThat(ids()).containsExactly(2L);
        assertThat(inbox.row(inbox.threads().get(0)).match().matches()).containsExactly("leaking");
        assertThat(redrawn).as("the list tells its cell to draw the new words").contains(0);
    }

    @Test
    void aBurstOfChangesReReadsTheLoadedRowsInOneQueryWithoutLosingThem() {
        // Events gathered over a window arrive as one batch, as in the console.
        try (EngineEvents batched = new EngineEvents(feed, Duration.ofMillis(100), ui)) {
            InboxViewModel inbox = new InboxViewModel(conversations, batched, ui, now,
                    new SimpleObjectProperty<>(ZoneId.of("America/Chicago")));
            threads(250);
            inbox.reload();
            inbox.shown(90);
            assertThat(inbox.threads()).hasSize(200);
            int before = conversations.pageQueries().size();
            for (long id = 100; id < 130; id++) {
                long at = id;
                conversations.update(id, s -> texted(s, "Hi", T0.plusSeconds(at)));
                feed.threadChanged(id);
            }

            await().until(() -> inbox.threads().get(0).id() == 129L);
            // (The test's other view model, on unbatched events, reads too: only the batched one's count here.)
            assertThat(conversations.pageQueries().stream().skip(before).filter(q -> q.limit() == 200)).hasSize(1);
            assertThat(inbox.threads()).hasSize(200).extracting(ThreadSummary::id).doesNotHaveDuplicates()
                    .startsWith(129L, 128L);
        }
    }
}
