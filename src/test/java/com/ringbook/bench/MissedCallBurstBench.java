package com.ringbook.bench;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierListener;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.engine.Engine;
import com.ringbook.engine.ForwardingCarrier;
import com.ringbook.engine.TestEngine;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Engine overhead from a missed-call event entering intake to its text-back request leaving for the
 * carrier, on a real SQLite file (WAL, synchronous=FULL) and the simulated carrier. Not a test: run
 * with {@code mvn -Pbench test-compile exec:exec}.
 *
 * <p>Scenarios: a burst of 1,000 calls handed to intake at once (after five warm-up bursts and a
 * warm-up of single calls; each burst arrives at a quiet engine), and a steady trickle of single calls.
 */
public final class MissedCallBurstBench {
    private static final int BURST = 1_000;
    private static final int ROUNDS = 5;
    private static final int WARM_UP_ROUNDS = 5;
    private static final int TRICKLE = 200;

    /** Wraps the simulator and notes when each send request leaves the engine. */
    private static final class TimedCarrier extends ForwardingCarrier {
        private final Map<String, Long> sentAt = new ConcurrentHashMap<>();
        /** Any second text to one caller: the figures mean nothing if this is not zero. */
        private final java.util.concurrent.atomic.AtomicInteger duplicates = new java.util.concurrent.atomic.AtomicInteger();
        private volatile CountDownLatch expected = new CountDownLatch(0);
        private volatile CarrierListener intake;

        TimedCarrier(SimulatedCarrier simulator) {
            super(simulator);
        }

        @Override
        public void start(CarrierListener listener) {
            intake = listener;
            super.start(listener);
        }

        @Override
        public SendResult send(OutgoingText text) {
            if (sentAt.putIfAbsent(text.to(), System.nanoTime()) == null) {
                expected.countDown();
            } else {
                duplicates.incrementAndGet();
            }
            return super.send(text);
        }
    }

    /**
     * CPU time by thread (pool numbers folded together) from a burst's first event to its last send:
     * where a burst's time goes when the machine has few cores.
     */
    private static final Map<String, Long> burstCpuNanos = new java.util.TreeMap<>();

    private static Map<String, Long> cpuByThread() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.dumpAllThreads(false, false)) {
            long nanos = threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                cpu.merge(info.getThreadName().replaceAll("-\\d+$", "-N"), nanos, Long::sum);
            }
        }
        return cpu;
    }

    private record Result(String scenario, long[] latenciesNanos, double seconds) {
        double percentileMillis(double p) {
            long[] sorted = latenciesNanos.clone();
            java.util.Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1e6;
        }

        String row() {
            return String.format("| %s | %d | %.1f | %.1f | %.1f | %.1f | %.0f |", scenario, latenciesNanos.length,
                    percentileMillis(50), percentileMillis(90), percentileMillis(99), percentileMillis(100),
                    latenciesNanos.length / seconds);
        }
    }

    public static void main(String[] args) throws Exception {
        // Checked once here, not per call: parsing them all would add garbage to every burst it measures.
        for (int n : new int[] {0, (WARM_UP_ROUNDS + ROUNDS) * BURST + 2 * TRICKLE}) {
            if (PhoneNumbers.normalize(phone(n), "US").isEmpty()) {
                throw new IllegalStateException("bench number not valid: " + phone(n));
            }
        }
        Path dir = Files.createTempDirectory("ringbook-bench");
        Clock clock = Clock.systemUTC();
        SqliteStore store = new SqliteStore(dir.resolve("ringbook.db"), clock);
        TimedCarrier carrier = new TimedCarrier(new SimulatedCarrier(dir, clock));
        Engine engine = TestEngine.on(store, carrier, clock).start();
        List<Result> results = new ArrayList<>();
        int phone = 0;
        try {
            // Warm-up: JIT, SQLite page cache and statement paths, not counted. A lone call takes another
            // path through the code than a burst's calls written together, so it is warmed up too.
            for (int round = 1; round <= WARM_UP_ROUNDS; round++) {
                burst(carrier, "warm-up", phone, BURST, false);
                phone += BURST;
                settle();
            }
            trickle(carrier, phone);
            phone += TRICKLE;
            settle();
            for (int round = 1; round <= ROUNDS; round++) {
                Result r = burst(carrier, "burst of 1,000 (round " + round + ")", phone, BURST, true);
                phone += BURST;
                results.add(r);
                settle();
            }
            results.add(allOf(results));
            results.add(trickle(carrier, phone));
        } finally {
            engine.close();
            store.close();
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        report(results);
        if (carrier.duplicates.get() > 0) {
            throw new IllegalStateException(carrier.duplicates.get() + " caller(s) got a second text");
        }
    }

    /** Lets the previous burst's delivery reports land, so each burst arrives at a quiet engine. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1_500);
    }

    private static String phone(int n) {
        // 206-2xx-xxxx: a valid Seattle range, so every caller passes the text-back policy.
        return String.format("+1206%03d%04d", 200 + n / 10_000, n % 10_000);
    }

    /** @param countCpu add the CPU each thread spends on this burst to the report */
    private static Result burst(TimedCarrier carrier, String name, int firstPhone, int count, boolean countCpu)
            throws InterruptedException {
        Map<String, Long> eventAt = new ConcurrentHashMap<>();
        List<String> phones = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            phones.add(phone(firstPhone + i));
        }
        carrier.expected = new CountDownLatch(count);
        Map<String, Long> cpuBefore = countCpu ? cpuByThread() : Map.of();
        long start = System.nanoTime();
        for (String p : phones) {
            eventAt.put(p, System.nanoTime());
            carrier.intake.onEvent(new CarrierEvent.MissedCall("CAbench" + p, p, "+15005550006", Instant.now()));
        }
        if (!carrier.expected.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(name + ": not every text-back left within 60 s");
        }
        if (countCpu) {
            cpuByThread().forEach((thread, nanos) ->
                    burstCpuNanos.merge(thread, nanos - cpuBefore.getOrDefault(thread, 0L), Long::sum));
        }
        long end = phones.stream().mapToLong(carrier.sentAt::get).max().orElseThrow();
        return new Result(name, phones.stream().mapToLong(p -> carrier.sentAt.get(p) - eventAt.get(p)).toArray(),
                (end - start) / 1e9);
    }

    /** Every call of the measured bursts together: the p99 of all of them, not of one burst. */
    private static Result allOf(List<Result> bursts) {
        long[] all = bursts.stream().flatMapToLong(r -> java.util.Arrays.stream(r.latenciesNanos())).toArray();
        return new Result("all " + bursts.size() + " bursts together", all, bursts.stream().mapToDouble(Result::seconds).sum());
    }

    private static Result trickle(TimedCarrier carrier, int firstPhone) throws InterruptedException {
        long[] latencies = new long[TRICKLE];
        long start = System.nanoTime();
        for (int i = 0; i < TRICKLE; i++) {
            Result one = burst(carrier, "single", firstPhone + i, 1, false);
            latencies[i] = one.latenciesNanos[0];
            Thread.sleep(20);
        }
        return new Result("single calls, 20 ms apart", latencies, (System.nanoTime() - start) / 1e9);
    }

    private static void report(List<Result> results) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("Engine overhead, missed-call event -> send request (ms); ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append('\n');
        out.append("| scenario | calls | p50 | p90 | p99 | max | calls/s |\n|---|---|---|---|---|---|---|\n");
        results.forEach(r -> out.append(r.row()).append('\n'));
        out.append("\nCPU per call during the bursts, by thread (µs; main is the caller handing events over):\n");
        burstCpuNanos.entrySet().stream()
                .filter(e -> e.getValue() / (ROUNDS * BURST) >= 1_000)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> out.append(String.format("- %s: %.0f%n", e.getKey(), e.getValue() / 1e3 / (ROUNDS * BURST))));
        System.out.print(out);
        Path file = Path.of("target", "bench-missed-call-burst.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
        System.out.println("Written to " + file.toAbsolutePath());
    }
}
