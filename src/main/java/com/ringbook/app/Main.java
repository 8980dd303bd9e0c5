package com.ringbook.app;

import java.nio.file.Path;
import java.time.Clock;
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
            Usage: ringbook [service] [--data-dir DIR]

              (no command)   open the front-desk console
              service        run the engine headless (an always-on PC or a server); Ctrl+C stops it
              --data-dir DIR where Ringbook keeps its data (default: your user's app-data folder;
                             RINGBOOK_DATA_DIR does the same)
              --help         show this help
            """;

    private Main() {
    }

    record Arguments(String command, Path dataDir) {
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
        } else {
            System.exit(ConsoleLauncher.run(arguments.dataDir(), System.getenv()));
        }
    }

    static Arguments parse(String[] args, Map<String, String> env) {
        String command = "console";
        Path dataDir = null;
        List<String> rest = new ArrayList<>(List.of(args));
        if (!rest.isEmpty() && !rest.get(0).startsWith("-")) {
            command = rest.remove(0);
            if (!command.equals("service")) {
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
        return new Arguments(command, dataDir.toAbsolutePath());
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
