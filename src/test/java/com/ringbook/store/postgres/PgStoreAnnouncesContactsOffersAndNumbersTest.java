package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.MessageKind;
import com.ringbook.domain.TimeSlot;
import com.ringbook.store.StoreChanges;
import com.ringbook.store.StoreChanges.Change;
import com.ringbook.store.StoreChanges.Kind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The writes beside a thread's own that another desk's screens show: a contact renamed (every one of their
 * conversations, and the call log), an opt-out, slots offered, an answer held back, a number the carrier refused
 * or staff cleared. Each reaches the other desk's feed within a second, naming what to re-read.
 */
@ExtendWith(PostgresServerExtension.class)
class PgStoreAnnouncesContactsOffersAndNumbersTest {
    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    private static final String PHONE = "+15551240001";

    private PgStore deskA;
    private PgChangeFeed feedB;
    private final List<Change> heardByB = new CopyOnWriteArrayList<>();

    @BeforeEach
    void twoDesks(PostgresServer.Database db) {
        deskA = new PgStore(db.url(), db.user(), "", Clock.fixed(NOW, ZoneOffset.UTC), PgStore.newOrigin());
        feedB = new PgChangeFeed(new PgDedicatedConnection(db.url(), db.user(), null), PgStore.newOrigin());
        feedB.subscribe(new StoreChanges.Listener() {
            @Override
            public void changed(String origin, Set<Change> changes) {
                heardByB.addAll(changes);
            }

            @Override
            public void resync() {
            }
        });
        feedB.start();
        await().atMost(Duration.ofSeconds(5)).until(feedB::live);
    }

    @AfterEach
    void close() {
        feedB.close();
        deskA.close();
    }

    /** Two conversations of one contact, the older one closed; what was heard of making them is forgotten. */
    private long[] contactWithTwoThreads() {
        long[] ids = deskA.write(s -> {
            long contact = s.contacts().upsert(PHONE, NOW).id();
            return new long[] {s.threads().create(contact, NOW), s.threads().create(contact, NOW.plusSeconds(60)), contact};
        }).join();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.THREAD, ids[1])));
        heardByB.clear();
        return ids;
    }

    @Test
    void aRenameReachesTheOtherDeskForEveryConversationOfTheContactAndTheCallLog() {
        long[] ids = contactWithTwoThreads();

        deskA.write(s -> {
            s.contacts().setName(ids[2], "José Núñez");
            return null;
        }).join();

        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.containsAll(List.of(
                new Change(Kind.THREAD, ids[0]), new Change(Kind.THREAD, ids[1]), new Change(Kind.CALL, 0))));
    }

    @Test
    void anOptOutAndAnAnswerHeldBackReachTheOtherDeskOnEachConversation() {
        long[] ids = contactWithTwoThreads();

        deskA.write(s -> {
            s.contacts().setOptedOut(ids[2], true, NOW);
            return null;
        }).join();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.containsAll(List.of(
                new Change(Kind.THREAD, ids[0]), new Change(Kind.THREAD, ids[1]))));

        deskA.write(s -> {
            s.optOuts().noteHeldBack(ids[1], MessageKind.HELP_REPLY, "Reply START to text again", "opted out", NOW);
            return null;
        }).join();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.MESSAGE, ids[1])));
    }

    @Test
    void slotsOfferedReachTheOtherDesksBookingPanel() {
        long[] ids = contactWithTwoThreads();

        deskA.write(s -> s.offers().save(ids[1], "REPAIR", List.of(new TimeSlot(1, NOW.plusSeconds(86_400),
                NOW.plusSeconds(90_000), NOW.plusSeconds(86_400), NOW.plusSeconds(88_200))), NOW)).join();

        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.THREAD, ids[1])));
        assertThat(heardByB).doesNotContain(new Change(Kind.THREAD, ids[0]));
    }

    @Test
    void aNumberRefusedOrClearedReachesTheOtherDesksCallLog() {
        deskA.write(s -> {
            s.calls().markUnreachable(PHONE, "21614", "Not a mobile number", NOW);
            return null;
        }).join();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.CALL, 0)));
        heardByB.clear();

        assertThat(deskA.write(s -> s.calls().clearUnreachable(PHONE)).join()).isTrue();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.CALL, 0)));
        heardByB.clear();

        // Clearing a number that was not refused changes nothing, and tells nobody.
        assertThat(deskA.write(s -> s.calls().clearUnreachable(PHONE)).join()).isFalse();
        long marker = deskA.write(s -> s.threads().create(s.contacts().upsert("+15551240002", NOW).id(), NOW)).join();
        await().atMost(Duration.ofSeconds(1)).until(() -> heardByB.contains(new Change(Kind.THREAD, marker)));
        assertThat(heardByB).doesNotContain(new Change(Kind.CALL, 0));
    }
}
