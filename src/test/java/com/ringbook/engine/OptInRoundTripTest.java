package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.CallLogEntry;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OptInSettings;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STOP, HELP, START and a staff reply on the simulated carrier, checked against the carrier's own
 * ledger: exactly the texts that may go out do, and nothing is left waiting in the outbox.
 */
class OptInRoundTripTest {
    private static final String DANA = "+12065550142";
    private static final String STAFF = "+12065550110";
    /** Possible (ten digits) but outside libphonenumber's ranges: an exchange cannot start with 1. */
    private static final String NEW_RANGE = "+12061550142";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T16:00:00Z"));

    @TempDir
    Path dir;
    EngineHarness h;

    @BeforeEach
    void start() {
        h = new EngineHarness(dir, clock, Map.of(Settings.ZONE, "America/Chicago", Settings.BUSINESS_NAME, "Harbor Plumbing",
                Settings.STAFF, STAFF), null);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private List<String> sentBodies(String phone) {
        return h.simulator.ledger().stream().filter(e -> e.fromBusiness() && e.phone().equals(phone))
                .map(SimulatedCarrier.Entry::body).toList();
    }

    private int backlog() {
        return h.store.read(s -> s.outbox().backlog());
    }

    @Test
    void stopHelpStartThenAStaffReplySendsExactlyTheRightTexts() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        long id = h.onlyThread().id();
        h.engine.conversations().reply(id, "What's the address?").join();
        await().until(() -> h.sentTo(DANA) == 2);
        assertThat(h.onlyThread().stage()).isEqualTo(Stage.QUALIFYING);

        h.simulator.customerTexts(DANA, "STOP");
        await().until(() -> h.onlyThread().stage() == Stage.OPTED_OUT);

        h.simulator.customerTexts(DANA, "HELP");
        await().until(() -> h.lastOutbound(id).map(m -> m.kind() == MessageKind.HELP_REPLY).orElse(false));
        Message help = h.lastOutbound(id).orElseThrow();
        assertThat(help.status()).as("shown as not sent").isEqualTo(DeliveryStatus.CANCELLED);
        assertThat(help.errorText()).contains("texted STOP").contains("carriers block");
        assertThat(backlog()).as("never queued").isZero();
        clock.advance(Duration.ofMinutes(5));

        h.simulator.customerTexts(DANA, "start");
        await().until(() -> h.onlyThread().stage() == Stage.QUALIFYING);
        await().until(() -> h.sentTo(DANA) == 3);
        assertThat(h.awaitLastOutbound(id, DeliveryStatus.DELIVERED).kind()).isEqualTo(MessageKind.OPT_IN_REPLY);

        h.engine.conversations().reply(id, "Thanks! Still need that address.").join();
        await().until(() -> h.sentTo(DANA) == 4);
        clock.advance(Duration.ofMinutes(5));
        h.awaitLastOutbound(id, DeliveryStatus.DELIVERED);

        assertThat(sentBodies(DANA)).hasSize(4);
        assertThat(sentBodies(DANA).subList(1, 4)).containsExactly("What's the address?",
                "Harbor Plumbing: you're opted back in to texts. Reply STOP to opt out.",
                "Thanks! Still need that address.");
        assertThat(sentBodies(DANA)).noneMatch(body -> body.contains("this number texts you about"));
        assertThat(backlog()).isZero();
        assertThat(h.inbox()).hasSize(1);
    }

    @Test
    void startGoesBackToTheStageBeforeStopWithTheEditedConfirmation() {
        Map<String, String> draft = new java.util.HashMap<>(h.engine.settings().stored().join());
        draft.put(OptInSettings.CONFIRMATION, "{business} here: welcome back. STOP ends texts.");
        assertThat(h.engine.settings().save(draft).join()).isEmpty();
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        h.simulator.customerTexts(DANA, "stop");
        await().until(() -> h.onlyThread().stage() == Stage.OPTED_OUT);

        h.simulator.customerTexts(DANA, "UNSTOP");

        await().until(() -> h.sentTo(DANA) == 2);
        assertThat(h.onlyThread().stage()).as("it was new before STOP").isEqualTo(Stage.NEW);
        assertThat(sentBodies(DANA).get(1)).isEqualTo("Harbor Plumbing here: welcome back. STOP ends texts.");
        assertThat(Stage.OPTED_OUT.canMoveTo(Stage.NEW)).as("staff still cannot move it out").isFalse();
    }

    @Test
    void startFromSomeoneWhoNeverOptedOutSendsNoConfirmation() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        h.simulator.customerTexts(DANA, "START");
        await().until(() -> h.thread(h.onlyThread().id()).messages().size() == 2);
        clock.advance(Duration.ofMinutes(5));
        assertThat(h.sentTo(DANA)).isEqualTo(1);
        assertThat(backlog()).isZero();
    }

    @Test
    void aPossibleCallerIdIsTextedAndTheCarriersRefusalMarksItForGood() {
        h.simulator.injectFaults(new SendResult.Rejected("21211",
                "This is not a valid phone number, so the text could not be sent.", false, true));
        h.simulator.ringAndMiss(NEW_RANGE);
        await().until(() -> !h.inbox().isEmpty() && h.onlyThread().problem() != null);
        assertThat(h.onlyThread().problem()).isEqualTo("This is not a valid phone number, so the text could not be sent.");

        h.simulator.ringAndMiss(NEW_RANGE);
        await().until(() -> h.engine.calls().calls(10, 0).join().total() == 2);
        List<CallLogEntry> calls = h.engine.calls().calls(10, 0).join().calls();
        assertThat(calls.get(0).decision()).isEqualTo(TextBackDecision.SKIP_UNREACHABLE);
        assertThat(calls.get(1).decision()).isEqualTo(TextBackDecision.SEND_BUSINESS_HOURS);
        assertThat(calls.get(1).textBackFailed()).isTrue();
        assertThat(calls.get(1).textBackError()).contains("not a valid phone number");
        assertThat(h.sentTo(NEW_RANGE)).isZero();
        assertThat(backlog()).isZero();
    }

    @Test
    void callsThatWereNotTextedAreInTheCallLogNewestFirst() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        clock.advance(Duration.ofMinutes(1));
        h.simulator.ringAndMiss(STAFF);
        clock.advance(Duration.ofMinutes(1));
        h.simulator.ringAndMiss("anonymous");
        clock.advance(Duration.ofMinutes(1));
        h.simulator.ringAndMiss(DANA);

        await().until(() -> h.engine.calls().calls(10, 0).join().total() == 4);
        List<CallLogEntry> calls = h.engine.calls().calls(10, 0).join().calls();
        assertThat(calls).extracting(CallLogEntry::decision).containsExactly(TextBackDecision.SKIP_WINDOW,
                TextBackDecision.SKIP_WITHHELD, TextBackDecision.SKIP_STAFF, TextBackDecision.SEND_BUSINESS_HOURS);
        assertThat(calls.get(2).threadId()).as("a staff call opens no thread").isNull();
        assertThat(calls.get(3).threadId()).isEqualTo(h.onlyThread().id());
        assertThat(h.engine.calls().calls(2, 2).join().calls()).extracting(CallLogEntry::caller)
                .containsExactly(STAFF, DANA);
    }
}
