package com.ringbook.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The launcher. It does not extend {@code javafx.application.Application}, so {@code java -jar} works
 * with JavaFX on the class path, and {@code service} never touches the FX toolkit at all.
 */
public final class Main {
    static final String USAGE = """
            Usage: ringbook [service | demo] [--data-dir DIR] [--weeks N] [--seed S]

              (no command)   open the front-desk console
              service        run the engine headless (an always-on PC or a server); Ctrl+C stops it
              demo           fill an empty data dir with weeks of a made-up plumbing and heating shop,
                             made by the real engine on the simulated carrier; then open the console on it
                --weeks N    how many weeks up to now, 1 to 104 (default 8)
                --seed S     a whole number; the same seed makes the same business (default 1)
              --data-dir DIR where Ringbook keeps its data (default: your user's app-data folder;
                             RINGBOOK_DATA_DIR does the same)
              --help         show this help
            """;

    private Main() {
    }

    record Arguments(String command, Path dataDir, int weeks, long seed) {
        Arguments(String command, Path dataDir) {
            this(command, dataDir, DemoCommand.DEFAULT_WEEKS, DemoCommand.DEFAULT_SEED);
        }
    }

    public static void main(String[] args) {
        Arguments arguments;
        try {
            arguments = parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("ringbook: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (arguments.command().equals("help")) {
            System.out.print(USAGE);
            return;
        }
        // Logback reads this when the first logger is made, so it is set before anything logs.
        System.setProperty("ringbook.logdir", arguments.dataDir().resolve("logs").toString());
        if (arguments.command().equals("service")) {
            System.exit(runService(arguments.dataDir()));
        } else if (arguments.command().equals("demo")) {
            // Checks the data dir before anything is made in it (the log file is made by the first logger).
            System.exit(DemoCommand.run(arguments.dataDir(), arguments.weeks(), arguments.seed(), Instant.now(),
                    ZoneId.systemDefault(), System.out, System.err));
        } else {
            System.exit(ConsoleLauncher.run(arguments.dataDir(), System.getenv()));
        }
    }

    static Arguments parse(String[] args, Map<String, String> env) {
        String command = "console";
        Path dataDir = null;
        Integer weeks = null;
        Long seed = null;
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
            command = rest.remove(0);
            if (!command.equals("service") && !command.equals("demo")) {
                throw new IllegalArgumentException("unknown command \"" + command + "\"");
            }
        }
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                return new Arguments("help", null);
            } else if (arg.equals("--data-dir")) {
                if (i + 1 >= rest.size() || rest.get(i + 1).isBlank()) {
                    throw new IllegalArgumentException("--data-dir needs a folder");
                }
                dataDir = Path.of(rest.get(++i));
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = Path.of(arg.substring("--data-dir=".length()));
            } else if (command.equals("demo") && (arg.equals("--weeks") || arg.startsWith("--weeks="))) {
                weeks = weeks(optionValue(rest, i, "--weeks", "a number of weeks"));
                i += arg.contains("=") ? 0 : 1;
            } else if (command.equals("demo") && (arg.equals("--seed") || arg.startsWith("--seed="))) {
                seed = seed(optionValue(rest, i, "--seed", "a whole number"));
                i += arg.contains("=") ? 0 : 1;
            } else if (arg.startsWith("--weeks") || arg.startsWith("--seed")) {
                throw new IllegalArgumentException(arg.split("=")[0] + " is for the demo command only");
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
        return new Arguments(command, dataDir.toAbsolutePath(), weeks == null ? DemoCommand.DEFAULT_WEEKS : weeks,
                seed == null ? DemoCommand.DEFAULT_SEED : seed);
    }

    /** The value of {@code --name VALUE} or {@code --name=VALUE} at {@code i}. */
    private static String optionValue(List<String> args, int i, String name, String what) {
        String arg = args.get(i);
        if (arg.startsWith(name + "=")) {
            return arg.substring(name.length() + 1);
        }
        if (i + 1 >= args.size() || args.get(i + 1).isBlank()) {
            throw new IllegalArgumentException(name + " needs " + what);
        }
        return args.get(i + 1);
    }

    private static int weeks(String text) {
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

    private static long seed(String text) {
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
