package com.ringbook.carrier.twilio;

import static com.ringbook.carrier.twilio.TwilioFixture.AUTH_TOKEN;
import static com.ringbook.carrier.twilio.TwilioFixture.BUSINESS;
import static com.ringbook.carrier.twilio.TwilioFixture.CUSTOMER;
import static com.ringbook.carrier.twilio.TwilioFixture.T0;
import static com.ringbook.carrier.twilio.TwilioFixture.callSid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.DeliveryStatus;
import com.twilio.security.RequestValidator;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookTest {
    private static final String PUBLIC_URL = "https://desk.example.com";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final TwilioFixture fx = new TwilioFixture();
    private final RecordingListener listener = new RecordingListener();
    private TwilioCarrier carrier;

    @BeforeEach
    void startWebhooks() {
        carrier = fx.carrier(fx.webhookSettings(PUBLIC_URL + "/"), AUTH_TOKEN, TwilioFixture.FAST);
        carrier.start(listener);
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    @Test
    void theSdkValidatorAcceptsTwiliosDocumentedExample() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("CallSid", "CA1234567890ABCDE");
        params.put("Caller", "+12349013030");
        params.put("Digits", "1234");
        params.put("From", "+12349013030");
        params.put("To", "+18005551212");
        String url = "https://mycompany.com/myapp.php?foo=1&bar=2";

        assertThat(new RequestValidator("12345").validate(url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isTrue();
        assertThat(TwilioSignature.sign("12345", url, params)).isEqualTo("0/KCTR6DLpKmkAf8muzZqo1nDgQ=");
        assertThat(new RequestValidator("54321").validate(url, params, "0/KCTR6DLpKmkAf8muzZqo1nDgQ=")).isFalse();
    }

    @Test
    void unsignedAndForgedRequestsGet403AndChangeNothing() throws Exception {
        Map<String, String> call = dialStatus("no-answer", "0");

        assertThat(post("/twilio/voice/dial-status", call, null).statusCode()).isEqualTo(403);
        assertThat(post("/twilio/voice/dial-status", call, TwilioSignature.sign("guessed-token", url("/twilio/voice/dial-status"), call))
                .statusCode()).isEqualTo(403);
        assertThat(post("/twilio/voice/dial-status", call, TwilioSignature.sign(AUTH_TOKEN, "https://elsewhere.example.com/twilio/voice/dial-status", call))
                .statusCode()).isEqualTo(403);
        String signedForOtherParams = TwilioSignature.sign(AUTH_TOKEN, url("/twilio/voice/dial-status"), dialStatus("completed", "42"));
        assertThat(post("/twilio/voice/dial-status", call, signedForOtherParams).statusCode()).isEqualTo(403);
        Map<String, String> text = Map.of("MessageSid", "SM1", "From", CUSTOMER, "To", BUSINESS, "Body", "STOP");
        assertThat(post("/twilio/sms", text, null).statusCode()).isEqualTo(403);

        assertThat(listener.events).isEmpty();
    }

    @Test
    void anIncomingCallRingsEveryStaffPhone() throws Exception {
        HttpResponse<String> response = signedPost("/twilio/voice", incomingCall("+14155550100"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/xml"));
        assertThat(response.body())
                .contains("<Dial")
                .contains("timeout=\"20\"")
                .contains("action=\"https://desk.example.com/twilio/voice/dial-status\"")
                .contains("<Number>+14155550111</Number>")
                .contains("<Number>+14155550112</Number>");
        assertThat(listener.events).isEmpty();
    }

    @Test
    void withNoStaffPhonesTheCallerHearsABriefApologyAndTheCallIsMissed() throws Exception {
        fx.staffPhones.clear();

        HttpResponse<String> response = signedPost("/twilio/voice", incomingCall(CUSTOMER));

        assertThat(response.body()).contains("<Say>").contains("text").contains("<Hangup/>").doesNotContain("<Dial");
        assertThat(listener.events).containsExactly(new CarrierEvent.MissedCall(callSid(1), CUSTOMER, BUSINESS, T0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-answer", "busy", "failed", "canceled"})
    void anUnansweredDialIsAMissedCallAtOnce(String status) throws Exception {
        HttpResponse<String> response = signedPost("/twilio/voice/dial-status", dialStatus(status, "0"));

        assertThat(response.body()).contains("<Say>").contains("sending you a text").contains("<Hangup/>");
        assertThat(listener.events).containsExactly(new CarrierEvent.MissedCall(callSid(1), CUSTOMER, BUSINESS, T0));
    }

    @Test
    void aDialCompletedWithoutTalkingIsMissedAndOneWithTalkingIsNot() throws Exception {
        signedPost("/twilio/voice/dial-status", dialStatus("completed", "0"));
        Map<String, String> talked = dialStatus("completed", "42");
        talked.put("CallSid", callSid(2));

        HttpResponse<String> response = signedPost("/twilio/voice/dial-status", talked);

        assertThat(response.body()).contains("<Hangup/>").doesNotContain("<Say>");
        assertThat(listener.missedSids()).containsExactly(callSid(1));
    }

    @Test
    void aHiddenCallerIsPassedOnAndNotPromisedAText() throws Exception {
        Map<String, String> anonymous = dialStatus("no-answer", "0");
        anonymous.put("From", "anonymous");

        HttpResponse<String> response = signedPost("/twilio/voice/dial-status", anonymous);

        assertThat(response.body()).contains("<Say>").doesNotContain("text");
        assertThat(listener.events(CarrierEvent.MissedCall.class)).singleElement()
                .extracting(CarrierEvent.MissedCall::from).isEqualTo("anonymous");
    }

    @Test
    void anIncomingTextIsReportedAndAnsweredWithAnEmptyResponse() throws Exception {
        Map<String, String> text = new LinkedHashMap<>(Map.of("MessageSid", "SM1", "SmsSid", "SM1", "From", CUSTOMER,
                "To", BUSINESS, "Body", "Kitchen sink is backing up", "NumMedia", "0"));

        HttpResponse<String> response = signedPost("/twilio/sms", text);
        signedPost("/twilio/sms", text);                         // Twilio may deliver a webhook twice

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).endsWith("<Response/>");
        assertThat(listener.events).containsExactly(
                new CarrierEvent.InboundText("SM1", CUSTOMER, BUSINESS, "Kitchen sink is backing up", T0));
    }

    @Test
    void theSignatureCoversTheQueryString() throws Exception {
        Map<String, String> text = Map.of("MessageSid", "SM2", "From", CUSTOMER, "To", BUSINESS, "Body", "hello");

        HttpResponse<String> response = signedPost("/twilio/sms?source=ringbook", text);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(listener.events).hasSize(1);
    }

    @Test
    void deliveryStatusCallbacksBecomeDeliveryUpdates() throws Exception {
        String sid = ((SendResult.Accepted) carrier.send(new OutgoingText("k1", CUSTOMER, "Hello"))).sid();

        signedPost("/twilio/message-status", Map.of("MessageSid", sid, "MessageStatus", "sent"));
        signedPost("/twilio/message-status", Map.of("MessageSid", sid, "MessageStatus", "undelivered", "ErrorCode", "30034"));

        assertThat(listener.events(CarrierEvent.DeliveryUpdate.class)).extracting(CarrierEvent.DeliveryUpdate::status)
                .containsExactly(DeliveryStatus.UNDELIVERED);
        CarrierEvent.DeliveryUpdate update = listener.events(CarrierEvent.DeliveryUpdate.class).get(0);
        assertThat(update.errorCode()).isEqualTo("30034");
        assertThat(update.errorText()).contains("US carriers block texts");
    }

    @Test
    void sendsAskTwilioForStatusCallbacksAtThePublicUrl() throws Exception {
        carrier.send(new OutgoingText("k1", CUSTOMER, "Hello"));

        FakeTwilioServer.FakeMessage sent = fx.fake.outboundTexts().get(0);
        assertThat(sent.statusCallback).isEqualTo("https://desk.example.com/twilio/message-status");
        String sid = sent.sid;
        assertThat(signedPost("/twilio/message-status", Map.of("MessageSid", sid, "MessageStatus", "delivered")).statusCode())
                .isEqualTo(200);
        assertThat(listener.events(CarrierEvent.DeliveryUpdate.class)).singleElement()
                .isEqualTo(new CarrierEvent.DeliveryUpdate(sid, DeliveryStatus.DELIVERED, null, null));
    }

    @Test
    void aCallSeenByTheWebhookAndThePollIsReportedOnce() throws Exception {
        fx.inbound(1, "completed", 10);
        fx.leg(11, 1, "no-answer", 0);
        fx.inbound(2, "no-answer", 20);

        signedPost("/twilio/voice/dial-status", dialStatus("no-answer", "0"));
        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().contains(callSid(2)));
        Map<String, String> late = dialStatus("no-answer", "0");
        late.put("CallSid", callSid(2));
        signedPost("/twilio/voice/dial-status", late);
        long polls = fx.fake.requests().size();
        await().atMost(5, TimeUnit.SECONDS).until(() -> fx.fake.requests().size() >= polls + 4);

        assertThat(listener.missedSids()).containsExactlyInAnyOrder(callSid(1), callSid(2));
    }

    @Test
    void whileTheEngineCannotSaveTwilioStillGetsItsAnswerAndThePollReportsTheCallAgain() throws Exception {
        fx.inbound(1, "no-answer", 10);
        listener.unsaved.set(1);

        long started = System.nanoTime();
        HttpResponse<String> response = signedPost("/twilio/voice/dial-status", dialStatus("no-answer", "0"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("sending you a text");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(3));
        // Not remembered as seen: the safety-net poll finds the same call and reports it again, and this time it lands.
        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.missedSids().size() == 2);
        long polls = fx.fake.requests().size();
        await().atMost(5, TimeUnit.SECONDS).until(() -> fx.fake.requests().size() >= polls + 4);
        assertThat(listener.missedSids()).containsExactly(callSid(1), callSid(1));
    }

    @Test
    void otherMethodsAndPathsAreTurnedAway() throws Exception {
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(local("/twilio/voice")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> unknown = signedPost("/twilio/unknown", Map.of("CallSid", callSid(1)));

        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void reportsWebhookModeInItsNameAndHealth() {
        assertThat(carrier.displayName()).isEqualTo("Twilio +14155550142 (webhooks)");
        await().atMost(5, TimeUnit.SECONDS).until(() -> listener.lastHealth() != null
                && listener.lastHealth().state() == CarrierHealth.State.OK);
        assertThat(listener.lastHealth().message()).contains(PUBLIC_URL);
    }

    @Test
    void whenTheWebhookPortIsTakenPollingCarriesOnAndSaysSo() {
        fx.inbound(1, "no-answer", 10);
        RecordingListener second = new RecordingListener();
        int taken = carrier.webhookPort();

        fx.carrier(fx.webhookSettings(PUBLIC_URL, taken), AUTH_TOKEN, TwilioFixture.FAST).start(second);

        await().atMost(5, TimeUnit.SECONDS).until(() -> second.missedSids().contains(callSid(1)));
        await().atMost(5, TimeUnit.SECONDS).until(() -> second.lastHealth().state() == CarrierHealth.State.DEGRADED);
        assertThat(second.lastHealth().message()).startsWith("Webhooks are off: port " + taken + " could not be opened");
    }

    private static Map<String, String> incomingCall(String from) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CallSid", callSid(1));
        p.put("AccountSid", TwilioFixture.ACCOUNT_SID);
        p.put("From", from);
        p.put("To", BUSINESS);
        p.put("CallStatus", "ringing");
        p.put("Direction", "inbound");
        return p;
    }

    private static Map<String, String> dialStatus(String status, String duration) {
        Map<String, String> p = incomingCall(CUSTOMER);
        p.put("CallStatus", "in-progress");
        p.put("DialCallStatus", status);
        p.put("DialCallDuration", duration);
        p.put("DialCallSid", callSid(11));
        return p;
    }

    private HttpResponse<String> signedPost(String pathAndQuery, Map<String, String> params) throws IOException, InterruptedException {
        return post(pathAndQuery, params, TwilioSignature.sign(AUTH_TOKEN, url(pathAndQuery), params));
    }

    private HttpResponse<String> post(String pathAndQuery, Map<String, String> params, String signature)
            throws IOException, InterruptedException {
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(local(pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String url(String pathAndQuery) {
        return PUBLIC_URL + pathAndQuery;
    }

    private URI local(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + carrier.webhookPort() + pathAndQuery);
    }
}
