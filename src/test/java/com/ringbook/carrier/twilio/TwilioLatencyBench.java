package com.ringbook.carrier.twilio;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Missed call to text-back request, end to end through the real Twilio SDK and the fake Twilio on
 * loopback: in webhook mode from Twilio's dial-status callback, in polling mode (default 5 s) from the
 * moment the call ends in Twilio's call log. Not a test: run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.class=com.ringbook.carrier.twilio.TwilioLatencyBench}.
 */
public final class TwilioLatencyBench {
    private static final int WEBHOOK_SAMPLES = 50;
    private static final int POLL_SAMPLES = 12;
    /** Calls that all end at once, say after the lines were down: one poll finds them all. */
    private static final int POLL_BURST = 200;

    public static void main(String[] args) throws Exception {
        List<Duration> webhook = new ArrayList<>();
        List<Duration> poll = new ArrayList<>();
        List<Duration> pollBurst = new ArrayList<>();
        Path webhookDir = Files.createTempDirectory("ringbook-bench-webhook");
        try (TwilioEngineRig rig = new TwilioEngineRig(webhookDir, true, Duration.ofSeconds(5))) {
            for (int i = 0; i < WEBHOOK_SAMPLES + 5; i++) {
                String caller = String.format("+1206555%04d", 1000 + i);
                Instant before = rig.clock.instant();
                rig.dialStatusNoAnswer(1000 + i, caller);
                Duration latency = awaitText(rig, caller, before);
                if (i >= 5) {
                    webhook.add(latency);
                }
            }
        }
        Path pollDir = Files.createTempDirectory("ringbook-bench-poll");
        try (TwilioEngineRig rig = new TwilioEngineRig(pollDir, false, Duration.ofSeconds(5))) {
            for (int i = 0; i < POLL_SAMPLES; i++) {
                // Calls end at random moments relative to the poll cycle, as real ones do.
                Thread.sleep(ThreadLocalRandom.current().nextLong(100, 5_000));
                String caller = String.format("+1206555%04d", 2000 + i);
                Instant ended = rig.clock.instant();
                rig.callRangOut(2000 + i, caller);
                poll.add(awaitText(rig, caller, ended));
            }
            Thread.sleep(ThreadLocalRandom.current().nextLong(100, 5_000));
            Instant ended = rig.clock.instant();
            for (int i = 0; i < POLL_BURST; i++) {
                rig.callRangOut(3000 + i, String.format("+1206555%04d", 3000 + i));
            }
            for (int i = 0; i < POLL_BURST; i++) {
                pollBurst.add(awaitText(rig, String.format("+1206555%04d", 3000 + i), ended));
            }
        }
        StringBuilder out = new StringBuilder("Missed call -> text-back request at the carrier (ms), real SDK, fake Twilio on loopback\n");
        out.append("| mode | samples | p50 | p90 | max | target |\n|---|---|---|---|---|---|\n");
        out.append(row("webhook (dial-status callback)", webhook, "< 1000"));
        out.append(row("polling every 5 s (call ended in the log)", poll, "< 6000"));
        out.append(row("polling every 5 s, " + POLL_BURST + " calls ended at once", pollBurst, "< 6000"));
        System.out.print(out);
        Path file = Path.of("target", "bench-twilio-latency.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private static Duration awaitText(TwilioEngineRig rig, String caller, Instant since) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            List<FakeTwilioServer.FakeMessage> texts = rig.textsTo(caller);
            if (!texts.isEmpty()) {
                return Duration.between(since, texts.get(0).created);
            }
            Thread.sleep(1);
        }
        throw new IllegalStateException("no text-back to " + caller + " within 30 s");
    }

    private static String row(String mode, List<Duration> samples, String target) {
        List<Long> ms = samples.stream().map(Duration::toMillis).sorted().toList();
        return String.format("| %s | %d | %d | %d | %d | %s |%n", mode, ms.size(), ms.get((ms.size() - 1) / 2),
                ms.get((int) Math.ceil(0.9 * ms.size()) - 1), ms.get(ms.size() - 1), target);
    }
}
