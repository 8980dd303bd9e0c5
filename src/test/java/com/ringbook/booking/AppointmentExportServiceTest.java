package com.ringbook.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ringbook.booking.AppointmentExportService.Export;
import com.ringbook.booking.AppointmentExportService.Format;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Settings;
import com.ringbook.domain.TimeSlot;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyContainer;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The export on a real SQLite file, its output read back by readers that share no code with the writers:
 * ical4j for the calendar, a small RFC 4180 reader for the table.
 */
class AppointmentExportServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    private static final Settings SETTINGS = Settings.fromMap(Map.of(
            Settings.BUSINESS_NAME, "Harbor Plumbing", Settings.ZONE, "America/New_York"));

    @TempDir
    Path dir;
    private SqliteStore store;
    private AppointmentExportService export;

    @BeforeEach
    void open() {
        store = new SqliteStore(dir.resolve("ringbook.db"), Clock.systemUTC());
        export = new AppointmentExportService(store, () -> SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private long thread(String phone, String name) {
        return store.write(s -> {
            long contact = s.contacts().upsert(phone, NOW).id();
            if (name != null) {
                s.contacts().setName(contact, name);
            }
            return s.threads().create(contact, NOW);
        }).join();
    }

    private long book(long thread, String start, int hours, String address, String jobType, long cents) {
        Instant from = Instant.parse(start);
        TimeSlot slot = new TimeSlot(1, from, from.plus(Duration.ofHours(hours)), from, from.plus(Duration.ofHours(2)));
        return store.write(s -> s.appointments().book(thread, slot, address, jobType, cents, NOW)).join();
    }

    /** Five jobs around Wed Nov 25, one of them cancelled and one the day before the range. */
    private void bookTheWeek() {
        book(thread("+12065550100", "Dana Ruiz"), "2026-11-25T14:00:00Z", 3, "12 Harbor St, Apt 4", "Water heater",
                180_000);
        long cancelled = book(thread("+12065550101", "Lee Park"), "2026-11-26T14:00:00Z", 2, "9 Pier Rd", "Leak",
                25_050);
        store.write(s -> s.appointments().cancel(cancelled, "Fixed it himself", NOW)).join();
        book(thread("+12065550102", "Zoë Ünal-Øster; \"Zo\""), "2026-12-01T19:30:00Z", 2,
                "Große Straße 5, Hinterhaus\nKlingel: 山田 🚪 — " + "bitte laut klopfen ".repeat(4) + "(Hund)", "Kitchen sink", 30_000);
        book(thread("+12065550103", null), "2026-11-23T14:00:00Z", 1, "1 Old Rd", "Drain cleaning", 12_000);
        // 10:30 PM in New York on Dec 1: still Dec 1 there, though Dec 2 in UTC.
        book(thread("+12065550104", "Night Owl"), "2026-12-02T03:30:00Z", 1, "5 Late Ln", "Emergency", 40_000);
    }

    private List<Appointment> inStore(LocalDate from, LocalDate to) {
        Instant start = from.atStartOfDay(SETTINGS.zone()).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(SETTINGS.zone()).toInstant();
        return store.read(s -> s.appointments().startingBetween(start, end));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(PropertyContainer container, String name) {
        Property property = container.getProperties().getProperty(name);
        assertThat(property).as(name).isNotNull();
        return property.getValue();
    }

    private static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents().getComponents(Component.VEVENT);
    }

    /** What a calendar app sees of an event, and what the store says it should be. */
    private record Event(String uid, Instant start, Instant end, String summary, String location) {
    }

    private static Event event(VEvent e) {
        assertThat(e.getStartDate().isUtc()).isTrue();
        assertThat(e.getEndDate().isUtc()).isTrue();
        return new Event(value(e, Property.UID), e.getStartDate().getDate().toInstant(),
                e.getEndDate().getDate().toInstant(), value(e, Property.SUMMARY), value(e, Property.LOCATION));
    }

    private Event expected(Appointment a) {
        return new Event("appointment-" + a.id() + "@" + store.instanceId() + ".ringbook", a.slot().start(),
                a.slot().end(), a.jobType() + " — " + (a.customerName() == null ? "+1 206-555-0103" : a.customerName()),
                a.address());
    }

    @Test
    void theCalendarHoldsTheStoresBookedAppointmentsAsAnIndependentReaderSeesThem() throws Exception {
        bookTheWeek();
        Export written = export.render(Format.ICS, LocalDate.parse("2026-11-24"), Optional.of(LocalDate.parse("2026-12-01")));

        Calendar calendar = parse(written.content());
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(events(calendar)).allSatisfy(e -> assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED"));
        assertThat(value(calendar, "X-WR-CALNAME"))
                .isEqualTo("Harbor Plumbing appointments");
        List<Event> events = events(calendar).stream().map(AppointmentExportServiceTest::event).toList();
        List<Appointment> booked = inStore(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-12-01")).stream()
                .filter(Appointment::booked).toList();
        assertThat(booked).hasSize(3);
        assertThat(events).containsExactlyElementsOf(booked.stream().map(this::expected).toList());
        assertThat(written.written()).isEqualTo(3);
        assertThat(written.cancelled()).isEqualTo(1);
        assertThat(events).extracting(Event::summary).doesNotContain("Leak — Lee Park")
                .contains("Kitchen sink — Zoë Ünal-Øster; \"Zo\"");
    }

    @Test
    void exportingAgainGivesTheSameUidsSoACalendarUpdatesItsEvents() throws Exception {
        bookTheWeek();
        LocalDate from = LocalDate.parse("2026-11-20");
        List<String> first = uids(export.render(Format.ICS, from, Optional.empty()).content());
        long moved = store.read(s -> s.appointments().startingBetween(NOW, NOW.plus(Duration.ofDays(2)))).get(0).id();
        Instant later = Instant.parse("2026-11-27T14:00:00Z");
        store.write(s -> s.appointments().reschedule(moved, new TimeSlot(2, later, later.plus(Duration.ofHours(3)),
                later, later.plus(Duration.ofHours(2))))).join();
        List<String> second = uids(export.render(Format.ICS, from, Optional.empty()).content());
        assertThat(second).containsExactlyInAnyOrderElementsOf(first).hasSize(4);
    }

    /**
     * RFC 5545's grammar asks for at least one component, but an export with nothing booked must still replace
     * the last one (or a calendar would go on showing jobs since cancelled): the file has no events, and a
     * reader opens it as an empty calendar.
     */
    @Test
    void aRangeWithNothingBookedStillWritesACalendarWithNoEvents() throws Exception {
        bookTheWeek();
        Path file = Files.writeString(dir.resolve("jobs.ics"), "an earlier export with events since cancelled");
        Export written = export.write(Format.ICS, LocalDate.parse("2026-11-26"), Optional.of(LocalDate.parse("2026-11-30")),
                file);
        assertThat(written.written()).isZero();
        assertThat(written.cancelled()).isEqualTo(1);
        assertThat(events(parse(Files.readString(file)))).isEmpty();
    }

    private static List<String> uids(String ics) throws Exception {
        return events(parse(ics)).stream().map(e -> value(e, Property.UID)).toList();
    }

    @Test
    void theTableHoldsEveryAppointmentInTheRangeCancelledOnesTooAsAnRfc4180ReaderSeesThem() {
        bookTheWeek();
        Export written = export.render(Format.CSV, LocalDate.parse("2026-11-24"), Optional.of(LocalDate.parse("2026-12-01")));
        List<List<String>> rows = Rfc4180.read(written.content());

        assertThat(rows.get(0)).containsExactly("start", "end", "customer", "phone", "address", "job_type", "value",
                "booked_at", "status");
        List<Appointment> all = inStore(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-12-01"));
        assertThat(all).hasSize(4);
        assertThat(written.written()).isEqualTo(4);
        assertThat(rows).hasSize(1 + all.size());
        for (int i = 0; i < all.size(); i++) {
            Appointment a = all.get(i);
            List<String> row = rows.get(i + 1);
            assertThat(row).hasSize(9);
            assertLocalTime(row.get(0), a.slot().start());
            assertLocalTime(row.get(1), a.slot().end());
            assertLocalTime(row.get(7), a.bookedAt());
            assertThat(row.subList(2, 6)).containsExactly(a.customerName(), a.phone(), a.address(), a.jobType());
            BigDecimal value = new BigDecimal(row.get(6));
            assertThat(value.scale()).isEqualTo(2);
            assertThat(value.movePointRight(2).longValueExact()).isEqualTo(a.valueCents());
            assertThat(row.get(8)).isEqualTo(a.booked() ? "booked" : "cancelled");
        }
        assertThat(rows.get(2)).endsWith("250.50", "2026-11-24T10:00:00-05:00", "cancelled");
        assertThat(rows.get(3).get(4)).contains("Hinterhaus\nKlingel");
    }

    /** ISO-8601 with the offset New York had at that moment, to the second. */
    private static void assertLocalTime(String written, Instant expected) {
        assertThat(written).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[-+]\\d\\d:\\d\\d");
        OffsetDateTime time = OffsetDateTime.parse(written);
        assertThat(time.toInstant()).isEqualTo(expected);
        assertThat(time.getOffset()).isEqualTo(SETTINGS.zone().getRules().getOffset(expected));
    }

    @Test
    void daysAreTheBusinesssLocalDaysWithBothEndsIncludedAndNoEndMeansEveryLaterOne() {
        bookTheWeek();
        assertThat(export.appointments(LocalDate.parse("2026-12-01"), Optional.of(LocalDate.parse("2026-12-01"))))
                .extracting(Appointment::customerName).containsExactly("Zoë Ünal-Øster; \"Zo\"", "Night Owl");
        assertThat(export.appointments(LocalDate.parse("2026-12-02"), Optional.empty())).isEmpty();
        assertThat(export.appointments(LocalDate.parse("2026-11-23"), Optional.empty())).hasSize(5);
        assertThat(export.appointments(export.today(), Optional.empty())).hasSize(4);
        assertThat(export.today()).isEqualTo(LocalDate.parse("2026-11-24"));
    }

    @Test
    void aRangeThatEndsBeforeItBeginsIsRefused() {
        assertThatThrownBy(() -> export.appointments(LocalDate.parse("2026-12-01"), Optional.of(LocalDate.parse("2026-11-30"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-30").hasMessageContaining("before");
    }

    @Test
    void writingReplacesTheFileWholeAndLeavesNothingElseBehind() throws IOException {
        bookTheWeek();
        Path file = dir.resolve("out").resolve("jobs.csv");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "an older, much longer export ".repeat(1000));
        Export written = export.write(Format.CSV, LocalDate.parse("2026-11-24"), Optional.empty(), file);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(written.content());
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aNewFileGetsTheUsualPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path fresh = dir.resolve("fresh.ics");
        export.write(Format.ICS, export.today(), Optional.empty(), fresh);
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(Files.getPosixFilePermissions(usual));

        Path shared = Files.writeString(dir.resolve("shared.csv"), "old");
        Set<PosixFilePermission> groupCanRead = PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(shared, groupCanRead);
        export.write(Format.CSV, export.today(), Optional.empty(), shared);
        assertThat(Files.getPosixFilePermissions(shared)).isEqualTo(groupCanRead);
        assertThat(Files.readString(shared)).startsWith("start,end,");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndNothingIsCreated() throws IOException {
        Path missing = dir.resolve("no-such-folder").resolve("jobs.ics");
        assertThat(AppointmentExportService.problemWriting(missing)).get().asString()
                .contains("no-such-folder").contains("does not exist");
        assertThatThrownBy(() -> export.write(Format.ICS, export.today(), Optional.empty(), missing))
                .isInstanceOf(IOException.class).hasMessageContaining("does not exist");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();

        assertThat(AppointmentExportService.problemWriting(dir)).get().asString().contains("is a folder");
        Path notAFolder = Files.writeString(dir.resolve("plain.txt"), "x");
        assertThat(AppointmentExportService.problemWriting(notAFolder.resolve("jobs.ics"))).get().asString()
                .contains("is not a folder");
        assertThat(AppointmentExportService.problemWriting(dir.resolve("jobs.ics"))).isEmpty();
    }

    /** RFC 4180 as a reader sees it: quoted fields may hold commas, doubled quotes and line breaks. */
    static final class Rfc4180 {
        static List<List<String>> read(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    assertThat(field).as("a quote only opens a field").isEmpty();
                    quoted = true;
                } else if (c == ',') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r') {
                    assertThat(text.charAt(i + 1)).as("records end in CRLF").isEqualTo('\n');
                    i++;
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                } else {
                    assertThat(c).as("a bare line feed outside quotes").isNotEqualTo('\n');
                    field.append(c);
                }
            }
            assertThat(row).as("the last record ends in CRLF").isEmpty();
            assertThat(field).isEmpty();
            return rows;
        }
    }
}
