package com.ringbook.store.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A real PostgreSQL server for the shared-store tests, owned by this test JVM: found on the machine
 * ({@code RINGBOOK_PG_BIN}, else Debian's {@code /usr/lib/postgresql/<highest>/bin}), initialised into a
 * temporary directory with trust authentication on loopback only and a free port, started on first use and
 * stopped when the JVM exits — by a shutdown hook, and by a small watchdog process if the JVM is killed
 * outright, so no server outlives its tests. Every test class asks for a database of its own.
 *
 * <p>PostgreSQL refuses to run as root, and tests and CI here run as root: then the server runs as the
 * {@code postgres} user (made by Debian's package) through {@code runuser}, in a directory handed to it.
 *
 * <p>There is one per JVM ({@link #shared()}): a server takes a second or two to start, a database a few
 * milliseconds. Surefire runs test classes one after another in one JVM, so one server serves them all.
 */
public final class PostgresServer {
    /** Directory holding initdb, pg_ctl and postgres; overrides the Debian location. */
    public static final String BIN_ENV = "RINGBOOK_PG_BIN";
    static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");
    static final String SUPERUSER = "postgres";
    private static final String OS_USER_WHEN_ROOT = "postgres";
    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "postgres");
    private static final long STEP_TIMEOUT_SECONDS = 120;

    private static PostgresServer shared;
    private static RuntimeException sharedFailure;

    private final Path bin;
    private final Path dir;
    private final List<String> asServerUser;
    private final int port;
    /** Syncs every commit to disk as an office's server does (PostgreSQL's defaults), or not (the tests'). */
    private final boolean durable;
    private Process watchdog;

    private PostgresServer(Path bin, Path dir, List<String> asServerUser, int port, boolean durable) {
        this.bin = bin;
        this.dir = dir;
        this.asServerUser = asServerUser;
        this.port = port;
        this.durable = durable;
    }

    /**
     * The JVM's server, started on the first call. A server that could not start fails every later call
     * with the same message (no second attempt per test class), so each test that needs it fails clearly.
     */
    public static synchronized PostgresServer shared() {
        if (sharedFailure != null) {
            throw sharedFailure;
        }
        if (shared == null) {
            try {
                shared = start(binaries(System.getenv(), DEBIAN_ROOT));
            } catch (RuntimeException e) {
                sharedFailure = e;
                throw e;
            }
        }
        return shared;
    }

    /**
     * A server of the caller's own (not {@link #shared()}) that keeps PostgreSQL's defaults for durability:
     * {@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on, so every commit waits for its disk
     * flush as on an office's server. For benchmarks, whose write figures must include that flush; the tests use
     * the shared server, which skips it. Stopped, like the shared one, when the JVM exits.
     */
    public static PostgresServer startDurable() {
        return start(binaries(System.getenv(), DEBIAN_ROOT), true);
    }

    /** A new empty database on this server, named {@code rb_<random>}. */
    public Database createDatabase() {
        String name = "rb_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new Database(name, jdbcUrl(name), SUPERUSER, this);
    }

    /** Drops a database made by {@link #createDatabase()}, closing whatever a test left connected to it. */
    void drop(Database database) {
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database.name() + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test database " + database.name() + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), SUPERUSER, "");
    }

    /** A database of the test server: its JDBC URL and user (trust authentication: no password). */
    public record Database(String name, String url, String user, PostgresServer server) {
        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, "");
        }

        /** A plain (unpooled) data source for it, e.g. for Flyway. */
        public DataSource dataSource() {
            PGSimpleDataSource ds = new PGSimpleDataSource();
            ds.setUrl(url);
            ds.setUser(user);
            return ds;
        }
    }

    // ---- finding the binaries ----

    /**
     * Where the server binaries are: {@code RINGBOOK_PG_BIN} when set, else the highest version under
     * Debian's {@code /usr/lib/postgresql}. Throws, naming what to install, when there are none.
     */
    static Path binaries(Map<String, String> env, Path debianRoot) {
        String configured = env.get(BIN_ENV);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured.strip());
            if (!hasTools(dir)) {
                throw new IllegalStateException(BIN_ENV + "=" + configured + " has no PostgreSQL server in it (needs "
                        + String.join(", ", TOOLS) + "). " + INSTALL_HINT);
            }
            return dir;
        }
        if (Files.isDirectory(debianRoot)) {
            try (Stream<Path> versions = Files.list(debianRoot)) {
                return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                        .sorted(Comparator.comparingDouble((Path v) -> Double.parseDouble(v.getFileName().toString())).reversed())
                        .map(v -> v.resolve("bin")).filter(PostgresServer::hasTools).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No PostgreSQL server under " + debianRoot + ". " + INSTALL_HINT));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("No PostgreSQL server found (looked in " + BIN_ENV + " and " + debianRoot + "). "
                + INSTALL_HINT);
    }

    static final String INSTALL_HINT = "The shared-store (PostgreSQL) tests need PostgreSQL's server binaries: "
            + "install them with `apt-get install postgresql` (Debian/Ubuntu), or set " + BIN_ENV
            + " to a directory holding initdb, pg_ctl and postgres.";

    private static boolean hasTools(Path dir) {
        return TOOLS.stream().allMatch(t -> Files.isExecutable(dir.resolve(t)));
    }

    // ---- starting and stopping ----

    static PostgresServer start(Path bin) {
        return start(bin, false);
    }

    private static PostgresServer start(Path bin, boolean durable) {
        Path dir;
        try {
            dir = Files.createTempDirectory("rb-pg-");
            Files.createDirectories(dir.resolve("sock"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make a directory for the test PostgreSQL", e);
        }
        try {
            List<String> asServerUser = handOverIfRoot(dir);
            initdb(bin, dir, asServerUser);
            IllegalStateException last = null;
            // A free port can be taken by another process between finding and binding it: try a few.
            for (int attempt = 0; attempt < 3; attempt++) {
                PostgresServer server = new PostgresServer(bin, dir, asServerUser, freePort(), durable);
                try {
                    server.startServer();
                    return server;
                } catch (IllegalStateException e) {
                    last = e;
                }
            }
            throw last;
        } catch (RuntimeException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    /**
     * As an office's database would be: UTF-8 with a UTF-8 ctype (search folds every letter's case), byte order for
     * sorting (as SQLite's); a machine without the C.UTF-8 locale gets the plain C one. initdb's own fsyncs are
     * for real data; a test cluster is thrown away.
     */
    private static void initdb(Path bin, Path dir, List<String> asServerUser) {
        List<String> common = List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(),
                "-U", SUPERUSER, "-A", "trust", "-E", "UTF8", "--no-sync");
        List<String> utf8 = new ArrayList<>(common);
        utf8.addAll(List.of("--lc-collate=C", "--lc-ctype=C.UTF-8", "--lc-messages=C", "--lc-monetary=C",
                "--lc-numeric=C", "--lc-time=C"));
        try {
            run(dir, asServerUser, "initdb", utf8);
        } catch (IllegalStateException noUtf8Locale) {
            List<String> plain = new ArrayList<>(common);
            plain.add("--no-locale");
            // initdb removes the data directory it made when it fails, so the second try starts clean.
            run(dir, asServerUser, "initdb", plain);
        }
    }

    private void startServer() {
        String options = "-p " + port + " -k " + dir.resolve("sock") + " -c listen_addresses=127.0.0.1"
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off")
                + " -c max_connections=200 -c shared_buffers=32MB";
        run(dir, asServerUser, "pg_ctl start", List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                "-l", dir.resolve("postgres.log").toString(), "-w", "-t", "60", "-o", options, "start"));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "postgres-test-server-stop"));
        watchdog = startWatchdog();
    }

    /**
     * A shell that waits for this JVM to die and then stops the server and deletes its directory: covers a
     * JVM killed outright (kill -9, a forked test JVM timed out), which runs no shutdown hook.
     */
    private Process startWatchdog() {
        List<String> command = new ArrayList<>(List.of("sh", "-c",
                "pid=$1; dir=$2; shift 2; while kill -0 \"$pid\" 2>/dev/null; do sleep 1; done; "
                        + "\"$@\" -D \"$dir/data\" -m immediate stop >/dev/null 2>&1; rm -rf \"$dir\"",
                "watchdog", Long.toString(ProcessHandle.current().pid()), dir.toString()));
        command.addAll(asServerUser);
        command.add(bin.resolve("pg_ctl").toString());
        try {
            return new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            return null; // the shutdown hook still stops the server on every ordinary exit
        }
    }

    private void stop() {
        try {
            run(dir, asServerUser, "pg_ctl stop", List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-m", "immediate", "-w", "stop"));
        } catch (RuntimeException e) {
            // Already gone: nothing to stop.
        } finally {
            if (watchdog != null) {
                watchdog.destroy();
            }
            deleteQuietly(dir);
        }
    }

    /**
     * When this JVM runs as root, gives {@code dir} to the {@code postgres} user and returns the prefix
     * that runs a command as that user; otherwise the server runs as we do (empty prefix).
     */
    private static List<String> handOverIfRoot(Path dir) {
        try {
            int uid = (Integer) Files.getAttribute(dir, "unix:uid");
            if (uid != 0) {
                return List.of();
            }
            UserPrincipal user;
            try {
                user = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(OS_USER_WHEN_ROOT);
            } catch (IOException e) {
                throw new IllegalStateException("Running as root, and PostgreSQL refuses root: the tests run it as the '"
                        + OS_USER_WHEN_ROOT + "' user, which does not exist. " + INSTALL_HINT, e);
            }
            try (Stream<Path> all = Files.walk(dir)) {
                for (Path p : all.toList()) {
                    Files.setOwner(p, user);
                }
            }
            return List.of("runuser", "-u", OS_USER_WHEN_ROOT, "--");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs one server tool to completion; its output goes to a file, quoted in the error if it fails. */
    private static void run(Path dir, List<String> prefix, String what, List<String> command) {
        List<String> full = new ArrayList<>(prefix);
        full.addAll(command);
        try {
            Path out = Files.createTempFile("rb-pg-" + what.replace(' ', '-'), ".out");
            try {
                // Output to a file, never a pipe of this JVM: the server pg_ctl leaves running must not hold
                // Surefire's streams open.
                Process p = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                        .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                        .start();
                if (!p.waitFor(STEP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("Test PostgreSQL: " + what + " took over " + STEP_TIMEOUT_SECONDS + " s");
                }
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("Test PostgreSQL: " + what + " failed (exit " + p.exitValue() + "): "
                            + String.join(" ", full) + "\n" + Files.readString(out, StandardCharsets.UTF_8)
                            + tail(dir.resolve("postgres.log")));
                }
            } finally {
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Test PostgreSQL: could not run " + full.get(0) + " for " + what + ": "
                    + e.getMessage() + ". " + INSTALL_HINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Test PostgreSQL: interrupted during " + what, e);
        }
    }

    private static String tail(Path log) {
        try {
            if (!Files.isReadable(log)) {
                return "";
            }
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\nserver log:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: it is a temporary directory
        }
    }
}
