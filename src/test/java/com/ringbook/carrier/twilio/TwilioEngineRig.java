package com.ringbook.carrier.twilio;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Settings;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.Engine;
import com.ringbook.engine.TestEngine;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The whole engine on a real SQLite file, talking through the real Twilio SDK to the fake Twilio,
 * on the wall clock. Restartable over the same data dir and fake, as a real restart would be.
 */
final class TwilioEngineRig implements AutoCloseable {
    static final String PUBLIC_URL = "https://desk.example.com";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Clock clock = Clock.systemUTC();
    final FakeTwilioServer fake = FakeTwilioServer.start(TwilioFixture.ACCOUNT_SID, TwilioFixture.AUTH_TOKEN, clock);
    final InMemoryStateStore carrierState = new InMemoryStateStore();
    private final Path dataDir;
    private final boolean webhooks;
    private final Duration pollInterval;
    SqliteStore store;
    TwilioCarrier carrier;
    Engine engine;

    TwilioEngineRig(Path dataDir, boolean webhooks, Duration pollInterval) {
        this.dataDir = dataDir;
        this.webhooks = webhooks;
        this.pollInterval = pollInterval;
        fake.addIncomingNumber(TwilioFixture.BUSINESS);
        start();
    }

    void start() {
        store = new SqliteStore(dataDir.resolve("ringbook.db"), clock);
        store.write(s -> {
            s.settings().put(Map.of(Settings.BUSINESS_NAME, "Harbor Plumbing", Settings.ZONE, "America/Chicago"));
            return null;
        }).join();
        CarrierSettings settings = new CarrierSettings(CarrierSettings.Kind.TWILIO, TwilioFixture.ACCOUNT_SID,
                TwilioFixture.BUSINESS, fake.baseUrl(), 1, webhooks ? 0 : null, webhooks ? PUBLIC_URL : "", false, 20);
        Duration safetyNet = webhooks ? pollInterval.multipliedBy(4) : pollInterval;
        carrier = new TwilioCarrier(settings, TwilioFixture.AUTH_TOKEN, carrierState, clock, List::of,
                new Timing(pollInterval, safetyNet, Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(5)));
        engine = TestEngine.on(store, carrier, clock).start();
    }

    void stop() {
        engine.close();
        store.close();
    }

    /** A call that rang out just now, as Twilio's call log shows it once it has ended. */
    void callRangOut(int n, String from) {
        Instant now = clock.instant();
        fake.addCall(new FakeTwilioServer.FakeCall(FakeTwilioServer.sid("CA", n)).from(from).to(TwilioFixture.BUSINESS)
                .status("no-answer").at(now.minusSeconds(20), 0));
    }

    /** Twilio's Dial action callback for a call nobody picked up, signed as Twilio signs it. */
    HttpResponse<String> dialStatusNoAnswer(int n, String from) throws IOException, InterruptedException {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CallSid", FakeTwilioServer.sid("CA", n));
        p.put("AccountSid", TwilioFixture.ACCOUNT_SID);
        p.put("From", from);
        p.put("To", TwilioFixture.BUSINESS);
        p.put("CallStatus", "in-progress");
        p.put("Direction", "inbound");
        p.put("DialCallStatus", "no-answer");
        p.put("DialCallDuration", "0");
        String path = "/twilio/voice/dial-status";
        String form = p.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + carrier.webhookPort() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Twilio-Signature", TwilioSignature.sign(TwilioFixture.AUTH_TOKEN, PUBLIC_URL + path, p))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    List<FakeTwilioServer.FakeMessage> textsTo(String phone) {
        return fake.outboundTexts().stream().filter(m -> m.to.equals(phone)).toList();
    }

    List<ThreadSummary> inbox() {
        return engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join();
    }

    @Override
    public void close() {
        stop();
        fake.close();
    }
}
