package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.revenue.ReportCsv;
import com.ringbook.revenue.RevenueFixture;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ringbook report} run through the launcher's entry, as the command line runs it. */
class ReportCommandTest {
    /** Wednesday noon in Chicago, and Wednesday 10:00 in Seattle. */
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private record Outcome(int exitCode, String out, String err) {
    }

    private static Outcome run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        return new Outcome(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path fixture() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        try (SqliteStore store = new SqliteStore(data.resolve("ringbook.db"), CLOCK)) {
            RevenueFixture.write(store, NOW);
        }
        return data;
    }

    @Test
    void writesTheWeeklyFiguresOldestWeekFirstWithExactlyTheReportsColumns() throws IOException {
        Path data = fixture();
        Path csv = dir.resolve("weeks.csv");
        Outcome result = run("report", "--data-dir", data.toString(), "--weeks", "3", "--csv", csv.toString());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("3 weeks from 2026-11-08 written to " + csv + ": 7 missed calls, 3 booked.");
        assertThat(Files.readString(csv)).isEqualTo(
                "week_start,missed,texted,replied,offered,booked,recovered_revenue,median_text_back_s,p90_text_back_s\r\n"
                        + "2026-11-08,0,0,0,0,0,0.00,,\r\n"
                        + "2026-11-15,6,5,3,2,2,750.00,4.0,10.0\r\n"
                        + "2026-11-22,1,1,1,0,1,200.00,1.0,1.0\r\n");
    }

    @Test
    void twelveWeeksWhenNotSaid() throws IOException {
        Path data = fixture();
        Path csv = dir.resolve("weeks.csv");
        assertThat(run("report", "--data-dir", data.toString(), "--csv", csv.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1 + 12).element(1).asString().startsWith("2026-09-06,");
    }

    /** The demo's bookings as {@code appointments} lists them, week by week (US weeks: Sunday first), against the report. */
    @Test
    void onDemoDataTheReportAgreesWithTheAppointmentsWeekByWeek() throws IOException {
        Path data = dir.resolve("demo");
        ZoneId zone = ZoneId.of("America/Los_Angeles");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(DemoCommand.run(data, 3, 7, NOW, zone, quiet, quiet)).as(sink.toString(StandardCharsets.UTF_8)).isZero();
        Path report = dir.resolve("report.csv");
        Path jobs = dir.resolve("jobs.csv");
        assertThat(run("report", "--data-dir", data.toString(), "--weeks", "5", "--csv", report.toString()).exitCode()).isZero();
        assertThat(run("appointments", "--data-dir", data.toString(), "--from", "2026-01-01", "--csv", jobs.toString())
                .exitCode()).isZero();

        Map<LocalDate, long[]> fromAppointments = new TreeMap<>();
        List<String> rows = Files.readAllLines(jobs);
        assertThat(rows.get(0)).isEqualTo("start,end,customer,phone,address,job_type,value,booked_at,status");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)");
            if (!f[8].equals("booked")) {
                continue;
            }
            LocalDate booked = OffsetDateTime.parse(f[7]).atZoneSameInstant(zone).toLocalDate();
            LocalDate week = booked.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
            long[] sum = fromAppointments.computeIfAbsent(week, w -> new long[2]);
            sum[0]++;
            sum[1] += new BigDecimal(f[6]).movePointRight(2).longValueExact();
        }
        Map<LocalDate, long[]> fromReport = new TreeMap<>();
        List<String> weeks = Files.readAllLines(report);
        assertThat(weeks.get(0)).isEqualTo(String.join(",", ReportCsv.COLUMNS));
        for (String row : weeks.subList(1, weeks.size())) {
            String[] f = row.split(",", -1);
            if (!f[5].equals("0")) {
                fromReport.put(LocalDate.parse(f[0]), new long[] {Long.parseLong(f[5]),
                        new BigDecimal(f[6]).movePointRight(2).longValueExact()});
            }
        }
        assertThat(fromReport).as("the demo books jobs").isNotEmpty();
        assertThat(fromReport.keySet()).isEqualTo(fromAppointments.keySet());
        fromReport.forEach((week, figures) -> assertThat(figures).as("week of %s: booked, cents", week)
                .containsExactly(fromAppointments.get(week)));
        // Every demo conversation begins with a missed call: each job booked was one of them.
        assertThat(weeks.subList(1, weeks.size()).stream().mapToInt(row -> Integer.parseInt(row.split(",")[1])).sum())
                .isGreaterThanOrEqualTo((int) fromReport.values().stream().mapToLong(f -> f[0]).sum());
    }

    // ---- refusals: a message naming the problem, an exit code that is not 0, and nothing created ----

    private void assertRefused(Outcome result, Path csv, String... problem) {
        assertThat(result.exitCode()).isNotZero();
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains(problem);
        assertThat(csv).doesNotExist();
    }

    @Test
    void aNumberOfWeeksThatIsNotOneIsRefused() throws IOException {
        Path data = fixture();
        Path csv = dir.resolve("weeks.csv");
        assertRefused(run("report", "--data-dir", data.toString(), "--weeks", "0", "--csv", csv.toString()), csv,
                "--weeks takes a whole number of weeks from 1 to 104 (got \"0\")");
        assertRefused(run("report", "--data-dir", data.toString(), "--weeks", "abc", "--csv", csv.toString()), csv,
                "--weeks takes a whole number of weeks from 1 to 104 (got \"abc\")");
        assertRefused(run("report", "--data-dir", data.toString(), "--csv", csv.toString(), "--weeks"), csv,
                "--weeks needs a number of weeks");
    }

    @Test
    void withoutACsvFileItSaysWhichFileToWrite() throws IOException {
        Path data = fixture();
        Outcome result = run("report", "--data-dir", data.toString(), "--weeks", "4");
        assertRefused(result, dir.resolve("weeks.csv"), "say which file to write: --csv FILE");
        assertThat(result.err()).contains("Usage: ringbook report");
        assertRefused(run("report", "--data-dir", data.toString(), "--ics", dir.resolve("x.ics").toString()),
                dir.resolve("x.ics"), "unknown option \"--ics\"");
    }

    @Test
    void aPathItCannotWriteIsRefusedBeforeAnythingIsRead() throws IOException {
        Path data = fixture();
        Path missingFolder = dir.resolve("no/such/folder/weeks.csv");
        assertRefused(run("report", "--data-dir", data.toString(), "--csv", missingFolder.toString()), missingFolder,
                "cannot write", "does not exist");
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Outcome intoFolder = run("report", "--data-dir", data.toString(), "--csv", folder.toString());
        assertThat(intoFolder.exitCode()).isNotZero();
        assertThat(intoFolder.err()).contains("it is a folder");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aDataDirWithNoDatabaseIsRefusedAndGetsNone() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path csv = dir.resolve("weeks.csv");
        assertRefused(run("report", "--data-dir", empty.toString(), "--csv", csv.toString()), csv,
                "there is no Ringbook database in " + empty);
        try (Stream<Path> files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
        Path missing = dir.resolve("missing");
        assertRefused(run("report", "--data-dir", missing.toString(), "--csv", csv.toString()), csv, "no Ringbook database");
        assertThat(missing).doesNotExist();
    }
}
