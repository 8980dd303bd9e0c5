package com.ringbook.bench;

import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.ContactRepository;
import com.ringbook.store.FirstCallWriter.FirstCall;
import com.ringbook.store.sqlite.SqliteStore;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The store's side of a burst alone, without the engine, the send pool or the caller: the writer thread's
 * CPU for one write of 1,000 first-time callers (what a burst's text-backs wait on), and, where the code
 * has one, for the search-index write that follows it. CPU time rather than wall time, so that a machine
 * shared with other work still compares one version of the code with another.
 * {@code mvn -Pbench test-compile exec:exec -Dbench.class=com.ringbook.bench.FirstCallWriteBench}
 */
public final class FirstCallWriteBench {
    private static final int CALLS = 1_000;
    private static final int WARM_UP = 10;
    private static final int ROUNDS = 25;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ringbook-first-calls");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        // Present from V11 on: the index write a burst's new callers get after their own.
        Method index = Arrays.stream(ContactRepository.Writable.class.getMethods())
                .filter(m -> m.getName().equals("indexForSearch")).findFirst().orElse(null);
        double[] write = new double[ROUNDS];
        double[] indexing = new double[ROUNDS];
        try (SqliteStore store = new SqliteStore(dir.resolve("ringbook.db"), Clock.systemUTC())) {
            long writer = writerThread(mx);
            int phone = 0;
            for (int round = -WARM_UP; round < ROUNDS; round++) {
                List<FirstCall> calls = new ArrayList<>(CALLS);
                for (int i = 0; i < CALLS; i++, phone++) {
                    String p = String.format("+1206%03d%04d", 200 + phone / 10_000, phone % 10_000);
                    calls.add(new FirstCall("CA" + p, p, Instant.now(), TextBackDecision.SEND_BUSINESS_HOURS,
                            "Hi, this is Harbor Plumbing. Sorry we missed your call! How can we help?"));
                }
                long before = mx.getThreadCpuTime(writer);
                store.write(s -> s.firstCalls().open(calls, Instant.now())).join();
                long between = mx.getThreadCpuTime(writer);
                if (index != null) {
                    store.write(s -> {
                        try {
                            return index.invoke(s.contacts());
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }).join();
                }
                long after = mx.getThreadCpuTime(writer);
                if (round >= 0) {
                    write[round] = (between - before) / 1e3 / CALLS;
                    indexing[round] = (after - between) / 1e3 / CALLS;
                }
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.printf("first-call write: writer CPU per call, median of %d writes of %d (µs): %.1f (min %.1f); "
                        + "index write after it: %s%n", ROUNDS, CALLS, median(write), Arrays.stream(write).min().orElse(0),
                index == null ? "none (indexed inside)" : String.format("%.1f", median(indexing)));
    }

    private static long writerThread(ThreadMXBean mx) {
        for (ThreadInfo info : mx.dumpAllThreads(false, false)) {
            if (info.getThreadName().equals("store-writer")) {
                return info.getThreadId();
            }
        }
        throw new IllegalStateException("no store-writer thread");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
