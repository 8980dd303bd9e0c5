package com.ringbook.carrier.twilio;

import static com.ringbook.carrier.twilio.TwilioFixture.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.CallLogEntry;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * STOP, HELP, START and a staff reply against the fake Twilio through the real SDK, and a caller ID
 * Twilio refuses: what reaches Twilio is checked on Twilio's side.
 */
class TwilioOptInTest {
    /** Possible but outside libphonenumber's ranges, as a number from a newly opened range would be. */
    private static final String NEW_RANGE = "+14151550100";

    @TempDir
    Path dir;

    private static List<Message> messages(TwilioEngineRig rig) {
        return rig.engine.conversations().thread(rig.inbox().get(0).id()).join().orElseThrow().messages();
    }

    private static void customerTexts(TwilioEngineRig rig, int n, String body) {
        rig.fake.addInboundText(FakeTwilioServer.sid("SM", 900 + n), CUSTOMER, TwilioFixture.BUSINESS, body, rig.clock.instant());
    }

    private static List<String> bodiesTo(TwilioEngineRig rig, String phone) {
        return rig.textsTo(phone).stream().map(m -> m.body).toList();
    }

    @Test
    void stopHelpStartThenAStaffReplyReachTwilioExactlyAsTheyShould() {
        try (TwilioEngineRig rig = new TwilioEngineRig(dir, false, Duration.ofMillis(200))) {
            rig.callRangOut(1, CUSTOMER);
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.textsTo(CUSTOMER).size() == 1);
            long id = rig.inbox().get(0).id();
            rig.engine.conversations().reply(id, "What's the address?").join();
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.textsTo(CUSTOMER).size() == 2);

            customerTexts(rig, 1, "STOP");
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.inbox().get(0).stage() == Stage.OPTED_OUT);
            customerTexts(rig, 2, "HELP");
            await().atMost(Duration.ofSeconds(10)).until(() -> messages(rig).size() == 5);
            Message heldBack = messages(rig).get(4);
            assertThat(heldBack.kind()).isEqualTo(MessageKind.HELP_REPLY);
            assertThat(heldBack.status()).isEqualTo(DeliveryStatus.CANCELLED);
            assertThat(heldBack.errorText()).contains("carriers block");

            customerTexts(rig, 3, "START");
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.textsTo(CUSTOMER).size() == 3);
            assertThat(rig.inbox().get(0).stage()).isEqualTo(Stage.QUALIFYING);
            rig.engine.conversations().reply(id, "Thanks! Still need that address.").join();
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.textsTo(CUSTOMER).size() == 4);

            // Long enough for a held-back HELP answer to have leaked out, as it used to ~20 s after START.
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(bodiesTo(rig, CUSTOMER).subList(1, 4)).containsExactly("What's the address?",
                    "Harbor Plumbing: you're opted back in to texts. Reply STOP to opt out.",
                    "Thanks! Still need that address.");
            assertThat(rig.store.read(s -> s.outbox().backlog()).intValue()).isZero();
        }
    }

    @Test
    void aPossibleCallerIdIsTextedAndTwiliosInvalidNumberAnswerMarksItForGood() {
        try (TwilioEngineRig rig = new TwilioEngineRig(dir, false, Duration.ofMillis(200))) {
            rig.fake.rejectTexts(NEW_RANGE, 400, 21211, "The 'To' number is not a valid phone number.");
            rig.callRangOut(1, NEW_RANGE);
            await().atMost(Duration.ofSeconds(10)).until(() -> !rig.inbox().isEmpty() && rig.inbox().get(0).problem() != null);
            assertThat(rig.inbox().get(0).problem()).contains("not a valid phone number");
            assertThat(rig.fake.posts()).as("the text was tried: libphonenumber does not decide").isEqualTo(1);

            rig.callRangOut(2, NEW_RANGE);
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.engine.calls().calls(10, 0).join().total() == 2);
            List<CallLogEntry> calls = rig.engine.calls().calls(10, 0).join().calls();
            assertThat(calls.get(0).decision()).isEqualTo(TextBackDecision.SKIP_UNREACHABLE);
            assertThat(calls.get(1).decision().sends()).isTrue();
            assertThat(calls.get(1).textBackError()).contains("not a valid phone number");
            assertThat(rig.fake.posts()).isEqualTo(1);
        }
    }

    @Test
    void anUndeliveredReportSayingTheNumberIsALandlineMarksItToo() {
        try (TwilioEngineRig rig = new TwilioEngineRig(dir, false, Duration.ofMillis(200))) {
            rig.callRangOut(1, TwilioFixture.OTHER_NUMBER);
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.textsTo(TwilioFixture.OTHER_NUMBER).size() == 1);
            rig.fake.setMessageStatus(rig.textsTo(TwilioFixture.OTHER_NUMBER).get(0).sid, "undelivered", 30006,
                    "Landline or unreachable carrier");
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.engine.calls().calls(10, 0).join().calls().get(0)
                    .textBackFailed());
            assertThat(rig.engine.calls().calls(10, 0).join().calls().get(0).textBackError()).contains("landline");

            rig.callRangOut(2, TwilioFixture.OTHER_NUMBER);
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.engine.calls().calls(10, 0).join().total() == 2);
            assertThat(rig.engine.calls().calls(10, 0).join().calls().get(0).decision())
                    .isEqualTo(TextBackDecision.SKIP_UNREACHABLE);
            assertThat(rig.textsTo(TwilioFixture.OTHER_NUMBER)).hasSize(1);
        }
    }
}
