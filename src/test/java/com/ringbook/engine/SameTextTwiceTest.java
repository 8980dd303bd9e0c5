package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.store.WriterHold;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two identical texts to one customer, one of them lost on the way: matching the lost one against the
 * carrier's records (by number and text, as Twilio's must be) never takes the other one's record.
 */
class SameTextTwiceTest {
    private static final String DANA = "+12065550142";
    private static final String REPLY = "On our way";

    @TempDir
    Path dir;
    private EngineHarness h;
    /** The next send never reaches the carrier, and nobody can tell. */
    private volatile boolean loseNextSend;
    /** After the carrier takes the next text, the store is kept busy, so its outcome waits. */
    private volatile boolean holdStoreAfterNextSend;
    /** This many sends reach the carrier but their answers are lost. */
    private final AtomicInteger answersToLose = new AtomicInteger();
    private volatile WriterHold hold;
    private final CountDownLatch matched = new CountDownLatch(1);
    /** The first two look-ups wait for each other, so that they run at the same time. */
    private final CountDownLatch lookUpsTogether = new CountDownLatch(2);
    private volatile boolean meetInLookUp;
    private final List<Set<String>> claimedSeen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        h = new EngineHarness(dir, Clock.systemUTC(), Map.of(), simulator -> new ForwardingCarrier(simulator) {
            @Override
            public SendResult send(OutgoingText text) {
                if (loseNextSend) {
                    loseNextSend = false;
                    return new SendResult.Unknown("timed out");
                }
                SendResult result = simulator.send(text);
                if (answersToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    return new SendResult.Unknown("timed out");
                }
                if (holdStoreAfterNextSend) {
                    holdStoreAfterNextSend = false;
                    hold = WriterHold.queue(h.store);
                }
                return result;
            }

            /** As Twilio's lookup does: by recipient and text, skipping the ids already taken. */
            @Override
            public Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
                matched.countDown();
                claimedSeen.add(Set.copyOf(claimed));
                if (meetInLookUp) {
                    lookUpsTogether.countDown();
                    try {
                        lookUpsTogether.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return simulator.ledger().stream()
                        .filter(e -> e.fromBusiness() && e.phone().equals(text.to()) && e.body().equals(text.body()))
                        .filter(e -> !claimed.contains(e.sid()))
                        .findFirst()
                        .map(e -> new SendResult.Accepted(e.sid(), DeliveryStatus.SENT));
            }
        });
    }

    @AfterEach
    void stop() {
        if (hold != null) {
            hold.release();
        }
        h.close();
    }

    private List<Message> replies(long threadId) {
        return h.engine.conversations().thread(threadId).join().orElseThrow().messages().stream()
                .filter(m -> m.direction() == Direction.OUTBOUND && m.kind() == MessageKind.STAFF_REPLY)
                .toList();
    }

    private long danasThread() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join().size() == 1);
        return h.engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join().get(0).id();
    }

    private List<String> repliesAtTheCarrier() {
        return h.simulator.ledger().stream().filter(e -> e.fromBusiness() && REPLY.equals(e.body())).map(e -> e.sid()).toList();
    }

    @Test
    void aLostTextIsNotTakenForTheSameTextSentSinceWhoseOutcomeIsNotWrittenYet() throws Exception {
        long thread = danasThread();

        loseNextSend = true;
        h.engine.conversations().reply(thread, REPLY).join();
        await().until(() -> !loseNextSend);
        holdStoreAfterNextSend = true;
        h.engine.conversations().reply(thread, REPLY).join();
        await().until(() -> hold != null);
        assertThat(hold.awaitHeld()).isTrue();
        // The lost text is checked with the carrier while the other one's outcome waits to be written.
        assertThat(matched.await(10, TimeUnit.SECONDS)).isTrue();
        hold.release();

        await().atMost(Duration.ofSeconds(15)).until(() -> replies(thread).size() == 2
                && replies(thread).stream().allMatch(m -> m.carrierSid() != null));
        assertThat(claimedSeen.get(0)).as("the other text's id counted as taken")
                .contains(repliesAtTheCarrier().get(0));
        assertThat(replies(thread)).extracting(Message::carrierSid).doesNotHaveDuplicates();
        assertThat(repliesAtTheCarrier()).as("the lost text was sent again, not taken for the other").hasSize(2);
    }

    @Test
    void twoIdenticalTextsCheckedWithTheCarrierAtOnceEachFindTheirOwnRecord() {
        long thread = danasThread();
        answersToLose.set(2);
        meetInLookUp = true;

        h.engine.conversations().reply(thread, REPLY).join();
        h.engine.conversations().reply(thread, REPLY).join();

        await().atMost(Duration.ofSeconds(15)).until(() -> replies(thread).size() == 2
                && replies(thread).stream().allMatch(m -> m.carrierSid() != null));
        assertThat(lookUpsTogether.getCount()).as("the two look-ups ran together").isZero();
        assertThat(replies(thread)).extracting(Message::carrierSid)
                .containsExactlyInAnyOrderElementsOf(repliesAtTheCarrier());
        assertThat(repliesAtTheCarrier()).as("both had left: neither is sent again").hasSize(2);
    }
}
