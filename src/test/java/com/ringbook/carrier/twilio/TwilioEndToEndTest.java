package com.ringbook.carrier.twilio;

import static com.ringbook.carrier.twilio.TwilioFixture.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.Message;
import com.ringbook.domain.Stage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole loop against the fake Twilio through the real SDK: engine, SQLite file, poller, webhooks. */
class TwilioEndToEndTest {

    @TempDir
    Path dir;

    private static List<Message> messages(TwilioEngineRig rig) {
        return rig.engine.conversations().thread(rig.inbox().get(0).id()).join().orElseThrow().messages();
    }

    @Test
    void pollingFindsTheMissedCallTextsBackOnceAndSurvivesARestart() {
        try (TwilioEngineRig rig = new TwilioEngineRig(dir, false, Duration.ofMillis(200))) {
            rig.callRangOut(1, CUSTOMER);

            await().atMost(Duration.ofSeconds(10)).until(() -> rig.textsTo(CUSTOMER).size() == 1);
            assertThat(rig.textsTo(CUSTOMER).get(0).body).startsWith("Hi there, it's Harbor Plumbing.");
            await().until(() -> messages(rig).get(0).carrierSid() != null);
            assertThat(messages(rig).get(0).carrierSid()).isEqualTo(rig.textsTo(CUSTOMER).get(0).sid);

            rig.fake.addInboundText(FakeTwilioServer.sid("SM", 900), CUSTOMER, TwilioFixture.BUSINESS,
                    "Water heater is leaking", rig.clock.instant());
            await().atMost(Duration.ofSeconds(10)).until(() -> messages(rig).size() == 2);
            assertThat(messages(rig).get(1).direction()).isEqualTo(Direction.INBOUND);

            rig.engine.conversations().reply(rig.inbox().get(0).id(), "On our way after 2pm. What's the address?").join();
            await().atMost(Duration.ofSeconds(10)).until(() -> rig.textsTo(CUSTOMER).size() == 2);

            rig.stop();
            rig.start();
            // Several polls over the same call log after the restart: nothing new, nothing repeated.
            await().pollDelay(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(rig.textsTo(CUSTOMER)).hasSize(2);
            assertThat(rig.inbox()).hasSize(1);
            assertThat(messages(rig)).hasSize(3);
        }
    }

    @Test
    void aWebhookTextsBackWithinASecondAndThePollSafetyNetDoesNotDoubleIt() throws Exception {
        try (TwilioEngineRig rig = new TwilioEngineRig(dir, true, Duration.ofMillis(200))) {
            long start = System.nanoTime();

            assertThat(rig.dialStatusNoAnswer(2, CUSTOMER).statusCode()).isEqualTo(200);

            await().atMost(Duration.ofSeconds(1)).until(() -> rig.textsTo(CUSTOMER).size() == 1);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            // The same call then shows up in Twilio's call log, where the safety-net poll sees it.
            rig.callRangOut(2, CUSTOMER);
            await().pollDelay(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(rig.textsTo(CUSTOMER)).hasSize(1);
            assertThat(rig.inbox()).singleElement().satisfies(t -> assertThat(t.stage()).isEqualTo(Stage.NEW));
        }
    }

    @Test
    void stopAtTheCarrierKeepsEverythingQuietAndTheUnsubscribedErrorAgrees() {
        try (TwilioEngineRig rig = new TwilioEngineRig(dir, false, Duration.ofMillis(200))) {
            rig.fake.rejectTexts(CUSTOMER, 400, 21610, "Attempt to send to unsubscribed recipient");

            rig.callRangOut(3, CUSTOMER);

            await().atMost(Duration.ofSeconds(10)).until(() -> !rig.inbox().isEmpty()
                    && rig.inbox().get(0).stage() == Stage.OPTED_OUT);
            assertThat(messages(rig).get(0).status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(rig.inbox().get(0).problem()).isNotBlank();
            assertThat(rig.textsTo(CUSTOMER)).isEmpty();
        }
    }
}
