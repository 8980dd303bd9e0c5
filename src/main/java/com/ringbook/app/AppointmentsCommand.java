package com.ringbook.app;

import com.ringbook.booking.AppointmentExportService;
import com.ringbook.booking.AppointmentExportService.Export;
import com.ringbook.booking.AppointmentExportService.Format;
import com.ringbook.engine.EffectiveSettings;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code ringbook appointments}: writes the appointments to a calendar or CSV file and ends. It reads the
 * database beside a console or service that may be running on the same data dir (SQLite's WAL lets a
 * reader in), so it takes no data-dir lock, starts no engine and never touches the FX toolkit. Bad input
 * is refused before anything is opened or created; a data dir without a database is never given one.
 */
final class AppointmentsCommand {
    /** The command's own options; each takes a value. */
    static final Set<String> OPTIONS = Set.of("--from", "--to", "--ics", "--csv");

    private AppointmentsCommand() {
    }

    /** What the command line asks for. No {@code from}: today; no {@code to}: no end. */
    record Request(Optional<LocalDate> from, Optional<LocalDate> to, Format format, Path file) {
    }

    /** What an option's value is, for a message that says one is missing. */
    static String valueName(String option) {
        return option.equals("--ics") || option.equals("--csv") ? "a file" : "a date (YYYY-MM-DD)";
    }

    /**
     * @param options the command's options as name-value pairs, in the order given
     * @throws IllegalArgumentException naming what is wrong
     */
    static Request parse(List<String> options) {
        Map<String, String> given = new LinkedHashMap<>();
        for (int i = 0; i + 1 < options.size(); i += 2) {
            String name = options.get(i);
            String value = options.get(i + 1);
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " needs " + valueName(name));
            }
            if (given.put(name, value) != null) {
                throw new IllegalArgumentException(name + " is given twice");
            }
        }
        boolean ics = given.containsKey("--ics");
        boolean csv = given.containsKey("--csv");
        if (ics && csv) {
            throw new IllegalArgumentException("give either --ics FILE or --csv FILE, not both");
        }
        if (!ics && !csv) {
            throw new IllegalArgumentException(
                    "say which file to write: --ics FILE (a calendar) or --csv FILE (a table)");
        }
        Optional<LocalDate> from = date(given, "--from");
        Optional<LocalDate> to = date(given, "--to");
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("--to " + to.get() + " is before --from " + from.get());
        }
        return new Request(from, to, ics ? Format.ICS : Format.CSV, Path.of(given.get(ics ? "--ics" : "--csv")));
    }

    private static Optional<LocalDate> date(Map<String, String> given, String option) {
        String value = given.get(option);
        if (value == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value.strip()));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(option + " \"" + value + "\" is not a date: write it as YYYY-MM-DD, "
                    + "e.g. 2026-11-25");
        }
    }

    /**
     * Runs the command.
     *
     * @param env   the process environment (RINGBOOK_* variables override settings, as for the engine)
     * @param clock says what today is, and stamps the calendar
     * @return the exit code: 0 when the file was written, 2 for a mistake on the command line, 1 otherwise
     */
    static int run(Path dataDir, List<String> options, Map<String, String> env, Clock clock, PrintStream out,
                   PrintStream err) {
        Request request;
        try {
            request = parse(options);
        } catch (IllegalArgumentException e) {
            err.println("ringbook appointments: " + e.getMessage());
            err.println("Usage: ringbook appointments [--data-dir DIR] [--from DATE] [--to DATE] (--ics FILE | --csv FILE)");
            return 2;
        }
        Path file = request.file().toAbsolutePath().normalize();
        Optional<String> problem = AppointmentExportService.problemWriting(file);
        if (problem.isPresent()) {
            err.println("ringbook appointments: cannot write " + file + ": " + problem.get());
            return 1;
        }
        Path database = dataDir.resolve("ringbook.db");
        if (!hasDatabase(database)) {
            err.println("ringbook appointments: there is no Ringbook database in " + dataDir
                    + ", so there are no appointments to write. Check --data-dir (or RINGBOOK_DATA_DIR).");
            return 1;
        }
        try (SqliteStore store = new SqliteStore(database, clock)) {
            EffectiveSettings settings = EffectiveSettings.open(store, EnvironmentSettings.overrides(env));
            AppointmentExportService export = new AppointmentExportService(store, settings::current, clock);
            LocalDate from = request.from().orElseGet(export::today);
            if (request.to().isPresent() && request.to().get().isBefore(from)) {
                err.println("ringbook appointments: --to " + request.to().get() + " is before today (" + from
                        + "), where the range starts when --from is not given");
                return 2;
            }
            Export written = export.write(request.format(), from, request.to(), file);
            out.println(summary(written, file));
            return 0;
        } catch (IOException e) {
            err.println("ringbook appointments: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("ringbook appointments: could not read the appointments in " + dataDir + ": " + e.getMessage());
            return 1;
        }
    }

    /** A file that is there and not empty: SQLite would turn a missing or empty one into a new database. */
    static boolean hasDatabase(Path database) {
        try {
            return Files.isRegularFile(database) && Files.size(database) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    /** "3 booked appointments from 2026-11-24 to 2026-12-01 written to /home/d/jobs.ics (1 cancelled left out)". */
    static String summary(Export export, Path file) {
        String range = "from " + export.from() + export.to().map(to -> " to " + to).orElse(" on");
        return switch (export.format()) {
            case ICS -> count(export.written(), "booked appointment") + " " + range + " written to " + file
                    + (export.cancelled() > 0 ? " (" + export.cancelled() + " cancelled left out)" : "");
            case CSV -> count(export.written(), "appointment") + " " + range + " written to " + file
                    + (export.cancelled() > 0 ? " (" + export.cancelled() + " of them cancelled)" : "");
        };
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
