package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.twilio.FakeTwilioAccess;
import com.ringbook.carrier.twilio.FakeTwilioServer;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fail-over with Twilio's webhooks: two desks on one real PostgreSQL, each with its webhook port, behind the
 * office's one public address (a reverse proxy, or Twilio's primary and fallback URLs, tries the desks in turn; only
 * the engine's desk listens). A burst of missed calls arrives as signed "nobody answered" webhooks; desk A (a
 * {@code ringbook service} of its own) runs the engine and is killed with kill -9 in the middle. Webhooks sent while
 * no desk listens are lost, as they would be; desk B takes over within 10 s, and its first look at Twilio's call log
 * finds those calls. Every caller gets exactly one text: none lost, none doubled by a call seen both ways.
 */
@ExtendWith(PostgresServerExtension.class)
class FailOverWebhooksTest {
    private static final String ACCOUNT_SID = FailOverDesks.ACCOUNT_SID;
    private static final String AUTH_TOKEN = FailOverDesks.AUTH_TOKEN;
    private static final String BUSINESS = FailOverDesks.BUSINESS;
    private static final String PUBLIC_URL = "https://office.example.com";
    private static final int CALLERS = 60;
    private static final Duration TAKEOVER = Duration.ofSeconds(10);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @TempDir
    Path deskADir;
    @TempDir
    Path deskBDir;
    @TempDir
    Path outputDir;

    @Test
    void killingTheEnginesDeskMidBurstOfWebhooksLosesNoTextAndSendsNoneTwice(PostgresServer.Database db) throws Exception {
        FakeTwilioServer twilio = FakeTwilioServer.start(ACCOUNT_SID, AUTH_TOKEN, Clock.systemUTC());
        twilio.addIncomingNumber(BUSINESS);
        FailOverDesks desks = new FailOverDesks(db, twilio, outputDir);
        int portA = freePort();
        int portB = freePort();
        Process deskA = null;
        Ringbook deskB = null;
        try {
            deskA = desks.startServiceDesk(deskADir, webhooks(desks, "Desk A", portA));
            Process a = deskA;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(a.isAlive()).as("desk A's service is running; its output: %s", desks.output()).isTrue();
                assertThat(listens(portA)).as("desk A, the engine's desk, takes webhooks").isTrue();
            });
            deskB = Ringbook.open(deskBDir, webhooks(desks, "Desk B", portB), Clock.systemUTC());
            Ringbook standby = deskB;
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(standby.engine().engineHolder())
                    .hasValueSatisfying(h -> assertThat(h.desk()).isEqualTo("Desk A")));
            assertThat(listens(portB)).as("a standby desk does not take webhooks").isFalse();

            twilio.delayResponses(Duration.ofMillis(60));
            List<String> callers = IntStream.range(0, CALLERS).mapToObj(i -> String.format("+1206555%04d", 3000 + i)).toList();
            AtomicInteger undelivered = new AtomicInteger();
            Instant rang = Instant.now().minusSeconds(1);
            // The burst, one webhook after another as Twilio would send them, while the kill lands.
            CompletableFuture<Void> burst = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < CALLERS; i++) {
                    FakeTwilioAccess.missedCall(twilio, i + 1, callers.get(i), BUSINESS, rang);
                    if (!deliver(dialStatus(i + 1, callers.get(i)), portA, portB)) {
                        undelivered.incrementAndGet();
                    }
                    pause(Duration.ofMillis(100));
                }
            });
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                    .until(() -> FakeTwilioAccess.textedNumbers(twilio).size() >= 15);

            deskA.destroyForcibly();
            long killed = System.nanoTime();
            int textedByA = FakeTwilioAccess.textedNumbers(twilio).size();
            assertThat(deskA.waitFor(10, TimeUnit.SECONDS)).isTrue();
            assertThat(textedByA).as("the kill came in the middle of the burst").isLessThan(CALLERS);

            await().atMost(TAKEOVER).pollInterval(Duration.ofMillis(50)).until(() -> FailOverDesks.runsTheEngine(standby));
            Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
            assertThat(takeover).isLessThan(TAKEOVER);
            burst.get(60, TimeUnit.SECONDS);
            System.out.printf("Fail-over with webhooks: Twilio had taken %d of %d text-backs from desk A when kill -9 landed;"
                    + " desk B ran the engine %d ms after the kill; %d webhooks found no desk listening%n",
                    textedByA, CALLERS, takeover.toMillis(), undelivered.get());
            assertThat(undelivered.get()).as("some webhooks came while no desk listened (the gap the call log covers)")
                    .isPositive();
            await().atMost(Duration.ofSeconds(5)).until(() -> listens(portB));

            FailOverDesks.awaitOneTextEach(twilio, callers);
        } finally {
            if (deskB != null) {
                deskB.close();
            }
            if (deskA != null) {
                deskA.destroyForcibly();
                deskA.waitFor(10, TimeUnit.SECONDS);
            }
            twilio.close();
        }
    }

    /** Twilio's "the dialled staff phones did not answer" webhook for call {@code n}. */
    private static Map<String, String> dialStatus(int n, String from) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("CallSid", FakeTwilioAccess.callSid(n));
        p.put("AccountSid", ACCOUNT_SID);
        p.put("From", from);
        p.put("To", BUSINESS);
        p.put("CallStatus", "in-progress");
        p.put("Direction", "inbound");
        p.put("DialCallStatus", "no-answer");
        p.put("DialCallDuration", "0");
        p.put("DialCallSid", FakeTwilioAccess.callSid(10_000 + n));
        return p;
    }

    /**
     * What the office's front does with one webhook: the first desk that takes it answers; a desk not listening (a
     * standby, or the engine's desk just killed) is skipped. False when no desk took it: Twilio gives up on it.
     */
    private static boolean deliver(Map<String, String> params, int... ports) {
        String path = "/twilio/voice/dial-status";
        String form = params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        String signature = FakeTwilioAccess.signature(AUTH_TOKEN, PUBLIC_URL + path, params);
        for (int port : ports) {
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Twilio-Signature", signature)
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // Refused, reset or timed out: this desk is not taking webhooks; the front tries the next.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static boolean listens(int port) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A desk taking Twilio's webhooks on its own port, behind the office's one public address. */
    private static Map<String, String> webhooks(FailOverDesks desks, String desk, int webhookPort) {
        return desks.env(desk, Map.of("RINGBOOK_WEBHOOK_PORT", Integer.toString(webhookPort), "RINGBOOK_PUBLIC_URL", PUBLIC_URL));
    }

}
