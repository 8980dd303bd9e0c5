package com.ringbook.carrier.twilio;

import java.util.Set;

import static com.ringbook.carrier.twilio.TwilioFixture.ACCOUNT_SID;
import static com.ringbook.carrier.twilio.TwilioFixture.AUTH_TOKEN;
import static com.ringbook.carrier.twilio.TwilioFixture.BUSINESS;
import static com.ringbook.carrier.twilio.TwilioFixture.CUSTOMER;
import static com.ringbook.carrier.twilio.TwilioFixture.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.OutgoingText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The auth token must not show up anywhere a person or a support bundle could read it. */
class SecretsTest {
    private static final String BASIC_CREDENTIALS =
            Base64.getEncoder().encodeToString((ACCOUNT_SID + ":" + AUTH_TOKEN).getBytes(StandardCharsets.UTF_8));

    private final TwilioFixture fx = new TwilioFixture();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void captureEverything() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restore() {
        fx.close();
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    @Test
    void theTokenAppearsInNoLogLineMessageOrName() throws Exception {
        List<String> seen = new ArrayList<>();
        fx.fake.addIncomingNumber(BUSINESS);
        fx.inbound(1, "no-answer", 10);

        RecordingListener listener = new RecordingListener();
        TwilioCarrier carrier = fx.carrier(fx.webhookSettings("https://desk.example.com"), AUTH_TOKEN, TwilioFixture.FAST);
        carrier.start(listener);
        seen.add(carrier.testConnection().message());       // the fetched account carries the token, as Twilio's does
        fx.fake.failNextPosts(FakeTwilioServer.Fault.error(500, 20500, "Internal Server Error"),
                FakeTwilioServer.Fault.dropAfterAccept(), FakeTwilioServer.Fault.error(400, 21211, "Invalid 'To' Phone Number"));
        for (int i = 0; i < 4; i++) {
            seen.add(carrier.send(new OutgoingText("k" + i, CUSTOMER, "Hello")).toString());
        }
        carrier.findAccepted(new OutgoingText("k1", CUSTOMER, "Hello"), T0, Set.of());
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + carrier.webhookPort() + "/twilio/sms"))
                .POST(HttpRequest.BodyPublishers.ofString("MessageSid=SM1&From=%2B14155550100")).build(), HttpResponse.BodyHandlers.ofString());
        await().atMost(5, TimeUnit.SECONDS).until(() -> !listener.missedSids().isEmpty());
        seen.add(carrier.toString());
        seen.add(carrier.displayName());

        TwilioCarrier refused = fx.carrier(fx.settings(), AUTH_TOKEN + "x", TwilioFixture.FAST);
        RecordingListener refusedListener = new RecordingListener();
        refused.start(refusedListener);
        seen.add(refused.testConnection().message());
        seen.add(refused.send(new OutgoingText("k9", CUSTOMER, "Hello")).toString());
        try {
            refused.findAccepted(new OutgoingText("k9", CUSTOMER, "Hello"), T0, Set.of());
        } catch (IllegalStateException e) {
            seen.add(e.getMessage());
            seen.add(String.valueOf(e.getCause()));
        }
        await().atMost(5, TimeUnit.SECONDS).until(() -> refusedListener.lastHealth() != null
                && refusedListener.lastHealth().state() == CarrierHealth.State.DOWN);
        listener.health.forEach(h -> seen.add(h.message()));
        refusedListener.health.forEach(h -> seen.add(h.message()));
        fx.close();

        for (ILoggingEvent event : logs.list) {
            seen.add(event.getFormattedMessage());
            if (event.getThrowableProxy() != null) {
                seen.add(ThrowableProxyUtil.asString(event.getThrowableProxy()));
            }
        }
        assertThat(logs.list).as("the SDK's own debug lines are captured too")
                .anyMatch(e -> e.getLoggerName().startsWith("com.twilio") && e.getLevel() == Level.DEBUG);
        assertThat(logs.list).as("and ours").anyMatch(e -> e.getLoggerName().startsWith("com.ringbook.carrier.twilio"));
        assertThat(seen).noneMatch(s -> s != null && (s.contains(AUTH_TOKEN) || s.contains(BASIC_CREDENTIALS)));
    }
}
