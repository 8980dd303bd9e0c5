package com.ringbook.app;

import com.ringbook.booking.AppointmentExportService;
import com.ringbook.engine.EffectiveSettings;
import com.ringbook.revenue.ReportCsv;
import com.ringbook.revenue.RevenueFigures;
import com.ringbook.revenue.Weeks;
import com.ringbook.revenue.api.RevenueService;
import com.ringbook.revenue.api.WeekFigures;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ringbook report}: the weekly figures (missed calls, text-backs, replies, offers, bookings, recovered revenue,
 * speed-to-text) as a CSV table, the same figures the Revenue screen shows. Like {@code appointments} it only reads,
 * beside a running console or service, takes no lock and never touches the FX toolkit; bad input is refused before
 * anything is opened or created.
 */
final class ReportCommand {
    static final Set<String> OPTIONS = Set.of("--weeks", "--csv");
    static final int DEFAULT_WEEKS = 12;
    static final String USAGE = "Usage: ringbook report [--data-dir DIR] [--weeks N] --csv FILE";

    private ReportCommand() {
    }

    record Request(int weeks, Path file) {
    }

    static String valueName(String option) {
        return option.equals("--csv") ? "a file" : "a number of weeks";
    }

    /** @throws IllegalArgumentException naming what is wrong */
    static Request parse(List<String> options) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < options.size(); i += 2) {
            if (given.put(options.get(i), options.get(i + 1)) != null) {
                throw new IllegalArgumentException(options.get(i) + " is given twice");
            }
        }
        if (!given.containsKey("--csv")) {
            throw new IllegalArgumentException("say which file to write: --csv FILE");
        }
        return new Request(weeks(given.get("--weeks")), Path.of(given.get("--csv")));
    }

    private static int weeks(String text) {
        if (text == null) {
            return DEFAULT_WEEKS;
        }
        int weeks;
        try {
            weeks = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            weeks = -1;
        }
        if (weeks < 1 || weeks > RevenueService.MAX_WEEKS) {
            throw new IllegalArgumentException("--weeks takes a whole number of weeks from 1 to " + RevenueService.MAX_WEEKS
                    + " (got \"" + text + "\")");
        }
        return weeks;
    }

    /** @return 0 when the table was written, 2 for a mistake on the command line, 1 otherwise */
    static int run(Path dataDir, List<String> options, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = parse(options);
        } catch (IllegalArgumentException e) {
            err.println("ringbook report: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path file = request.file().toAbsolutePath().normalize();
        Optional<String> problem = AppointmentExportService.problemWriting(file);
        if (problem.isPresent()) {
            err.println("ringbook report: cannot write " + file + ": " + problem.get());
            return 1;
        }
        Path database = dataDir.resolve("ringbook.db");
        if (!AppointmentsCommand.hasDatabase(database)) {
            err.println("ringbook report: there is no Ringbook database in " + dataDir
                    + ", so there are no figures to report. Check --data-dir (or RINGBOOK_DATA_DIR).");
            return 1;
        }
        try (SqliteStore store = new SqliteStore(database, clock)) {
            Weeks weeks = Weeks.of(EffectiveSettings.open(store, EnvironmentSettings.overrides(env)).current());
            List<LocalDate> starts = weeks.last(request.weeks(), clock.instant());
            List<WeekFigures> figures = store.read(s -> RevenueFigures.weeks(s, weeks, starts));
            AppointmentExportService.writeAtomically(file, ReportCsv.write(figures).getBytes(StandardCharsets.UTF_8));
            out.println(request.weeks() + (request.weeks() == 1 ? " week" : " weeks") + " from " + starts.get(0)
                    + " written to " + file + ": " + figures.stream().mapToInt(WeekFigures::missed).sum() + " missed calls, "
                    + figures.stream().mapToInt(WeekFigures::booked).sum() + " booked.");
            return 0;
        } catch (IOException e) {
            err.println("ringbook report: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("ringbook report: could not read the figures in " + dataDir + ": " + e.getMessage());
            return 1;
        }
    }
}
