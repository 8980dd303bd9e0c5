package com.ringbook.bench;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.domain.TimeSlot;
import com.ringbook.revenue.PreFactsRevenue;
import com.ringbook.revenue.RevenueFigures;
import com.ringbook.revenue.Weeks;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.store.RevenueRepository;
import com.ringbook.store.WriteSession;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The Revenue screen's queries over a year of a busy business: 200 missed calls a day for 365 days (73,000 calls),
 * written through the store's own write path (contacts, threads, calls, text-backs through the outbox, replies,
 * staff texts, offers, bookings, cancellations, lost leads), then each query the screen and {@code report} run,
 * timed as the median of several runs after a warm-up. Not a test: run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.class=com.ringbook.bench.RevenueBench}; pass a folder as the
 * first argument to keep the database there (for EXPLAIN QUERY PLAN; {@code reuse} as the second measures it again
 * without building it), else a temp dir is used and removed.
 */
public final class RevenueBench {
    private static final int DAYS = 365;
    private static final int CALLS_A_DAY = 200;
    private static final int RUNS = 9;
    private static final int WARM_UP = 3;
    private static final ZoneId ZONE = ZoneId.of("America/Chicago");
    /** Wednesday noon in Chicago, the year's end. */
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Files.createDirectories(Path.of(args[0])) : Files.createTempDirectory("revenue-bench");
        Path db = dir.resolve("ringbook.db");
        boolean reuse = args.length > 1 && args[1].equals("reuse") && Files.exists(db);
        if (!reuse) {
            Files.deleteIfExists(db);
        }
        long started = System.nanoTime();
        try (SqliteStore store = new SqliteStore(db, Clock.fixed(NOW, ZoneOffset.UTC))) {
            int[] made = reuse ? new int[3] : build(store);
            System.out.printf(Locale.ROOT, "Built %,d missed calls (%,d leads, %,d messages, %,d jobs) over %d days in %.1f s; %s: %,d MB%n",
                    DAYS * CALLS_A_DAY, made[0], made[1], made[2], DAYS, (System.nanoTime() - started) / 1e9, db.getFileName(),
                    Files.size(db) / 1_000_000);
            measure(store);
            sameAsBefore(store, db);
            System.out.printf(Locale.ROOT, "%nTo quote (median of %d runs, wall / CPU of the reading thread, load average %s):%n",
                    RUNS, load());
            QUOTE.forEach(System.out::println);
        } finally {
            if (args.length == 0) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** @return leads, messages and jobs written */
    private static int[] build(SqliteStore store) {
        Random random = new Random(7);
        int[] made = new int[3];
        LocalDate first = LocalDate.ofInstant(NOW, ZONE).minusDays(DAYS - 1);
        store.write(s -> {
            s.settings().put(Map.of(Settings.ZONE, ZONE.getId(), Settings.REGION, "US"));
            return null;
        }).join();
        int[] phone = {0};
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = first.plusDays(d);
            Instant start = day.atTime(7, 0).atZone(ZONE).toInstant();
            store.write(s -> {
                for (int c = 0; c < CALLS_A_DAY; c++) {
                    Instant ended = start.plusSeconds(random.nextInt(14 * 3600));
                    lead(s, random, "+1312" + String.format("%07d", 5_000_000 + phone[0]++), ended, made);
                }
                return null;
            }).join();
        }
        return made;
    }

    private static void lead(WriteSession s, Random random, String phone, Instant ended, int[] made) {
        Instant detected = ended.plusSeconds(2);
        String sid = phone + "-" + ended.toEpochMilli();
        if (random.nextInt(100) < 8) { // withheld or not textable: a call with no thread
            s.calls().insert("CA" + sid, "withheld", null, null, ended, detected, TextBackDecision.SKIP_WITHHELD);
            return;
        }
        long contact = s.contacts().upsert(phone, detected).id();
        long thread = s.threads().create(contact, detected);
        long call = s.calls().insert("CA" + sid, phone, contact, thread, ended, detected, TextBackDecision.SEND_BUSINESS_HOURS)
                .orElseThrow();
        OutboxItem text = s.outbox().queue(thread, MessageKind.TEXT_BACK, phone, "Sorry we missed your call", call, detected);
        s.outbox().recordAccepted(text.id(), "SM" + sid, DeliveryStatus.DELIVERED, detected.plusMillis(300 + random.nextInt(4_000)));
        made[0]++;
        made[1]++;
        if (random.nextInt(100) >= 60) {
            if (random.nextInt(100) < 30) {
                s.threads().setStage(thread, Stage.LOST, ended.plus(Duration.ofDays(2)));
            }
            return;
        }
        Instant t = ended.plusSeconds(60 + random.nextInt(600));
        s.messages().insertInbound(thread, "SMin" + sid, "Yes, the water heater is leaking", t, true);
        s.outbox().queue(thread, MessageKind.STAFF_REPLY, phone, "What's the address?", null, t.plusSeconds(120));
        s.threads().setStage(thread, Stage.QUALIFYING, t);
        s.messages().insertInbound(thread, "SMin2" + sid, "12 Main St", t.plusSeconds(300), true);
        made[1] += 3;
        if (random.nextInt(100) >= 70) {
            return;
        }
        Instant slot = t.plus(Duration.ofDays(2));
        TimeSlot offered = new TimeSlot(1, slot, slot.plus(Duration.ofHours(2)), slot, slot.plus(Duration.ofHours(1)));
        s.offers().save(thread, "Repair", List.of(offered), t.plusSeconds(600));
        s.outbox().queue(thread, MessageKind.STAFF_REPLY, phone, "Thu 9-10 or Fri 1-2?", null, t.plusSeconds(600));
        s.threads().setStage(thread, Stage.SLOTS_OFFERED, t);
        made[1]++;
        if (random.nextInt(100) >= 65) {
            return;
        }
        long job = s.appointments().book(thread, offered, "12 Main St", "Repair", 150_00 + 50_00L * random.nextInt(20),
                t.plusSeconds(900));
        s.threads().setStage(thread, Stage.BOOKED, t);
        made[2]++;
        if (random.nextInt(100) < 8) {
            s.appointments().cancel(job, "changed their mind", t.plus(Duration.ofDays(1)));
        }
    }

    /** The lines to quote, gathered as they are measured and printed together at the end. */
    private static final List<String> QUOTE = new ArrayList<>();

    /** The machine's load average (1, 5, 15 minutes) as uptime prints it; wall times on a shared machine depend on it. */
    private static String load() {
        try {
            String[] avg = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return avg[0] + ", " + avg[1] + ", " + avg[2];
        } catch (java.io.IOException | RuntimeException e) {
            return String.format(Locale.ROOT, "%.2f", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                    .getSystemLoadAverage());
        }
    }

    private static void measure(SqliteStore store) {
        Weeks weeks = new Weeks(ZONE, java.time.DayOfWeek.SUNDAY);
        for (int n : List.of(12, 52)) {
            List<LocalDate> starts = weeks.last(n, NOW);
            List<Instant> bounds = weeks.bounds(starts);
            Instant from = bounds.get(0);
            Instant to = bounds.get(bounds.size() - 1);
            Instant weekFrom = bounds.get(bounds.size() - 2);
            System.out.printf(Locale.ROOT, "%n%d weeks (%s to %s), load average %s:%n", n, starts.get(0),
                    starts.get(n - 1).plusDays(6), load());
            double[] calls = time("conversations (missed, texted, replied, qualified, offered, lost)",
                    () -> store.read(s -> s.revenue().conversations(bounds)));
            double[] jobs = time("bookings (booked, recovered revenue)", () -> store.read(s -> s.revenue().bookings(bounds)));
            time("textSpeed (median, p90)", () -> store.read(s -> s.revenue().textSpeed(bounds)));
            time("weekly: the four above as the screen reads them", () -> store.read(s -> s.revenue().weekly(bounds)));
            double[] lost = time("lostByReason (provisional)", () -> store.read(s -> s.revenue().lostByReason(from, to)));
            double[] screen = time("the whole screen: weeks + funnel + tiles", () -> store.read(s -> {
                List<WeekFigures> figures = RevenueFigures.weeks(s, weeks, starts);
                return List.of(RevenueFigures.funnel(s, weeks, figures), RevenueFigures.kpis(figures));
            }));
            quote(n, "the weeks' calls (missed ... lost, speed-to-text)", calls);
            quote(n, "the weeks' jobs (booked, value, after a follow-up)", jobs);
            quote(n, "lost by reason", lost);
            quote(n, "THE WHOLE SCREEN", screen);
            time("behind: this week's missed calls", () -> store.read(s -> s.revenue().behind(RevenueRepository.Step.MISSED, weekFrom, to, 500)));
            time("behind: the range's booked jobs", () -> store.read(s -> s.revenue().behind(RevenueRepository.Step.BOOKED, from, to, 500)));
            time("behind: the range's replied leads", () -> store.read(s -> s.revenue().behind(RevenueRepository.Step.REPLIED, from, to, 500)));
        }
    }

    /**
     * The figures from the facts (V10) against the statements before them, on this very database: every week of the
     * year, the lost reasons and every list behind a number must be the same.
     */
    private static void sameAsBefore(SqliteStore store, Path db) throws java.sql.SQLException {
        Weeks weeks = new Weeks(ZONE, java.time.DayOfWeek.SUNDAY);
        List<Instant> bounds = weeks.bounds(weeks.last(53, NOW));
        Instant from = bounds.get(0);
        Instant to = bounds.get(bounds.size() - 1);
        List<String> differ = new ArrayList<>();
        try (PreFactsRevenue before = new PreFactsRevenue(db)) {
            if (!before.weekly(bounds).equals(store.read(s -> s.revenue().weekly(bounds)))) {
                differ.add("weekly figures");
            }
            if (!before.lostByReason(from, to).equals(store.read(s -> s.revenue().lostByReason(from, to)))) {
                differ.add("lost by reason");
            }
            for (RevenueRepository.Step step : RevenueRepository.Step.values()) {
                if (!before.behind(step, from, to, 100_000).equals(store.read(s -> s.revenue().behind(step, from, to, 100_000)))) {
                    differ.add("behind " + step);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%nSame figures as the statements before V10 (53 weeks, every list in full): %s%n",
                differ.isEmpty() ? "yes" : "NO: " + differ);
    }

    /**
     * Wall time, and the CPU time of the thread running the query (the read runs on the caller's thread): on a shared
     * machine whose other work holds the cores, wall time grows with the wait for a core, CPU time does not.
     */
    private static void quote(int weeks, String what, double[] wallAndCpu) {
        QUOTE.add(String.format(Locale.ROOT, "  %2d weeks, %-52s %7.1f ms wall, %7.1f ms CPU", weeks, what, wallAndCpu[0],
                wallAndCpu[1]));
    }

    /** @return the median wall and CPU milliseconds */
    private static double[] time(String what, Supplier<?> query) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < WARM_UP; i++) {
            query.get();
        }
        List<Double> ms = new ArrayList<>();
        List<Double> cpuMs = new ArrayList<>();
        Object last = null;
        for (int i = 0; i < RUNS; i++) {
            long c = cpu.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            last = query.get();
            ms.add((System.nanoTime() - t) / 1e6);
            cpuMs.add((cpu.getCurrentThreadCpuTime() - c) / 1e6);
        }
        Collections.sort(ms);
        Collections.sort(cpuMs);
        System.out.printf(Locale.ROOT, "  %-58s wall median %7.1f ms (min %6.1f, max %7.1f)  cpu median %6.1f ms%s%n", what,
                ms.get(RUNS / 2), ms.get(0), ms.get(RUNS - 1), cpuMs.get(RUNS / 2),
                last instanceof List<?> l ? "  (" + l.size() + " rows)" : "");
        return new double[] {ms.get(RUNS / 2), cpuMs.get(RUNS / 2)};
    }
}
