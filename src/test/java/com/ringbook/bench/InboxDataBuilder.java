package com.ringbook.bench;

import com.ringbook.domain.Contact;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.store.Store;
import com.ringbook.store.WriteSession;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;

/**
 * Writes the bench's inbox through the store's own write path (the repositories the engine uses, in
 * transactions of {@link #CHUNK} threads): every thread starts with a missed call and its text-back,
 * then customer and staff texts alternate. Seeded, so every build writes the same data (only the
 * times move with the day it was built).
 */
final class InboxDataBuilder {
    static final int THREADS = 100_000;
    static final int MESSAGES = 1_000_000;
    static final int MARKER_THREADS = 1_400;
    /** Threads written per transaction: one commit (one disk sync) per ~10,000 messages. */
    private static final int CHUNK = 1_000;
    private static final Duration SPAN = Duration.ofDays(548);
    /** Threads opened this recently can still be waiting for a reply (the issue saw waits up to 33 days). */
    private static final Duration RECENT = Duration.ofDays(33);
    private static final String[] AREAS = {"206", "425", "253", "360"};

    /** What one thread will look like; planned for all first, so the totals come out exact. */
    private enum Kind { WAITING, OPEN_ANSWERED, BOOKED, LOST, OPTED_OUT }

    private final Random random = new Random(13);
    private final Instant end = Instant.now().truncatedTo(ChronoUnit.MINUTES);
    private final Instant start = end.minus(SPAN);
    /** The totals at this builder's scale (the full scale unless a store bench asks for less). */
    private final int threadTotal;
    private final int messageTotal;
    private final int markerTotal;
    private final Kind[] kind;
    private final int[] count;
    private final int[] contact;
    private final boolean[] marker;
    private final Instant[] opened;
    private int contacts;
    private long sidCounter;

    /** Builds into {@code dbFile} and returns what the bench needs to know about it. */
    static Properties build(Path dbFile) {
        try (SqliteStore store = new SqliteStore(dbFile, Clock.systemUTC())) {
            return build(store, 1.0);
        }
    }

    /**
     * Builds into any store (the store bench: SQLite and PostgreSQL), at {@code scale} of the full totals
     * (1.0: 100,000 threads; the threads stay a whole number of transactions).
     */
    static Properties build(Store store, double scale) {
        InboxDataBuilder builder = new InboxDataBuilder(scale);
        builder.plan();
        return builder.write(store);
    }

    private InboxDataBuilder(double scale) {
        threadTotal = Math.max(CHUNK, (int) Math.round(THREADS * scale / CHUNK) * CHUNK);
        messageTotal = (int) ((long) MESSAGES * threadTotal / THREADS);
        markerTotal = (int) ((long) MARKER_THREADS * threadTotal / THREADS);
        kind = new Kind[threadTotal];
        count = new int[threadTotal];
        contact = new int[threadTotal];
        marker = new boolean[threadTotal];
        opened = new Instant[threadTotal];
    }

    private void plan() {
        int[] latestThreadOf = new int[threadTotal];
        for (int i = 0; i < threadTotal; i++) {
            opened[i] = start.plusMillis((long) ((i + random.nextDouble()) * SPAN.toMillis() / threadTotal));
            boolean recent = opened[i].isAfter(end.minus(RECENT));
            double r = random.nextDouble();
            kind[i] = recent
                    ? (r < 0.40 ? Kind.WAITING : r < 0.58 ? Kind.OPEN_ANSWERED : r < 0.59 ? Kind.OPTED_OUT : r < 0.80 ? Kind.BOOKED : Kind.LOST)
                    : (r < 0.02 ? Kind.OPTED_OUT : r < 0.03 ? Kind.OPEN_ANSWERED : r < 0.55 ? Kind.BOOKED : Kind.LOST);
            count[i] = fitParity(i, 1 + (int) Math.min(39, -Math.log(1 - random.nextDouble()) * 9));
            // About 8% are repeat customers: a new job from someone whose earlier thread is closed.
            int earlier = i - 1 - random.nextInt(5_000);
            if (random.nextDouble() < 0.08 && earlier >= 0 && latestThreadOf[contact[earlier]] == earlier
                    && (kind[earlier] == Kind.BOOKED || kind[earlier] == Kind.LOST)) {
                contact[i] = contact[earlier];
            } else {
                contact[i] = contacts++;
            }
            latestThreadOf[contact[i]] = i;
        }
        fixTotal();
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < threadTotal; i++) {
            if (count[i] >= 3) {
                eligible.add(i);
            }
        }
        java.util.Collections.shuffle(eligible, random);
        eligible.subList(0, markerTotal).forEach(i -> marker[i] = true);
    }

    /** Waiting and opted-out threads end with a customer text (odd index), answered ones with the business's. */
    private int fitParity(int i, int n) {
        return switch (kind[i]) {
            case WAITING, OPTED_OUT -> n % 2 == 0 ? n : n + 1;
            case OPEN_ANSWERED -> Math.max(3, n % 2 == 1 ? n : n + 1);
            default -> n;
        };
    }

    /** Nudges message counts, keeping each thread's parity, until the total is exactly {@link #messageTotal}. */
    private void fixTotal() {
        long total = 0;
        for (int n : count) {
            total += n;
        }
        while (total != messageTotal) {
            int i = random.nextInt(threadTotal);
            boolean free = kind[i] == Kind.BOOKED || kind[i] == Kind.LOST;
            int step = free || Math.abs(total - messageTotal) >= 2 ? (free ? 1 : 2) : 0;
            if (step == 0) {
                continue;
            }
            int next = count[i] + (total < messageTotal ? step : -step);
            if (next >= (kind[i] == Kind.OPEN_ANSWERED ? 3 : kind[i] == Kind.WAITING || kind[i] == Kind.OPTED_OUT ? 2 : 1)
                    && next <= 41) {
                total += next - count[i];
                count[i] = next;
            }
        }
    }

    static String phone(int contactIndex) {
        int n = contactIndex / AREAS.length;
        return String.format("+1%s%03d%04d", AREAS[contactIndex % AREAS.length], 200 + n % 700, n / 700);
    }

    private Properties write(Store store) {
        long began = System.nanoTime();
        List<String> texters = new ArrayList<>();
        int waiting = 0;
        int optedOut = 0;
        int named = 0;
        long longThread = -1;
        for (int from = 0; from < threadTotal; from += CHUNK) {
            int first = from;
            long[] threadIds = store.write(session -> writeChunk(session, first)).join();
            for (int i = first; i < first + CHUNK; i++) {
                // The newest open threads whose customer is answered: they text again in the bench.
                if (kind[i] == Kind.OPEN_ANSWERED && i > threadTotal - threadTotal / 5) {
                    texters.add(phone(contact[i]) + ":" + threadIds[i - first]);
                }
                // The newest thread of exactly 40 texts: the one the store bench opens.
                if (count[i] == 40) {
                    longThread = threadIds[i - first];
                }
            }
            if ((from / CHUNK + 1) % 10 == 0) {
                System.out.printf("  built %,d threads in %.0f s%n", from + CHUNK, (System.nanoTime() - began) / 1e9);
            }
        }
        boolean[] seen = new boolean[contacts];
        for (int i = 0; i < threadTotal; i++) {
            waiting += kind[i] == Kind.WAITING ? 1 : 0;
            optedOut += kind[i] == Kind.OPTED_OUT ? 1 : 0;
            if (!seen[contact[i]]) {
                seen[contact[i]] = true;
                named += isNamed(contact[i]) ? 1 : 0;
            }
        }
        java.util.Collections.shuffle(texters, new Random(7));
        Properties info = new Properties();
        info.setProperty("threads", String.valueOf(threadTotal));
        info.setProperty("messages", String.valueOf(messageTotal));
        info.setProperty("contacts", String.valueOf(contacts));
        info.setProperty("named_contacts", String.valueOf(named));
        info.setProperty("waiting", String.valueOf(waiting));
        info.setProperty("opted_out", String.valueOf(optedOut));
        info.setProperty("marker", InboxTexts.MARKER);
        info.setProperty("marker_threads", String.valueOf(markerTotal));
        info.setProperty("texters", String.join(",", texters.subList(0, Math.min(200, texters.size()))));
        info.setProperty("thread_of_40", String.valueOf(longThread));
        info.setProperty("built_at", end.toString());
        info.setProperty("build_seconds", String.format("%.0f", (System.nanoTime() - began) / 1e9));
        return info;
    }

    /** ~60% of contacts have a name staff typed in. */
    private static boolean isNamed(int contactIndex) {
        return Math.floorMod(contactIndex * 2_654_435_761L, 100) < 60;
    }

    private long[] writeChunk(WriteSession s, int first) {
        long[] ids = new long[CHUNK];
        for (int i = first; i < first + CHUNK; i++) {
            ids[i - first] = writeThread(s, i);
        }
        return ids;
    }

    private long writeThread(WriteSession s, int i) {
        Random r = new Random(i * 31L + 5);
        String phone = phone(contact[i]);
        Instant at = opened[i];
        Contact c = s.contacts().upsert(phone, at);
        if (c.name() == null && isNamed(contact[i])) {
            s.contacts().setName(c.id(), InboxTexts.name(r));
        }
        long thread = s.threads().create(c.id(), at);
        long call = s.calls().insert("CAbench" + i, phone, c.id(), thread, at, at.plusSeconds(2),
                TextBackDecision.SEND_BUSINESS_HOURS).orElseThrow();
        Instant[] times = times(i, r);
        sent(s, thread, MessageKind.TEXT_BACK, phone, InboxTexts.TEXT_BACK, call, times[0]);
        s.contacts().setLastTextBack(c.id(), times[0]);
        int n = count[i];
        for (int j = 1; j < n; j++) {
            boolean last = j == n - 1;
            if (j % 2 == 1) {
                boolean stop = last && kind[i] == Kind.OPTED_OUT;
                String body = stop ? "STOP" : j == 1 && marker[i] ? InboxTexts.withMarker(r)
                        : last && (kind[i] == Kind.BOOKED || kind[i] == Kind.LOST) ? InboxTexts.closer(r)
                        : InboxTexts.customer(r);
                s.messages().insertInbound(thread, "SMin" + (sidCounter++), body, times[j], !stop);
            } else {
                sent(s, thread, MessageKind.STAFF_REPLY, phone, InboxTexts.staff(r), null, times[j]);
            }
        }
        Instant lastAt = times[n - 1];
        switch (kind[i]) {
            case WAITING -> {
                if (r.nextBoolean()) {
                    s.threads().setStage(thread, Stage.QUALIFYING, lastAt);
                }
            }
            case OPEN_ANSWERED -> s.threads().setStage(thread, r.nextBoolean() ? Stage.QUALIFYING : Stage.SLOTS_OFFERED, lastAt);
            case BOOKED -> s.threads().setStage(thread, Stage.BOOKED, lastAt);
            case LOST -> s.threads().setStage(thread, Stage.LOST, lastAt);
            case OPTED_OUT -> {
                s.contacts().setOptedOut(c.id(), true, lastAt);
                s.threads().setStage(thread, Stage.OPTED_OUT, lastAt);
            }
        }
        if (kind[i] != Kind.WAITING) {
            s.threads().markRead(thread);
        }
        return thread;
    }

    /** A text the business sent, as the outbox writes it and the carrier then accepts and delivers it. */
    private void sent(WriteSession s, long thread, MessageKind kind, String to, String body, Long call, Instant at) {
        OutboxItem item = s.outbox().queue(thread, kind, to, body, call, at);
        s.outbox().recordAccepted(item.id(), "SMout" + (sidCounter++), DeliveryStatus.DELIVERED, at.plusSeconds(1));
    }

    /** Message times: the text-back seconds after the call, then replies minutes to days apart, never past the build time. */
    private Instant[] times(int i, Random r) {
        int n = count[i];
        long[] gaps = new long[n];
        long total = 0;
        for (int j = 0; j < n; j++) {
            gaps[j] = j == 0 ? 5_000 : r.nextInt(10) == 0 ? 3_600_000L * (4 + r.nextInt(60)) : 60_000L * (1 + r.nextInt(90));
            total += gaps[j];
        }
        long room = Duration.between(opened[i], end.minusSeconds(60)).toMillis();
        double scale = total > room ? (double) room / total : 1;
        Instant[] times = new Instant[n];
        long at = opened[i].toEpochMilli();
        for (int j = 0; j < n; j++) {
            at += Math.max(1, (long) (gaps[j] * scale));
            times[j] = Instant.ofEpochMilli(at);
        }
        return times;
    }
}
