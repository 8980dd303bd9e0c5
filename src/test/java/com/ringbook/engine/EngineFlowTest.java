package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.SendResult;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.RequestRefused;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The core loop on a real SQLite file and the simulated carrier. */
class EngineFlowTest {
    private static final String DANA = "+12065550142";
    /** Tuesday 10:00 in Chicago: inside the default business hours. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T16:00:00Z"));

    @TempDir
    Path dir;
    EngineHarness h;

    @BeforeEach
    void start() {
        h = new EngineHarness(dir, clock, Map.of(Settings.ZONE, "America/Chicago", Settings.BUSINESS_NAME, "Harbor Plumbing"),
                null);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void aMissedCallBecomesAThreadWithOneTextBackThatGetsDelivered() {
        List<EngineEvent> events = new CopyOnWriteArrayList<>();
        h.engine.events().subscribe(events::add);

        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.inbox().size() == 1);
        ThreadSummary thread = h.onlyThread();
        assertThat(thread.stage()).isEqualTo(Stage.NEW);
        assertThat(thread.phone()).isEqualTo(DANA);
        Message text = h.awaitLastOutbound(thread.id(), DeliveryStatus.DELIVERED);
        assertThat(text.kind()).isEqualTo(MessageKind.TEXT_BACK);
        assertThat(text.body()).startsWith("Hi there, it's Harbor Plumbing.");
        assertThat(h.sentTo(DANA)).isEqualTo(1);
        ThreadDetail detail = h.thread(thread.id());
        assertThat(detail.calls()).singleElement().extracting(c -> c.decision()).isEqualTo(TextBackDecision.SEND_BUSINESS_HOURS);
        assertThat(events).contains(new EngineEvent.ThreadChanged(thread.id()));
        assertThat(h.engine.status().snapshot().join().textBacksToday()).isEqualTo(1);
        assertThat(h.engine.status().snapshot().join().problem()).isNull();
    }

    @Test
    void aBurstOfMissedCallsGetsExactlyOneTextEach() {
        List<String> callers = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            callers.add(String.format("+1206201%04d", i));
        }

        callers.forEach(h.simulator::ringAndMiss);

        await().atMost(Duration.ofSeconds(30)).until(() -> h.simulator.ledger().stream().filter(e -> e.fromBusiness()).count() == 300);
        await().until(() -> h.store.read(s -> s.outbox().backlog()) == 0);
        assertThat(h.simulator.ledger().stream().filter(e -> e.fromBusiness()).map(e -> e.phone()).distinct().count())
                .isEqualTo(300);
        assertThat(h.inbox()).hasSize(300);
    }

    @Test
    void aSecondMissInsideTheWindowJoinsTheThreadWithoutASecondText() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        clock.advance(Duration.ofHours(2));

        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.thread(h.onlyThread().id()).calls().size() == 2);
        ThreadDetail detail = h.thread(h.onlyThread().id());
        assertThat(detail.calls().get(1).decision()).isEqualTo(TextBackDecision.SKIP_WINDOW);
        assertThat(h.sentTo(DANA)).isEqualTo(1);
    }

    @Test
    void afterALostThreadANewMissOpensANewThreadAndTextsOnceTheWindowAllows() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        long first = h.onlyThread().id();
        h.engine.conversations().moveStage(first, Stage.LOST).join();
        clock.advance(Duration.ofHours(25));

        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.inbox().size() == 2);
        await().until(() -> h.sentTo(DANA) == 2);
        assertThat(h.inbox().get(0).stage()).isEqualTo(Stage.NEW);
        assertThat(h.engine.conversations().thread(first).join().orElseThrow().summary().stage()).isEqualTo(Stage.LOST);
    }

    @Test
    void aCustomerReplyLandsInTheThreadAndStaffCanAnswer() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        long id = h.onlyThread().id();

        h.simulator.customerTexts(DANA, "Kitchen sink is backing up");

        await().until(() -> h.thread(id).messages().size() == 2);
        ThreadSummary waiting = h.onlyThread();
        assertThat(waiting.unread()).isEqualTo(1);
        assertThat(waiting.waitingSince()).isNotNull();
        assertThat(waiting.preview()).isEqualTo("Kitchen sink is backing up");

        h.engine.conversations().reply(id, "Sorry to hear that! How soon do you need us?").join();

        Message reply = h.awaitLastOutbound(id, DeliveryStatus.DELIVERED);
        assertThat(reply.kind()).isEqualTo(MessageKind.STAFF_REPLY);
        ThreadSummary answered = h.onlyThread();
        assertThat(answered.stage()).isEqualTo(Stage.QUALIFYING);
        assertThat(answered.waitingSince()).isNull();
        assertThat(answered.unread()).isZero();
        assertThat(h.simulator.conversationWith(DANA)).extracting(e -> e.body())
                .containsSubsequence("Kitchen sink is backing up", "Sorry to hear that! How soon do you need us?");
    }

    @Test
    void stopOptsOutAndNothingMoreIsSentUntilStart() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        long id = h.onlyThread().id();

        h.simulator.customerTexts(DANA, " Stop ");

        await().until(() -> h.onlyThread().stage() == Stage.OPTED_OUT);
        assertThatThrownBy(() -> h.engine.conversations().reply(id, "Are you sure?").join())
                .isInstanceOf(CompletionException.class).hasCauseInstanceOf(RequestRefused.class)
                .hasMessageContaining("STOP");
        clock.advance(Duration.ofDays(3));
        h.simulator.ringAndMiss(DANA);
        // The call shows on the thread they opted out of, not as a new lead nobody may text.
        await().until(() -> h.thread(id).calls().size() == 2);
        assertThat(h.inbox()).hasSize(1);
        assertThat(h.thread(id).calls().get(1).decision()).isEqualTo(TextBackDecision.SKIP_OPTED_OUT);
        assertThat(h.sentTo(DANA)).isEqualTo(1);

        h.simulator.customerTexts(DANA, "START");
        await().until(() -> h.store.read(s -> !s.contacts().byPhone(DANA).orElseThrow().optedOut()));
        await().until(() -> h.onlyThread().stage() == Stage.NEW);
        await().until(() -> h.sentTo(DANA) == 2);
        assertThat(h.simulator.conversationWith(DANA).get(h.simulator.conversationWith(DANA).size() - 1).body())
                .contains("opted back in");
        h.engine.conversations().reply(id, "Welcome back!").join();
        await().until(() -> h.sentTo(DANA) == 3);
    }

    @Test
    void aTextWaitingToBeRetriedIsNeverSentOnceTheCustomerTextsStop() {
        h.simulator.injectFaults(new SendResult.Transient("HTTP 429", Duration.ZERO));
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.inbox().size() == 1 && h.store.read(s -> s.outbox().backlog()) == 1);

        h.simulator.customerTexts(DANA, "STOP");

        await().until(() -> h.onlyThread().stage() == Stage.OPTED_OUT);
        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofMinutes(1));
        }
        await().until(() -> h.lastOutbound(h.onlyThread().id()).orElseThrow().status() == DeliveryStatus.CANCELLED);
        assertThat(h.store.read(s -> s.outbox().backlog()).intValue()).isZero();
        assertThat(h.sentTo(DANA)).isZero();
    }

    @Test
    void aSecondStopDoesNotOpenANewConversationNorWaitForAReply() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        h.simulator.customerTexts(DANA, "STOP");
        await().until(() -> h.onlyThread().stage() == Stage.OPTED_OUT);

        h.simulator.customerTexts(DANA, "stop");
        h.simulator.customerTexts(DANA, "HELP");

        await().until(() -> h.thread(h.onlyThread().id()).messages().size() == 5);
        assertThat(h.inbox()).hasSize(1);
        assertThat(h.engine.status().snapshot().join().waitingThreads()).isZero();
    }

    @Test
    void yesFromSomeoneWhoNeverOptedOutIsJustAReply() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        h.simulator.customerTexts(DANA, "yes");
        await().until(() -> h.onlyThread().unread() == 1);
        assertThat(h.onlyThread().stage()).isEqualTo(Stage.NEW);
        assertThat(h.onlyThread().waitingSince()).as("a plain answer waits for staff").isNotNull();
        assertThat(h.sentTo(DANA)).isEqualTo(1);
    }

    @Test
    void helpGetsTheHelpText() {
        h.simulator.customerTexts(DANA, "help");
        await().until(() -> h.sentTo(DANA) == 1);
        Message help = h.awaitLastOutbound(h.onlyThread().id(), DeliveryStatus.DELIVERED);
        assertThat(help.kind()).isEqualTo(MessageKind.HELP_REPLY);
        assertThat(help.body()).startsWith("Harbor Plumbing:").contains("STOP");
    }

    @Test
    void transientFailuresAreRetriedAndSendExactlyOnce() {
        h.simulator.injectFaults(new SendResult.Transient("HTTP 503", Duration.ZERO),
                new SendResult.Transient("HTTP 429", Duration.ZERO));

        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.inbox().size() == 1);
        long id = h.onlyThread().id();
        await().until(() -> h.store.read(s -> s.outbox().backlog()) == 1 && h.sentTo(DANA) == 0);
        // Backoff is timed by the injected clock: move it past each retry.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            clock.advance(Duration.ofMinutes(1));
            return h.sentTo(DANA) == 1;
        });
        h.awaitLastOutbound(id, DeliveryStatus.DELIVERED);
        assertThat(h.sentTo(DANA)).isEqualTo(1);
    }

    @Test
    void anUnknownOutcomeIsReconciledNotResent() {
        // The carrier takes the text but the answer is lost on the way back.
        h.simulator.injectFaults(new SendResult.Unknown("read timed out"));

        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.sentTo(DANA) == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            clock.advance(Duration.ofMinutes(1));
            return h.inbox().size() == 1
                    && h.lastOutbound(h.onlyThread().id()).map(m -> m.carrierSid() != null).orElse(false);
        });
        String ledgerSid = h.simulator.ledger().stream().filter(e -> e.fromBusiness()).findFirst().orElseThrow().sid();
        assertThat(h.lastOutbound(h.onlyThread().id()).orElseThrow().carrierSid()).isEqualTo(ledgerSid);
        assertThat(h.sentTo(DANA)).isEqualTo(1);
    }

    @Test
    void aPermanentRefusalIsShownOnTheThreadAndNeverRetried() {
        h.simulator.injectFaults(new SendResult.Rejected("21211", "This number can't receive texts.", false));

        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.inbox().size() == 1 && h.onlyThread().problem() != null);
        assertThat(h.onlyThread().problem()).isEqualTo("This number can't receive texts.");
        assertThat(h.engine.status().snapshot().join().problem()).isEqualTo("This number can't receive texts.");
        Message failed = h.lastOutbound(h.onlyThread().id()).orElseThrow();
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        clock.advance(Duration.ofHours(1));
        assertThat(h.store.read(s -> s.outbox().backlog()).intValue()).isZero();
        assertThat(h.sentTo(DANA)).isZero();
    }

    @Test
    void theCarriersOptOutListMarksTheContactOptedOutToo() {
        h.simulator.injectFaults(new SendResult.Rejected("21610", "This customer has opted out of texts.", true));

        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.inbox().size() == 1 && h.onlyThread().stage() == Stage.OPTED_OUT);
        assertThat(h.store.read(s -> s.contacts().byPhone(DANA)).orElseThrow().optedOut()).isTrue();
    }

    @Test
    void withheldAndStaffCallsAreRecordedButNeverTextedNorShownAsLeads() {
        h.engine.settings().save(Map.of(Settings.ZONE, "America/Chicago", Settings.STAFF, "(206) 555-0100")).join();

        h.simulator.ringAndMiss("anonymous");
        h.simulator.ringAndMiss("+12065550100");
        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.sentTo(DANA) == 1);
        assertThat(h.inbox()).extracting(ThreadSummary::phone).containsExactly(DANA);
        assertThat(h.simulator.ledger().stream().filter(e -> e.fromBusiness()).count()).isEqualTo(1);
    }

    @Test
    void staffReplyRulesGiveClearMessages() {
        h.simulator.customerTexts(DANA, "Hello?");
        await().until(() -> h.inbox().size() == 1);
        long id = h.onlyThread().id();
        assertThatThrownBy(() -> h.engine.conversations().reply(id, "   ").join()).hasCauseInstanceOf(RequestRefused.class)
                .hasMessageContaining("Type a message");
        assertThatThrownBy(() -> h.engine.conversations().moveStage(id, Stage.NEW).join()).hasCauseInstanceOf(RequestRefused.class);
        assertThat(h.thread(id).messages()).extracting(Message::direction).containsExactly(Direction.INBOUND);
    }

    @Test
    void invalidSettingsAreRefusedAndNothingIsSaved() {
        Map<String, String> problems = h.engine.settings().save(Map.of(Settings.BUSINESS_NAME, "", Settings.TEMPLATE_OPEN, "Hi {nme}"))
                .join();
        assertThat(problems).containsKeys(Settings.BUSINESS_NAME, Settings.TEMPLATE_OPEN);
        assertThat(h.engine.settings().stored().join()).containsEntry(Settings.BUSINESS_NAME, "Harbor Plumbing");
    }
}
