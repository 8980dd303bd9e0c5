package com.ringbook.app;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, so {@code java -jar} works
 * with JavaFX on the class path, and {@code service}, {@code appointments} and {@code read-reply} never touch the FX
 * toolkit.
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
              read-reply     read customers' replies, one a line on stdin, as JSON lines on stdout;
                             days and times in RINGBOOK_TIMEZONE, else this machine's zone
                  --slots N    how many slots the answered text offered (default 2)
              --data-dir DIR where Ringbook keeps its data (default: your user's app-data folder;
                             RINGBOOK_DATA_DIR does the same)
              --help         show this help
            """;

    private Main() {
    }

    private static final Set<String> COMMANDS = Set.of("service", "appointments", "read-reply");

    /**
     * @param options the command's own options as name-value pairs (e.g. {@code --from 2026-11-25}), for it
     *                to read; empty for a command that has none
     */
    record Arguments(String command, Path dataDir, List<String> options) {
        Arguments(String command, Path dataDir) {
            this(command, dataDir, List.of());
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
        if (arguments.command().equals("read-reply")) {
            // stdin to stdout: no data dir, no log, no engine.
            return ReadReplyCommand.run(arguments.options(), env, clock, in, out, err);
        }
        // Logback reads this when the first logger is made, so it is set before anything logs.
        System.setProperty("ringbook.logdir", arguments.dataDir().resolve("logs").toString());
        if (arguments.command().equals("service")) {
            return runService(arguments.dataDir());
        }
        return ConsoleLauncher.run(arguments.dataDir(), env);
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
                } else if (i + 1 < rest.size() && !rest.get(i + 1).startsWith("--")) {
                    value = rest.get(++i);
                } else {
                    throw new IllegalArgumentException(name + " needs " + (command.equals("read-reply")
                            ? ReadReplyCommand.valueName(name) : AppointmentsCommand.valueName(name)));
                }
                options.add(name);
                options.add(value);
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
        return new Arguments(command, dataDir.toAbsolutePath(), List.copyOf(options));
    }

    private static Set<String> optionsOf(String command) {
        return switch (command) {
            case "appointments" -> AppointmentsCommand.OPTIONS;
            case "read-reply" -> ReadReplyCommand.OPTIONS;
            default -> Set.of();
        };
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
        System.out.println("Ringbook engine running on " + dataDir + " with the "
                + ringbook.engine().simulation().map(s -> "simulated carrier").orElse("Twilio carrier")
                + ". Press Ctrl+C to stop.");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }
}
