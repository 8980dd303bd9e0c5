package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.Appointment;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built jar as a user runs it (after {@code package}): a demo business made, then its appointments
 * exported as a calendar that an independent iCalendar reader (ical4j) parses into exactly the store's
 * booked appointments, and as the CSV with its exact columns.
 */
class BuiltJarIT {
    @TempDir
    Path dir;

    private record Ran(int exit, String out, String err) {
    }

    private static Ran ringbook(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-jar", System.getProperty("ringbook.jar")));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Ran(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private record Event(String uid, Instant start, Instant end, String location) {
    }

    @Test
    void aDemoBusinesssAppointmentsExportAsACalendarAndATableFromTheJar() throws Exception {
        Path data = dir.resolve("demo");
        Ran demo = ringbook("demo", "--data-dir", data.toString(), "--weeks", "3");
        assertThat(demo.exit()).as(demo.err()).isZero();
        assertThat(demo.out()).startsWith("Demo ready in " + data);

        String from = LocalDate.now(ZoneId.systemDefault()).minusWeeks(5).toString();
        Path ics = dir.resolve("jobs.ics");
        Ran exported = ringbook("appointments", "--data-dir", data.toString(), "--from", from, "--ics", ics.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        Path csv = dir.resolve("jobs.csv");
        assertThat(ringbook("appointments", "--data-dir", data.toString(), "--from", from, "--csv", csv.toString()).exit())
                .isZero();

        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(ics)));
        List<Event> events = calendar.getComponents().<VEvent>getComponents(Component.VEVENT).stream()
                .map(e -> new Event(e.getUid().getValue(),
                        e.getStartDate().getDate().toInstant(), e.getEndDate().getDate().toInstant(),
                        e.getLocation().getValue()))
                .toList();
        List<Event> stored;
        List<Appointment> all;
        try (SqliteStore store = new SqliteStore(data.resolve("ringbook.db"), Clock.systemUTC())) {
            all = store.read(s -> s.appointments().startingBetween(Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z")));
            stored = all.stream().filter(Appointment::booked)
                    .map(a -> new Event("appointment-" + a.id() + "@" + store.instanceId() + ".ringbook", a.slot().start(),
                            a.slot().end(), a.address()))
                    .toList();
        }
        assertThat(stored).isNotEmpty();
        assertThat(events).containsExactlyInAnyOrderElementsOf(stored);

        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.get(0)).isEqualTo("start,end,customer,phone,address,job_type,value,booked_at,status");
        assertThat(rows).hasSize(all.size() + 1);
    }
}
