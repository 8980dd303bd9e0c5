package com.ringbook.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, so {@code java -jar} works
 * with JavaFX on the class path, and no command but the console ever touches the FX toolkit.
 */
public final class Main {
    static final String USAGE = """
            Usage: ringbook [COMMAND] [--data-dir DIR] [OPTIONS]

              (no command)   open the front-desk console
              service        run the engine headless (an always-on PC or a server); Ctrl+C stops it
              appointments   write the appointments to a file; works while a console or service runs
                  --ics FILE   a calendar (.ics) of the booked appointments, or
                  --csv FILE   a table (.csv) of every appointment, cancelled ones too
                  --from DATE  the first day, YYYY-MM-DD in the business's time zone (default: today)
                  --to DATE    the last day, included (default: no end, every later appointment)
              report         write the weekly figures (missed, texted, replied, offered, booked,
                             recovered revenue, speed-to-text) to a CSV file, oldest week first
                  --csv FILE   the table to write
                  --weeks N    how many weeks up to this one, 1 to 104 (default 12)
              demo           fill an empty data dir with weeks of a made-up plumbing and heating shop,
                             made by the real engine on the simulated carrier; then open the console on it
                  --weeks N    how many weeks up to now, 1 to 104 (default 8)
                  --seed S     a whole number; the same seed makes the same business (default 1)
              copy-to-postgres  copy this data dir into an empty, shared PostgreSQL database (several
                             desks, one office), checked before it is committed; refuses a database
                             that holds data. The password in RINGBOOK_DATABASE_PASSWORD
                  --database-url URL  jdbc:postgresql://HOST:5432/DATABASE?user=USER
                                      (default: RINGBOOK_DATABASE_URL)
              read-reply     read customers' replies, one a line on stdin, as JSON lines on stdout;
                             days and times in RINGBOOK_TIMEZONE, else this machine's zone
                  --slots N    how many slots the answered text offered (default 2)
              --background   open the console in the tray, without its window (where the desktop has
                             a tray; without one the window opens): how Ringbook starts at sign-in
              --data-dir DIR where Ringbook keeps its data (default: your user's app-data folder;
                             RINGBOOK_DATA_DIR does the same)
              --help         show this help
            """;

    private Main() {
    }

    private static final Set<String> COMMANDS = Set.of("service", "appointments", "demo", "read-reply", "report",
            "copy-to-postgres");
    private static final Set<String> DEMO_OPTIONS = Set.of("--weeks", "--seed");
    /** The console's flag for opening in the tray (the sign-in entry's command); no value. */
    static final String BACKGROUND = "--background";

    /**
     * @param options the command's own options as name-value pairs (e.g. {@code --from 2026-11-25}), for it
     *                to read; empty for a command that has none
     */
    record Arguments(String command, Path dataDir, List<String> options) {
        Arguments(String command, Path dataDir) {
            this(command, dataDir, List.of());
        }

        /** The value given for {@code name}, or null. */
        String option(String name) {
            for (int i = 0; i + 1 < options.size(); i += 2) {
                if (options.get(i).equals(name)) {
                    return options.get(i + 1);
                }
            }
            return null;
        }

        /** Whether the console opens in the tray, its window hidden ({@link #BACKGROUND}). */
        boolean background() {
            return option(BACKGROUND) != null;
        }

        /** The demo's {@code --weeks}, checked when the command line was read. */
        int weeks() {
            String given = option("--weeks");
            return given == null ? DemoCommand.DEFAULT_WEEKS : Main.weeks(given);
        }

        /** The demo's {@code --seed}, checked when the command line was read. */
        long seed() {
            String given = option("--seed");
            return given == null ? DemoCommand.DEFAULT_SEED : Main.seed(given);
        }
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.in, System.out, System.err, Clock.systemUTC()));
    }

    static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err, Clock clock) {
        return run(args, env, System.in, out, err, clock);
    }

    /** Runs what the command line asks for; returns the process's exit code (2: a mistake on the command line). */
    static int run(String[] args, Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
                   Clock clock) {
        Arguments arguments;
        try {
            arguments = parse(args, env);
        } catch (IllegalArgumentException e) {
            err.println("ringbook: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        if (arguments.command().equals("help")) {
            out.print(USAGE);
            return 0;
        }
        if (arguments.command().equals("appointments")) {
            // Keeps no log in the data dir: it says what went wrong on stderr, and must create nothing there.
            return AppointmentsCommand.run(arguments.dataDir(), arguments.options(), env, clock, out, err);
        }
        if (arguments.command().equals("report")) {
            // Like appointments: reads only, keeps no log, creates nothing in the data dir.
            return ReportCommand.run(arguments.dataDir(), arguments.options(), env, clock, out, err);
        }
        if (arguments.command().equals("demo")) {
            // Checks the data dir before anything is made in it (the log file is made by the first logger).
            return DemoCommand.run(arguments.dataDir(), arguments.weeks(), arguments.seed(), clock.instant(),
                    ZoneId.systemDefault(), out, err);
        }
        if (arguments.command().equals("copy-to-postgres")) {
            // Reads the data dir (holding its lock) and writes only to the database: no log, no engine.
            return CopyToPostgresCommand.run(arguments.dataDir(), arguments.options(), env, clock, out, err);
        }
        if (arguments.command().equals("read-reply")) {
            // stdin to stdout: no data dir, no log, no engine.
            return ReadReplyCommand.run(arguments.options(), env, clock, in, out, err);
        }
        // Logback reads this when the first logger is made, so it is set before anything logs.
        System.setProperty("ringbook.logdir", DataDir.logs(arguments.dataDir()).toString());
        if (arguments.command().equals("service")) {
            return runService(arguments.dataDir());
        }
        return ConsoleLauncher.run(arguments.dataDir(), env, out, arguments.background());
    }

    static Arguments parse(String[] args, Map<String, String> env) {
        String command = "console";
        Path dataDir = null;
        List<String> options = new ArrayList<>();
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
            command = rest.remove(0);
            if (!COMMANDS.contains(command)) {
                throw new IllegalArgumentException("unknown command \"" + command + "\"");
            }
        }
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Arguments("help", null);
            } else if (optionsOf(command).contains(name)) {
                String value;
                if (arg.contains("=")) {
                    value = arg.substring(name.length() + 1);
                } else if (i + 1 < rest.size() && !rest.get(i + 1).startsWith("--") && !rest.get(i + 1).isBlank()) {
                    value = rest.get(++i);
                } else {
                    throw new IllegalArgumentException(name + " needs " + valueName(name));
                }
                options.add(name);
                options.add(value);
            } else if (arg.equals(BACKGROUND) || arg.equals("--minimized")) {
                if (!command.equals("console")) {
                    throw new IllegalArgumentException(arg + " is for opening the console only");
                }
                options.add(BACKGROUND);
                options.add("yes");
            } else if (DEMO_OPTIONS.contains(name)) {
                throw new IllegalArgumentException(name + " is for the demo command only");
            } else if (arg.equals("--data-dir")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--data-dir needs a folder");
                }
                dataDir = Path.of(rest.get(++i));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else {
                throw new IllegalArgumentException("unknown option \"" + arg + "\"");
            }
        }
        if (dataDir == null) {
            String fromEnv = env.get(EnvironmentSettings.DATA_DIR);
            dataDir = fromEnv != null && !fromEnv.isBlank()
                    ? Path.of(fromEnv)
                    : DataDir.defaultFor(env, System.getProperty("os.name"), System.getProperty("user.home"));
        }
        Arguments arguments = new Arguments(command, dataDir.toAbsolutePath(), List.copyOf(options));
        // Read once here, so a bad value is named before anything runs (report reads its own --weeks).
        if (!command.equals("report")) {
            arguments.weeks();
            arguments.seed();
        }
        return arguments;
    }

    private static Set<String> optionsOf(String command) {
        return switch (command) {
            case "appointments" -> AppointmentsCommand.OPTIONS;
            case "demo" -> DEMO_OPTIONS;
            case "read-reply" -> ReadReplyCommand.OPTIONS;
            case "report" -> ReportCommand.OPTIONS;
            case "copy-to-postgres" -> CopyToPostgresCommand.OPTIONS;
            default -> Set.of();
        };
    }

    private static String valueName(String option) {
        return switch (option) {
            case "--weeks" -> "a number of weeks";
            case "--csv" -> "a file";
            case "--seed" -> "a whole number";
            case "--slots" -> ReadReplyCommand.valueName(option);
            case CopyToPostgresCommand.OPTION -> CopyToPostgresCommand.valueName();
            default -> AppointmentsCommand.valueName(option);
        };
    }

    static int weeks(String text) {
        int weeks;
        try {
            weeks = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            weeks = -1;
        }
        if (weeks < 1 || weeks > DemoCommand.MAX_WEEKS) {
            throw new IllegalArgumentException("--weeks takes a whole number of weeks from 1 to " + DemoCommand.MAX_WEEKS
                    + " (got \"" + text + "\")");
        }
        return weeks;
    }

    static long seed(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seed takes a whole number, like 1 or 42 (got \"" + text + "\")");
        }
    }

    private static int runService(Path dataDir) {
        Ringbook ringbook;
        try {
            ringbook = Ringbook.open(dataDir, System.getenv(), Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println("ringbook: " + e.getMessage());
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ringbook.close();
            stopped.countDown();
        }, "shutdown"));
        String carrier = ringbook.engine().simulation().map(s -> "simulated carrier").orElse("Twilio carrier");
        if (SharedStoreChoice.sharedIn(dataDir, System.getenv())) {
            // Which desk runs the engine is decided by the database's lock, and may change while this runs.
            System.out.println("Ringbook on the shared database with the " + carrier + "; this desk runs the engine "
                    + "whenever no other desk does. Press Ctrl+C to stop.");
        } else {
            System.out.println("Ringbook engine running on " + dataDir + " with the " + carrier
                    + ". Press Ctrl+C to stop.");
        }
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
