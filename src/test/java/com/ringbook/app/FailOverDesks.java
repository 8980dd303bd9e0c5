package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.twilio.FakeTwilioAccess;
import com.ringbook.carrier.twilio.FakeTwilioServer;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.store.postgres.PostgresServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the fail-over tests share: desks on one PostgreSQL and one (fake) Twilio account, one of them a real
 * {@code ringbook service} in a process of its own so that it can be killed outright, and the check that every
 * caller got exactly one text.
 */
final class FailOverDesks {
    static final String ACCOUNT_SID = "AC" + "7a1c3e5f7092b4d6e8f0a1b2c3d4e5f6";
    static final String AUTH_TOKEN = "f00dfacefeedbeef0123456789abcdef";
    static final String BUSINESS = "+14155550142";

    private final PostgresServer.Database db;
    private final FakeTwilioServer twilio;
    private final Path outputDir;

    FailOverDesks(PostgresServer.Database db, FakeTwilioServer twilio, Path outputDir) {
        this.db = db;
        this.twilio = twilio;
        this.outputDir = outputDir;
    }

    /** A desk's environment: the shared database, its name, Twilio polling every second, plus {@code extra}. */
    Map<String, String> env(String desk, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put(SharedStoreChoice.URL_ENV, db.url() + "?user=" + db.user());
        env.put(SharedStoreChoice.DESK_ENV, desk);
        env.put("RINGBOOK_CARRIER", "twilio");
        env.put("RINGBOOK_TWILIO_ACCOUNT_SID", ACCOUNT_SID);
        env.put("RINGBOOK_TWILIO_AUTH_TOKEN", AUTH_TOKEN);
        env.put("RINGBOOK_TWILIO_NUMBER", BUSINESS);
        env.put("RINGBOOK_TWILIO_API_BASE", twilio.baseUrl());
        env.put("RINGBOOK_POLL_SECONDS", "1");
        env.putAll(extra);
        return env;
    }

    /** {@code ringbook service} for this desk in a JVM of its own, its output in a file ({@link #output}). */
    Process startServiceDesk(Path dataDir, Map<String, String> deskEnv) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "service", "--data-dir", dataDir.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(outputFile().toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("RINGBOOK_") || k.equals("DISPLAY") || k.equals("WAYLAND_DISPLAY"));
        builder.environment().putAll(deskEnv);
        return builder.start();
    }

    String output() {
        try {
            return Files.exists(outputFile()) ? Files.readString(outputFile()) : "(none yet)";
        } catch (IOException e) {
            return e.toString();
        }
    }

    private Path outputFile() {
        return outputDir.resolve("service-desk.out");
    }

    static boolean runsTheEngine(Ringbook desk) {
        return desk.engine().engineHolder().map(h -> h.thisDesk()).orElse(false)
                && desk.engine().status().snapshot().join().engineState() == StatusSnapshot.EngineState.RUNNING;
    }

    /** Every caller's text arrives, and for 3 s after nothing more trickles in: exactly one text each. */
    static void awaitOneTextEach(FakeTwilioServer twilio, List<String> callers) {
        await().atMost(Duration.ofSeconds(60)).until(() -> FakeTwilioAccess.textedNumbers(twilio).size() >= callers.size());
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                .untilAsserted(() -> assertOneTextEach(twilio, callers));
    }

    /** Names any caller with no text or with more than one, so a failure says who. */
    private static void assertOneTextEach(FakeTwilioServer twilio, List<String> callers) {
        Map<String, Long> textsPerNumber = FakeTwilioAccess.textedNumbers(twilio).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(textsPerNumber.entrySet().stream().filter(e -> e.getValue() != 1).toList())
                .as("callers texted more than once").isEmpty();
        assertThat(textsPerNumber.keySet()).as("callers texted").containsExactlyInAnyOrderElementsOf(callers);
    }
}
