package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.BookingSettings;
import com.ringbook.domain.CallRecord;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.Message;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.Engine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ringbook demo}: what it makes on an empty folder, that a seed makes one business, and what it refuses. */
class DemoCommandTest {
    /** A Wednesday lunchtime in Seattle, with the change to summer time inside the two weeks before it. */
    private static final Instant NOW = Instant.parse("2026-03-11T19:30:00Z");
    private static final ZoneId ZONE = ZoneId.of("America/Los_Angeles");

    @TempDir
    static Path dirs;
    private static Run first;
    private static Run again;
    private static Run otherSeed;

    private record Run(int exit, String out, String err, List<String> dump) {
    }

    @BeforeAll
    static void makeDemos() throws IOException {
        first = demo(dirs.resolve("first"), 1);
        again = demo(dirs.resolve("again"), 1);
        otherSeed = demo(dirs.resolve("other"), 2);
    }

    private static Run demo(Path dir, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DemoCommand.run(dir, 2, seed, NOW, ZONE, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                exit == 0 ? dump(dir) : List.of());
    }

    /** Everything the demo made, read back through the services, without ids or carrier SIDs. */
    private static List<String> dump(Path dir) {
        List<String> lines = new ArrayList<>();
        try (Ringbook ringbook = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            Engine engine = ringbook.engine();
            BookingService booking = ringbook.booking();
            for (ThreadDetail thread : threads(engine)) {
                ThreadSummary s = thread.summary();
                LeadCard lead = booking.lead(s.id()).join();
                lines.add("thread " + s.name() + " " + s.phone() + " " + s.stage() + " " + lead);
                thread.calls().forEach(c -> lines.add("  call " + c.occurredAt() + " " + c.decision()));
                thread.messages().forEach(m -> lines.add("  " + m.direction() + " " + m.kind() + " " + m.createdAt() + " "
                        + m.sentAt() + " " + m.body()));
            }
            for (Appointment a : appointments(booking)) {
                lines.add("appointment " + a.slot().start() + "-" + a.slot().end() + " crew " + a.slot().crew() + " "
                        + a.customerName() + " " + a.address() + " " + a.jobType() + " " + a.valueCents() + " " + a.bookedAt()
                        + " " + a.status() + " " + a.cancelledAt() + " " + a.cancelReason());
            }
        }
        return lines;
    }

    private static List<ThreadDetail> threads(Engine engine) {
        return engine.conversations().inbox(new InboxQuery(InboxQuery.Filter.ALL, "", 10_000, 0)).join().stream()
                .sorted(Comparator.comparingLong(ThreadSummary::id))
                .map(s -> engine.conversations().thread(s.id()).join().orElseThrow())
                .toList();
    }

    private static List<Appointment> appointments(BookingService booking) {
        return booking.appointments(LocalDate.parse("2026-01-01"), LocalDate.parse("2027-12-31")).join();
    }

    @Test
    void twoWeeksOnAnEmptyFolderMakeALivedInBusinessWhereEveryConversationBeganWithAMissedCall() {
        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.out()).startsWith("Demo ready in " + dirs.resolve("first") + ": 2 weeks of Harbor Plumbing & Heating, ")
                .containsPattern("\\d+ missed calls, \\d+ booked \\(\\$[\\d,]+\\), took \\d+\\.\\d s\\.");

        try (Ringbook ringbook = Ringbook.open(dirs.resolve("first"), Map.of(), Clock.systemUTC())) {
            Engine engine = ringbook.engine();
            BookingService booking = ringbook.booking();
            List<ThreadDetail> threads = threads(engine);
            assertThat(threads).hasSizeGreaterThanOrEqualTo(10);
            for (ThreadDetail thread : threads) {
                assertThat(thread.calls()).as("calls of %s", thread.summary()).isNotEmpty();
                Instant firstCall = thread.calls().stream().map(CallRecord::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
                assertThat(thread.messages()).allSatisfy(m -> {
                    assertThat(m.createdAt()).isAfterOrEqualTo(firstCall).isBeforeOrEqualTo(NOW);
                    if (m.direction() == Direction.OUTBOUND) {
                        assertThat(m.status()).isIn(DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
                    }
                });
                assertThat(PhoneNumbers.normalize(thread.summary().phone(), "US")).contains(thread.summary().phone());
            }
            assertThat(threads).extracting(t -> t.summary().stage()).contains(Stage.BOOKED, Stage.LOST);
            assertThat(threads).filteredOn(t -> t.summary().stage() == Stage.LOST)
                    .allSatisfy(t -> assertThat(booking.lead(t.summary().id()).join().notes()).isNotBlank());
            // Staff pick why in the dialog: a demo where every lost lead says "not recorded" shows no reasons anywhere.
            assertThat(threads).filteredOn(t -> t.summary().stage() == Stage.LOST)
                    .allSatisfy(t -> assertThat(t.summary().lostReason()).as("why %s was lost", t.summary()).isNotNull())
                    .extracting(t -> t.summary().lostReason()).contains(LostReason.WENT_ELSEWHERE);
            assertThat(threads).as("a caller who never answered").anyMatch(t -> inbound(t).isEmpty());
            assertThat(threads).as("replies in the customers' words").anyMatch(t -> inbound(t).size() >= 3);

            List<Appointment> appointments = appointments(booking);
            assertThat(appointments).allSatisfy(a -> {
                assertThat(a.valueCents()).isPositive();
                assertThat(a.bookedAt()).isBeforeOrEqualTo(NOW);
                assertThat(a.slot().start()).isAfter(a.bookedAt());
            });
            assertThat(appointments).filteredOn(Appointment::booked).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.customerName()).isNotBlank());
            assertThat(appointments).filteredOn(a -> !a.booked()).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.cancelReason()).isNotBlank());

            Map<String, String> stored = engine.settings().stored().join();
            assertThat(stored).containsEntry(Settings.BUSINESS_NAME, "Harbor Plumbing & Heating")
                    .containsEntry(Settings.ZONE, "America/Los_Angeles")
                    .containsEntry(BookingSettings.HOURS, "Mon-Fri 08:00-17:00")
                    .containsEntry(BookingSettings.CREWS, "1");
        }
    }

    private static List<Message> inbound(ThreadDetail thread) {
        return thread.messages().stream().filter(m -> m.direction() == Direction.INBOUND).toList();
    }

    @Test
    void theSameSeedMakesTheSameBusinessAndAnotherSeedAnotherOne() {
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(otherSeed.exit()).as(otherSeed.err()).isZero();
        assertThat(first.dump()).hasSizeGreaterThan(50);
        assertThat(again.dump()).isEqualTo(first.dump());
        assertThat(otherSeed.dump()).isNotEqualTo(first.dump());
    }

    @Test
    void aFolderThatHoldsAnythingIsRefusedAndLeftExactlyAsItWas(@TempDir Path dir) throws IOException {
        Path withDatabase = Files.createDirectories(dir.resolve("with-database"));
        Files.writeString(withDatabase.resolve("ringbook.db"), "a real business's data");
        Files.writeString(withDatabase.resolve("simulator-ledger.jsonl"), "{}\n");
        Path withLock = Files.createDirectories(dir.resolve("with-lock"));
        Files.writeString(withLock.resolve("ringbook.lock"), "123");
        Path withOtherFiles = Files.createDirectories(dir.resolve("with-other-files"));
        Files.writeString(withOtherFiles.resolve("taxes-2025.pdf"), "not ours");
        Path aFile = Files.writeString(dir.resolve("a-file"), "not a folder");
        Map<String, String> before = snapshot(dir);

        assertThat(refused(withDatabase)).contains(withDatabase + " already holds Ringbook data (ringbook.db, simulator-ledger.jsonl)")
                .contains("changed nothing");
        assertThat(refused(withLock)).contains("already holds Ringbook data (ringbook.lock)");
        assertThat(refused(withOtherFiles)).contains(withOtherFiles + " is not empty (taxes-2025.pdf)");
        assertThat(refused(aFile)).contains(aFile + " is a file, not a folder");

        assertThat(snapshot(dir)).isEqualTo(before);
    }

    private static String refused(Path dataDir) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = DemoCommand.run(dataDir, 1, 1, NOW, ZONE, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Every file and folder under {@code root}, with its size, modification time and content. */
    static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.toList()) {
                String content = Files.isRegularFile(path) ? Arrays.toString(Files.readAllBytes(path)) : "folder";
                files.put(root.relativize(path).toString(), Files.size(path) + " " + Files.getLastModifiedTime(path) + " " + content);
            }
        }
        return files;
    }
}
