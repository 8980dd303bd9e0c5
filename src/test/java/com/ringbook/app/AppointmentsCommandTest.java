package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.ringbook.domain.Settings;
import com.ringbook.domain.TimeSlot;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ringbook appointments} run through the launcher's entry, as the command line runs it. */
class AppointmentsCommandTest {
    /** 10:00 in New York on Tue Nov 24, 2026. */
    private static final Instant NOW = Instant.parse("2026-11-24T15:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Outcome(int exitCode, String out, String err) {
    }

    private Outcome run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Outcome run(String... args) {
        return run(Map.of(), args);
    }

    /** A data dir as a console leaves it: settings saved, three jobs booked and one of them cancelled. */
    private Path dataDirWithAppointments() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (SqliteStore store = new SqliteStore(data.resolve("ringbook.db"), Clock.systemUTC())) {
            store.write(s -> {
                s.settings().put(Map.of(Settings.BUSINESS_NAME, "Harbor Plumbing", Settings.ZONE, "America/New_York"));
                long a = book(s, "+12065550100", "Dana Ruiz", "2026-11-25T14:00:00Z", "12 Harbor St, Apt 4", 180_000);
                long b = book(s, "+12065550101", "Lee Park", "2026-11-26T14:00:00Z", "9 Pier Rd", 25_050);
                book(s, "+12065550102", "Ana Ito", "2026-12-03T15:00:00Z", "3 Bay Ave", 30_000);
                // Yesterday's job: before the default range, which starts today.
                book(s, "+12065550103", "Old Job", "2026-11-23T15:00:00Z", "1 Old Rd", 10_000);
                s.appointments().cancel(b, "Fixed it himself", NOW);
                return a;
            }).join();
        }
        return data;
    }

    private static long book(com.ringbook.store.WriteSession s, String phone, String name, String start, String address,
                             long cents) {
        long contact = s.contacts().upsert(phone, NOW).id();
        s.contacts().setName(contact, name);
        long thread = s.threads().create(contact, NOW);
        Instant from = Instant.parse(start);
        TimeSlot slot = new TimeSlot(1, from, from.plus(Duration.ofHours(3)), from, from.plus(Duration.ofHours(2)));
        return s.appointments().book(thread, slot, address, "Water heater", cents, NOW);
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    @Test
    void writesTheCalendarOfBookedAppointmentsFromTodayOnAndSaysHowMany() throws IOException {
        Path data = dataDirWithAppointments();
        Path out = Files.createDirectories(dir.resolve("out"));
        Outcome result = run("appointments", "--data-dir", data.toString(), "--ics", out.resolve("jobs.ics").toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("2 booked appointments from 2026-11-24 on written to "
                + out.resolve("jobs.ics") + " (1 cancelled left out)" + System.lineSeparator());
        String ics = Files.readString(out.resolve("jobs.ics"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("X-WR-CALNAME:Harbor Plumbing appointments\r\n")
                .contains("SUMMARY:Water heater — Dana Ruiz\r\n").contains("SUMMARY:Water heater — Ana Ito\r\n")
                .doesNotContain("Lee Park").doesNotContain("Old Job");
        assertThat(filesIn(out)).containsExactly(out.resolve("jobs.ics"));
    }

    @Test
    void writesTheTableOfADateRangeCancelledOnesTooWithTheDataDirFromTheEnvironment() throws IOException {
        Path data = dataDirWithAppointments();
        Path csv = dir.resolve("jobs.csv");
        Outcome result = run(Map.of("RINGBOOK_DATA_DIR", data.toString()),
                "appointments", "--from", "2026-11-23", "--to=2026-11-26", "--csv", csv.toString());

        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("3 appointments from 2026-11-23 to 2026-11-26 written to " + csv)
                .contains("(1 of them cancelled)");
        assertThat(Files.readAllLines(csv)).containsExactly(
                "start,end,customer,phone,address,job_type,value,booked_at,status",
                "2026-11-23T10:00:00-05:00,2026-11-23T13:00:00-05:00,Old Job,+12065550103,1 Old Rd,Water heater,100.00,"
                        + "2026-11-24T10:00:00-05:00,booked",
                "2026-11-25T09:00:00-05:00,2026-11-25T12:00:00-05:00,Dana Ruiz,+12065550100,\"12 Harbor St, Apt 4\","
                        + "Water heater,1800.00,2026-11-24T10:00:00-05:00,booked",
                "2026-11-26T09:00:00-05:00,2026-11-26T12:00:00-05:00,Lee Park,+12065550101,9 Pier Rd,Water heater,250.50,"
                        + "2026-11-24T10:00:00-05:00,cancelled");
    }

    @Test
    void theBusinessNameFromTheEnvironmentNamesTheCalendarForThisRun() throws IOException {
        Path data = dataDirWithAppointments();
        Path ics = dir.resolve("jobs.ics");
        Outcome result = run(Map.of("RINGBOOK_BUSINESS_NAME", "Ace Air"),
                "appointments", "--data-dir", data.toString(), "--ics", ics.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(Files.readString(ics)).contains("X-WR-CALNAME:Ace Air appointments\r\n");
    }

    @Test
    void readsBesideARunningEngineWithoutWaitingForItsLock() throws IOException {
        Path data = dataDirWithAppointments();
        try (Ringbook running = Ringbook.open(data, Map.of(), Clock.systemUTC())) {
            Path ics = dir.resolve("jobs.ics");
            Outcome result = run("appointments", "--data-dir", data.toString(), "--ics", ics.toString());
            assertThat(result.exitCode()).as(result.err()).isZero();
            assertThat(ics).exists();
            assertThat(running.engine()).isNotNull();
        }
    }

    @Test
    void overwritesAnEarlierExportWhole() throws IOException {
        Path data = dataDirWithAppointments();
        Path csv = Files.writeString(dir.resolve("jobs.csv"), "an older and much longer export\n".repeat(500));
        assertThat(run("appointments", "--data-dir", data.toString(), "--csv", csv.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(4).first().isEqualTo(
                "start,end,customer,phone,address,job_type,value,booked_at,status");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder(data, csv);
    }

    // ---- refusals: a message naming the problem, an exit code that is not 0, and nothing created ----

    private void assertRefused(Outcome result, String... problem) throws IOException {
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(problem);
    }

    @Test
    void aRangeThatEndsBeforeItBeginsIsRefused() throws IOException {
        Path data = dataDirWithAppointments();
        Path ics = dir.resolve("jobs.ics");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--from", "2026-12-01", "--to", "2026-11-30",
                "--ics", ics.toString()), "--to 2026-11-30 is before --from 2026-12-01");
        // Without --from the range starts today (Nov 24 in the business's zone).
        assertRefused(run("appointments", "--data-dir", data.toString(), "--to", "2026-11-01", "--ics", ics.toString()),
                "--to 2026-11-01 is before today (2026-11-24)");
        assertThat(ics).doesNotExist();
    }

    @Test
    void anUnreadableDateIsRefused() throws IOException {
        Path data = dataDirWithAppointments();
        Path ics = dir.resolve("jobs.ics");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--from", "2026-13-01", "--ics", ics.toString()),
                "--from \"2026-13-01\" is not a date", "YYYY-MM-DD");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--to", "next friday", "--ics", ics.toString()),
                "--to \"next friday\" is not a date");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics", ics.toString(), "--from"),
                "--from needs a date");
        assertThat(ics).doesNotExist();
    }

    @Test
    void exactlyOneOfIcsAndCsvIsNeeded() throws IOException {
        Path data = dataDirWithAppointments();
        Path ics = dir.resolve("jobs.ics");
        Path csv = dir.resolve("jobs.csv");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics", ics.toString(), "--csv", csv.toString()),
                "either --ics FILE or --csv FILE, not both");
        assertRefused(run("appointments", "--data-dir", data.toString()), "--ics FILE", "--csv FILE");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics"), "--ics needs a file");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics", ics.toString(), "--ics", csv.toString()),
                "--ics is given twice");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics", ics.toString(), "--weeks", "2"),
                "--weeks is for the demo command only");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics", ics.toString(), "--verbose"),
                "unknown option \"--verbose\"");
        assertThat(ics).doesNotExist();
        assertThat(csv).doesNotExist();
    }

    @Test
    void aFileThatCannotBeWrittenIsRefusedAndNothingIsLeftBehind() throws IOException {
        Path data = dataDirWithAppointments();
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics",
                dir.resolve("missing").resolve("jobs.ics").toString()), "missing", "does not exist");
        assertThat(dir.resolve("missing")).doesNotExist();

        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        assertRefused(run("appointments", "--data-dir", data.toString(), "--csv", folder.toString()), "is a folder");
        assertThat(filesIn(folder)).isEmpty();

        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "x");
        assertRefused(run("appointments", "--data-dir", data.toString(), "--csv", notAFolder.resolve("jobs.csv").toString()),
                "is not a folder");
    }

    @Test
    void aReadOnlyFolderIsRefused() throws IOException {
        Path data = dataDirWithAppointments();
        Path locked = Files.createDirectories(dir.resolve("locked"));
        assumeTrue(Files.getFileStore(locked).supportsFileAttributeView("posix"), "POSIX permissions");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes anywhere, so the refusal is only seen as another user.
            assumeTrue(!Files.isWritable(locked), "the folder is read-only for this user");
            assertRefused(run("appointments", "--data-dir", data.toString(), "--ics", locked.resolve("jobs.ics").toString()),
                    "read-only");
            assertThat(filesIn(locked)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFolderNobodyCanWriteInIsRefusedAfterReadingAndLeavesNoHalfFile() throws IOException {
        // Nothing can be created in /proc, not even by root: the check before reading passes, the write fails.
        Path proc = Path.of("/proc");
        assumeTrue(Files.isDirectory(proc.resolve("self")), "a Linux /proc");
        Path data = dataDirWithAppointments();
        assertRefused(run("appointments", "--data-dir", data.toString(), "--ics", "/proc/ringbook-jobs.ics"),
                "could not write", "/proc");
        assertThat(Path.of("/proc/ringbook-jobs.ics")).doesNotExist();
    }

    @Test
    void aDataDirWithoutADatabaseIsRefusedAndGetsNone() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path ics = dir.resolve("jobs.ics");
        assertRefused(run("appointments", "--data-dir", empty.toString(), "--ics", ics.toString()),
                "no Ringbook database in " + empty);
        assertThat(filesIn(empty)).isEmpty();

        Path missing = dir.resolve("no-such-data-dir");
        assertRefused(run("appointments", "--data-dir", missing.toString(), "--ics", ics.toString()),
                "no Ringbook database in " + missing);
        assertThat(missing).doesNotExist();

        // An empty file is what SQLite would quietly turn into a new database.
        Path emptyFile = Files.createFile(empty.resolve("ringbook.db"));
        assertRefused(run("appointments", "--data-dir", empty.toString(), "--ics", ics.toString()),
                "no Ringbook database in " + empty);
        assertThat(emptyFile).isEmptyFile();
        assertThat(filesIn(empty)).containsExactly(emptyFile);
        assertThat(ics).doesNotExist();
    }

    @Test
    void theUsageNamesTheCommandAndItsOptions() {
        Outcome help = run("appointments", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("appointments", "--ics FILE", "--csv FILE", "--from DATE", "--to DATE");
        List<String> all = new ArrayList<>(List.of(help.out().split("\n")));
        assertThat(all).first().asString().startsWith("Usage: ringbook [COMMAND]");
    }
}
