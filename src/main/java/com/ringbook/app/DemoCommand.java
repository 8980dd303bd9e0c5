package com.ringbook.app;

import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.demo.DemoBusiness;
import com.ringbook.demo.SteppingClock;
import com.ringbook.domain.Money;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code ringbook demo}: fills an empty data dir with weeks of a made-up plumbing and heating shop, made
 * by the real engine on the simulated carrier with the demo's own clock running up to now. A data dir
 * that holds anything is refused before a single file is made, so nobody's real data is ever touched.
 */
final class DemoCommand {
    static final int DEFAULT_WEEKS = 8;
    static final int MAX_WEEKS = 104;
    static final long DEFAULT_SEED = 1;

    /** Files an operating system leaves in any folder it shows; a folder holding only these is empty. */
    private static final Set<String> OS_LITTER = Set.of(".DS_Store", "Thumbs.db", "desktop.ini");
    /** What Ringbook keeps in a data dir. */
    private static final List<String> RINGBOOK_FILES = List.of("ringbook.db", "ringbook.db-wal", "ringbook.db-shm",
            "ringbook.lock", "simulator-ledger.jsonl", "secrets", "logs");

    private DemoCommand() {
    }

    /**
     * Makes the demo; returns the process's exit code: 0 made, 1 it failed part way, 2 refused (nothing
     * was changed).
     *
     * @param now  the end of the demo, read once by the caller
     * @param zone the business's time zone
     */
    static int run(Path dataDir, int weeks, long seed, Instant now, ZoneId zone, PrintStream out, PrintStream err) {
        Optional<String> refusal = refusal(dataDir);
        if (refusal.isPresent()) {
            err.println("ringbook: " + refusal.get());
            return 2;
        }
        long started = System.nanoTime();
        SteppingClock clock = new SteppingClock(DemoBusiness.firstMoment(now, zone, weeks));
        DemoBusiness.Summary summary;
        // No environment: a RINGBOOK_CARRIER=twilio in the shell must never send the demo's texts to real phones.
        try (Ringbook ringbook = Ringbook.open(dataDir, Map.of(), clock)) {
            SimulatedCarrier phones = ringbook.simulator()
                    .orElseThrow(() -> new IllegalStateException("the demo runs on the simulated carrier only"));
            summary = new DemoBusiness(ringbook.engine(), ringbook.booking(), ringbook.followUpScheduler(), phones,
                    clock, seed).run(zone, now, weeks);
        } catch (RuntimeException e) {
            err.println("ringbook: the demo stopped part way: " + e.getMessage());
            err.println("ringbook: " + dataDir + " holds a partial demo; delete it and run the demo again.");
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Demo ready in %s: %s of %s, %d missed calls, %d booked (%s), took %.1f s.%n",
                dataDir, weeks == 1 ? "1 week" : weeks + " weeks", DemoBusiness.BUSINESS_NAME, summary.missedCalls(), summary.booked(),
                Money.shown(summary.bookedValueCents()), seconds);
        out.printf(Locale.ROOT, "%d conversations: %d answered the text-back, %d lost, %d opted out; %d jobs cancelled.%n",
                summary.conversations(), summary.replied(), summary.lost(), summary.optedOut(), summary.cancelled());
        out.printf(Locale.ROOT, "%d follow-ups went to customers who went quiet; %d of those customers answered one.%n",
                summary.followUps(), summary.answeredFollowUp());
        out.println("Open the console on it: ringbook --data-dir " + dataDir);
        return 0;
    }

    /** Why the demo will not fill this folder, or empty when it is empty (or not there yet). */
    static Optional<String> refusal(Path dataDir) {
        if (!Files.exists(dataDir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(dataDir)) {
            return Optional.of(dataDir + " is a file, not a folder. The demo needs an empty folder: pick a new --data-dir.");
        }
        List<String> names;
        try (Stream<Path> entries = Files.list(dataDir)) {
            names = entries.map(p -> p.getFileName().toString()).filter(n -> !OS_LITTER.contains(n)).sorted().toList();
        } catch (IOException e) {
            return Optional.of("cannot look inside " + dataDir + " (" + e.getMessage() + "). The demo only fills an empty folder.");
        }
        if (names.isEmpty()) {
            return Optional.empty();
        }
        List<String> ours = names.stream().filter(RINGBOOK_FILES::contains).toList();
        String held = ours.isEmpty()
                ? "is not empty (" + String.join(", ", names.stream().limit(3).toList()) + (names.size() > 3 ? ", ..." : "") + ")"
                : "already holds Ringbook data (" + String.join(", ", ours) + ")";
        return Optional.of(dataDir + " " + held + ". The demo only fills an empty folder and changed nothing: "
                + "pick a new --data-dir, e.g. --data-dir /tmp/ringbook-demo.");
    }
}
