package com.ringbook.carrier.twilio;

import java.util.Set;

import static com.ringbook.carrier.twilio.TwilioFixture.BUSINESS;
import static com.ringbook.carrier.twilio.TwilioFixture.CUSTOMER;
import static com.ringbook.carrier.twilio.TwilioFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.DeliveryStatus;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SendTest {
    private static final OutgoingText TEXT = new OutgoingText("outbox-1", CUSTOMER, "Hi, this is Harbor Plumbing. Sorry we missed your call!");

    private final TwilioFixture fx = new TwilioFixture();

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void anAcceptedTextComesBackWithTwiliosSid() {
        SendResult result = fx.carrier().send(TEXT);

        assertThat(fx.fake.outboundTexts()).singleElement().satisfies(m -> {
            assertThat(m.from).isEqualTo(BUSINESS);
            assertThat(m.to).isEqualTo(CUSTOMER);
            assertThat(m.body).isEqualTo(TEXT.body());
            assertThat(result).isEqualTo(new SendResult.Accepted(m.sid, DeliveryStatus.SENT));
        });
    }

    @Test
    void aServerErrorIsCheckedBeforeItIsRetriedAndSentOnlyOnce() {
        TwilioCarrier carrier = fx.carrier();
        fx.fake.failNextPosts(FakeTwilioServer.Fault.error(500, 20500, "Internal Server Error"));

        SendResult first = carrier.send(TEXT);

        assertThat(first).isInstanceOf(SendResult.Unknown.class);
        assertThat(((SendResult.Unknown) first).reason()).contains("HTTP 500");
        assertThat(carrier.findAccepted(TEXT, TwilioFixture.T0, Set.of())).isEmpty();
        assertThat(fx.fake.posts()).isEqualTo(1);            // the SDK would have tried three times
        assertThat(fx.fake.outboundTexts()).isEmpty();

        assertThat(carrier.send(TEXT)).isInstanceOf(SendResult.Accepted.class);
        assertThat(fx.fake.posts()).isEqualTo(2);
        assertThat(fx.fake.outboundTexts()).hasSize(1);
    }

    @Test
    void aGatewayErrorPageWithoutTwilioBodyIsCheckedBeforeARetry() {
        TwilioCarrier carrier = fx.carrier();
        fx.fake.failNextPosts(FakeTwilioServer.Fault.htmlError(503));

        SendResult result = carrier.send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Unknown.class);
        assertThat(((SendResult.Unknown) result).reason()).contains("HTTP 503");
        assertThat(fx.fake.posts()).isEqualTo(1);
    }

    @Test
    void rateLimitingIsTransientAndKeepsTwiliosRetryAfter() {
        TwilioCarrier carrier = fx.carrier();
        fx.fake.failNextPosts(FakeTwilioServer.Fault.rateLimited(7));

        SendResult result = carrier.send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Transient.class);
        assertThat(((SendResult.Transient) result).retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(fx.fake.posts()).isEqualTo(1);
    }

    @Test
    void aConnectionDroppedAfterTwilioTookTheTextIsUnknownAndReconcilesToIt() {
        TwilioCarrier carrier = fx.carrier();
        fx.fake.failNextPosts(FakeTwilioServer.Fault.dropAfterAccept());

        SendResult result = carrier.send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Unknown.class);
        assertThat(fx.fake.posts()).isEqualTo(1);
        String sid = fx.fake.outboundTexts().get(0).sid;
        assertThat(carrier.findAccepted(TEXT, T0, Set.of())).contains(new SendResult.Accepted(sid, DeliveryStatus.SENT));
        assertThat(fx.fake.posts()).isEqualTo(1);
    }

    @Test
    void aTimeoutAfterTwilioTookTheTextIsUnknown() {
        Timing impatient = new Timing(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(300), Duration.ofMillis(300),
                Duration.ofMillis(300));
        TwilioCarrier carrier = fx.carrier(fx.settings(), TwilioFixture.AUTH_TOKEN, impatient);
        fx.fake.failNextPosts(FakeTwilioServer.Fault.slowAfterAccept(Duration.ofSeconds(1)));

        SendResult result = carrier.send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Unknown.class);
        assertThat(carrier.findAccepted(TEXT, T0, Set.of())).isPresent();
    }

    @Test
    void twoIdenticalTextsAreNeverMatchedToTheSameMessage() {
        TwilioCarrier carrier = fx.carrier();
        SendResult.Accepted first = (SendResult.Accepted) carrier.send(TEXT);

        assertThat(carrier.findAccepted(TEXT, T0, Set.of())).map(SendResult.Accepted::sid).contains(first.sid());
        assertThat(carrier.findAccepted(TEXT, T0, Set.of(first.sid()))).as("the second identical text was never sent")
                .isEmpty();

        SendResult.Accepted second = (SendResult.Accepted) carrier.send(TEXT);
        assertThat(carrier.findAccepted(TEXT, T0, Set.of(first.sid()))).map(SendResult.Accepted::sid)
                .contains(second.sid());
    }

    @Test
    void aTextStillQueuedWithoutASendDateIsFoundToo() {
        TwilioCarrier carrier = fx.carrier();
        fx.fake.holdQueued(true);
        fx.fake.failNextPosts(FakeTwilioServer.Fault.dropAfterAccept());

        assertThat(carrier.send(TEXT)).isInstanceOf(SendResult.Unknown.class);

        assertThat(carrier.findAccepted(TEXT, T0, Set.of())).map(SendResult.Accepted::sid)
                .contains(fx.fake.outboundTexts().get(0).sid);
    }

    @Test
    void findAcceptedMatchesOnlyTheSameRecipientBodyAndTime() {
        TwilioCarrier carrier = fx.carrier();
        assertThat(carrier.findAccepted(TEXT, T0, Set.of())).isEmpty();

        carrier.send(new OutgoingText("other", CUSTOMER, "A different text"));
        carrier.send(new OutgoingText("elsewhere", TwilioFixture.OTHER_NUMBER, TEXT.body()));
        assertThat(carrier.findAccepted(TEXT, T0, Set.of())).isEmpty();

        carrier.send(TEXT);
        assertThat(carrier.findAccepted(TEXT, T0, Set.of())).isPresent();
        // A text from an earlier outbox row with the same words is not this one.
        assertThat(carrier.findAccepted(TEXT, T0.plus(Duration.ofMinutes(5)), Set.of())).isEmpty();
    }

    @Test
    void findAcceptedThrowsRatherThanSayNotSentWhenTwilioCannotBeAsked() throws IOException {
        TwilioCarrier carrier = fx.carrier(unreachable(), TwilioFixture.AUTH_TOKEN, TwilioFixture.FAST);

        assertThatThrownBy(() -> carrier.findAccepted(TEXT, T0, Set.of()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Could not ask Twilio whether the text went out");
    }

    @Test
    void aRefusedConnectionIsTransient() throws IOException {
        SendResult result = fx.carrier(unreachable(), TwilioFixture.AUTH_TOKEN, TwilioFixture.FAST).send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Transient.class);
        assertThat(((SendResult.Transient) result).reason()).startsWith("Could not reach Twilio at http://127.0.0.1:");
    }

    @Test
    void anUnknownHostIsTransient() {
        CarrierSettings s = fx.settings();
        CarrierSettings nowhere = new CarrierSettings(s.kind(), s.accountSid(), s.businessNumber(), "http://twilio-api.invalid",
                s.pollSeconds(), null, "", false, s.ringSeconds());

        SendResult result = fx.carrier(nowhere, TwilioFixture.AUTH_TOKEN, TwilioFixture.FAST).send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Transient.class);
        assertThat(((SendResult.Transient) result).reason()).contains("could not be found");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "21211 | not a valid phone number",
        "21614 | not a mobile phone",
        "21408 | not allowed to text this country",
        "21612 | cannot be sent from your number to this number",
        "30003 | switched off or out of reach",
        "30004 | blocked the text",
        "30005 | does not exist or is no longer in service",
        "30006 | landline",
        "30007 | filtered the text as spam",
    })
    void permanentErrorsAreRejectedInPlainWords(int code, String words) {
        fx.fake.rejectTexts(CUSTOMER, 400, code, "Twilio says no");

        SendResult result = fx.carrier().send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Rejected.class);
        SendResult.Rejected rejected = (SendResult.Rejected) result;
        assertThat(rejected.code()).isEqualTo(String.valueOf(code));
        assertThat(rejected.reason()).contains(words);
        assertThat(rejected.optedOut()).isFalse();
        assertThat(fx.fake.posts()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"21211, true", "21614, true", "21612, true", "30006, true", "30003, false", "30007, false", "21408, false"})
    void onlyARefusalOfTheNumberItselfMarksItAsOneThatCannotTakeTexts(int code, boolean badNumber) {
        fx.fake.rejectTexts(CUSTOMER, 400, code, "Twilio says no");

        SendResult.Rejected rejected = (SendResult.Rejected) fx.carrier().send(TEXT);

        assertThat(rejected.badNumber()).isEqualTo(badNumber);
    }

    @Test
    void anUnsubscribedRecipientIsRejectedAndMarkedOptedOut() {
        fx.fake.rejectTexts(CUSTOMER, 400, 21610, "Attempt to send to unsubscribed recipient");

        SendResult result = fx.carrier().send(TEXT);

        assertThat(result).isEqualTo(new SendResult.Rejected("21610", ((SendResult.Rejected) result).reason(), true));
        assertThat(((SendResult.Rejected) result).reason()).contains("texted STOP");
    }

    @Test
    void anUnregisteredNumberIsRejectedWithWhatToDoAboutIt() {
        fx.fake.rejectTexts(CUSTOMER, 400, 30034, "Message from an Unregistered Number");

        SendResult.Rejected rejected = (SendResult.Rejected) fx.carrier().send(TEXT);

        assertThat(rejected.code()).isEqualTo("30034");
        assertThat(rejected.optedOut()).isFalse();
        assertThat(rejected.reason())
                .contains("US carriers block texts from business numbers that are not registered")
                .contains("brand and campaign (A2P 10DLC)")
                .contains("toll-free verification");
    }

    @Test
    void anotherClientErrorIsRejectedWithTwiliosWords() {
        fx.fake.rejectTexts(CUSTOMER, 400, 21606, "The From phone number is not a valid, SMS-capable inbound phone number");

        SendResult.Rejected rejected = (SendResult.Rejected) fx.carrier().send(TEXT);

        assertThat(rejected.code()).isEqualTo("21606");
        assertThat(rejected.reason()).contains("not a valid, SMS-capable inbound phone number");
    }

    @Test
    void badCredentialsAreTransientAndTakeTheCarrierDown() {
        RecordingListener listener = new RecordingListener();
        TwilioCarrier carrier = fx.carrier(fx.settings(), "wrong-token", TwilioFixture.FAST);
        carrier.start(listener);

        SendResult result = carrier.send(TEXT);

        assertThat(result).isInstanceOf(SendResult.Transient.class);
        assertThat(((SendResult.Transient) result).reason()).contains("Check", "Account SID and auth token");
        await().atMost(3, TimeUnit.SECONDS).until(() -> listener.lastHealth() != null
                && listener.lastHealth().state() == CarrierHealth.State.DOWN);
        assertThat(fx.fake.outboundTexts()).isEmpty();
    }

    private CarrierSettings unreachable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CarrierSettings s = fx.settings();
        return new CarrierSettings(s.kind(), s.accountSid(), s.businessNumber(), "http://127.0.0.1:" + port,
                s.pollSeconds(), null, "", false, s.ringSeconds());
    }
}
