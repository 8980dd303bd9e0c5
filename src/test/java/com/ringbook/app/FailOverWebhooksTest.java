package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.twilio.FakeTwilioAccess;
import com.ringbook.carrier.twilio.FakeTwilioServer;
import com.ringbook.engine.api.StatusSnapshot;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
    private static final String ACCOUNT_SID = "AC" + "5b2d4f6a8c0e1a3b5c7d9e1f2a4b6c8d";
    private static final String AUTH_TOKEN = "0123456789abcdeff00dfacefeedbeef";
    private static final String BUSINESS = "+14155550142";
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
        int portA = freePort();
        int portB = freePort();
        Process deskA = null;
        Ringbook deskB = null;
        try {
            deskA = startServiceDesk(deskADir, env(db, twilio, "Desk A", portA));
            Process a = deskA;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(a.isAlive()).as("desk A's service is running; its output: %s", output()).isTrue();
                assertThat(listens(portA)).as("desk A, the engine's desk, takes webhooks").isTrue();
            });
            deskB = Ringbook.open(deskBDir, env(db, twilio, "Desk B", portB), Clock.systemUTC());
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

            await().atMost(TAKEOVER).pollInterval(Duration.ofMillis(50)).until(() -> runsTheEngine(standby));
            Duration takeover = Duration.ofNanos(System.nanoTime() - killed);
            assertThat(takeover).isLessThan(TAKEOVER);
            burst.get(60, TimeUnit.SECONDS);
            System.out.printf("Fail-over with webhooks: Twilio had taken %d of %d text-backs from desk A when kill -9 landed;"
                    + " desk B ran the engine %d ms after the kill; %d webhooks found no desk listening%n",
                    textedByA, CALLERS, takeover.toMillis(), undelivered.get());
            assertThat(undelivered.get()).as("some webhooks came while no desk listened (the gap the call log covers)")
                    .isPositive();
            await().atMost(Duration.ofSeconds(5)).until(() -> listens(portB));

            await().atMost(Duration.ofSeconds(60)).until(() -> FakeTwilioAccess.textedNumbers(twilio).size() >= CALLERS);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertOneTextEach(twilio, callers));
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

    /** Names any caller with no text or with more than one, so a failure says who. */
    private static void assertOneTextEach(FakeTwilioServer twilio, List<String> callers) {
        Map<String, Long> textsPerNumber = FakeTwilioAccess.textedNumbers(twilio).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(textsPerNumber.entrySet().stream().filter(e -> e.getValue() != 1).toList())
                .as("callers texted more than once").isEmpty();
        assertThat(textsPerNumber.keySet()).as("callers texted").containsExactlyInAnyOrderElementsOf(callers);
    }

    private Map<String, String> env(PostgresServer.Database db, FakeTwilioServer twilio, String desk, int webhookPort) {
        Map<String, String> env = new HashMap<>();
        env.put(SharedStoreChoice.URL_ENV, db.url() + "?user=" + db.user());
        env.put(SharedStoreChoice.DESK_ENV, desk);
        env.put("RINGBOOK_CARRIER", "twilio");
        env.put("RINGBOOK_TWILIO_ACCOUNT_SID", ACCOUNT_SID);
        env.put("RINGBOOK_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        env.put("RINGBOOK_TWILIO_NUMBER", BUSINESS);
        env.put("RINGBOOK_TWILIO_API_BASE", twilio.baseUrl());
        env.put("RINGBOOK_POLL_SECONDS", "1");
        env.put("RINGBOOK_WEBHOOK_PORT", Integer.toString(webhookPort));
        env.put("RINGBOOK_PUBLIC_URL", PUBLIC_URL);
        return env;
    }

    private Process startServiceDesk(Path dataDir, Map<String, String> deskEnv) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "service", "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outputFile().toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("RINGBOOK_") || k.equals("DISPLAY") || k.equals("WAYLAND_DISPLAY"));
        builder.environment().putAll(deskEnv);
        return builder.start();
    }

    private Path outputFile() {
        return outputDir.resolve("desk-a-service.out");
    }

    private String output() {
        try {
            return Files.exists(outputFile()) ? Files.readString(outputFile()) : "(none yet)";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static boolean runsTheEngine(Ringbook desk) {
        return desk.engine().engineHolder().map(h -> h.thisDesk()).orElse(false)
                && desk.engine().status().snapshot().join().engineState() == StatusSnapshot.EngineState.RUNNING;
    }
}
