package com.ringbook.bench;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.FirstCallWriter;
import com.ringbook.store.sqlite.SqliteStore;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The store's own work on the missed-call path, without the engine around it: a burst's first calls written at once
 * (contacts, threads, calls, text-backs, outbox) and then each text-back accepted by the carrier, as thread CPU time
 * per call, the median of 20 rounds of 1,000 after 10 warm-up rounds. Steadier than the burst bench on a shared
 * machine, for telling whether a change to those statements costs anything. Not a test: run with
 * {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.class=com.ringbook.bench.FirstCallStoreBench}.
 */
public final class FirstCallStoreBench {
    private FirstCallStoreBench() {
    }

    public static void main(String[] a) throws Exception {
        Path dir = Files.createTempDirectory("first-call-store-bench");
        Instant now = Instant.parse("2026-11-25T18:00:00Z");
        var cpu = ManagementFactory.getThreadMXBean();
        List<Double> open = new ArrayList<>(), accept = new ArrayList<>();
        try (SqliteStore store = new SqliteStore(dir.resolve("r.db"), Clock.fixed(now, ZoneOffset.UTC))) {
            int phone = 0;
            for (int round = 0; round < 30; round++) {
                List<FirstCallWriter.FirstCall> calls = new ArrayList<>();
                for (int i = 0; i < 1000; i++, phone++) {
                    calls.add(new FirstCallWriter.FirstCall("CA" + phone, "+1312" + (5_000_000 + phone), now.minusSeconds(5),
                            TextBackDecision.SEND_BUSINESS_HOURS, "Sorry we missed your call"));
                }
                long[] o = new long[1];
                List<Optional<FirstCallWriter.Opened>> opened = store.write(s -> {
                    long c = cpu.getCurrentThreadCpuTime();
                    var r = s.firstCalls().open(calls, now);
                    o[0] = cpu.getCurrentThreadCpuTime() - c;
                    return r;
                }).join();
                long[] t = new long[1];
                int base = phone;
                store.write(s -> {
                    long c = cpu.getCurrentThreadCpuTime();
                    for (var x : opened) {
                        s.outbox().recordAccepted(x.orElseThrow().textBack().id(), "SM" + x.get().textBack().id() + "-" + base,
                                DeliveryStatus.SENT, now.plusMillis(700));
                    }
                    t[0] = cpu.getCurrentThreadCpuTime() - c;
                    return null;
                }).join();
                if (round >= 10) {
                    open.add(o[0] / 1000 / 1000.0);
                    accept.add(t[0] / 1000 / 1000.0);
                }
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        Collections.sort(open);
        Collections.sort(accept);
        System.out.printf("per call, median of 20 rounds of 1,000: first-call write %.1f us, text-back accepted %.1f us (min %.1f / %.1f)%n",
                open.get(10), accept.get(10), open.get(0), accept.get(0));
    }
}
