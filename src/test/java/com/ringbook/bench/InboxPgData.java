package com.ringbook.bench;

import com.ringbook.store.postgres.PgStore;
import com.ringbook.store.postgres.PostgresServer;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The inbox bench's data on PostgreSQL: a durable test server of the bench's own ({@link PostgresServer#startDurable},
 * every commit flushed to disk as on an office's server), one database holding the built data, and a fresh copy of
 * it for each console run ({@code CREATE DATABASE ... TEMPLATE}, a file copy: seconds, where building takes
 * minutes). Building 100,000 threads through the store takes about six minutes, so the built database is kept as a
 * {@code pg_dump} under target/bench-data and restored on the next run while its key (builder, scale, the shared
 * schema's migrations, the server's major version) still matches.
 */
final class InboxPgData implements AutoCloseable {
    private final PostgresServer server;
    private final String built;
    private final Properties info;
    private final List<String> made = new ArrayList<>();
    private int copies;

    private InboxPgData(PostgresServer server, String built, Properties info) {
        this.server = server;
        this.built = built;
        this.info = info;
    }

    /** Starts the server and fills a database with the data at {@code scale}, from the cache when it still fits. */
    static InboxPgData prepare(double scale, Path cacheDir, String builderKey) throws IOException, SQLException,
            InterruptedException {
        PostgresServer server = PostgresServer.startDurable();
        PostgresServer.Database db = server.createDatabase();
        String key;
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT current_setting('server_version_num')::int / 10000")) {
            r.next();
            key = builderKey + ":pg" + r.getInt(1) + ":" + InboxScaleBench.resources("db/postgresql");
        }
        say("PostgreSQL: " + settings(db));
        Path dump = cacheDir.resolve("inbox.dump");
        Path infoFile = cacheDir.resolve("bench-info.properties");
        Properties info = new Properties();
        if (Files.exists(infoFile) && Files.exists(dump)) {
            try (Reader in = Files.newBufferedReader(infoFile)) {
                info.load(in);
            }
        }
        long began = System.nanoTime();
        if (key.equals(info.getProperty("key"))) {
            say("PostgreSQL: restoring " + dump + " (built " + info.getProperty("built_at") + " in "
                    + info.getProperty("build_seconds") + " s) ...");
            restore(dump, url(server, db.name()));
            analyze(db);
            say(String.format(Locale.ROOT, "PostgreSQL: restored and analysed in %.0f s", (System.nanoTime() - began) / 1e9));
        } else {
            say("PostgreSQL: building the data through the store (no cached dump for " + key + ") ...");
            try (PgStore store = new PgStore(db.url(), db.user(), null, Clock.systemUTC())) {
                info = InboxDataBuilder.build(store, scale);
            }
            analyze(db);
            say(String.format(Locale.ROOT, "PostgreSQL: built in %s s, VACUUM (ANALYZE) done after %.0f s",
                    info.getProperty("build_seconds"), (System.nanoTime() - began) / 1e9));
            InboxScaleBench.deleteTree(cacheDir);
            Files.createDirectories(cacheDir);
            long dumping = System.nanoTime();
            tool(server, "pg_dump", "-Fc", "-f", dump.toString(), url(server, db.name()));
            info.setProperty("key", key);
            try (Writer out = Files.newBufferedWriter(infoFile)) {
                info.store(out, "InboxScaleBench's PostgreSQL data (pg_dump beside); rebuilt when the key changes");
            }
            say(String.format(Locale.ROOT, "PostgreSQL: kept as %s (%d MB) in %.0f s", dump, Files.size(dump) / 1_000_000,
                    (System.nanoTime() - dumping) / 1e9));
        }
        say("PostgreSQL: database " + databaseMb(db) + " MB");
        return new InboxPgData(server, db.name(), info);
    }

    Properties info() {
        return info;
    }

    /** A fresh copy of the built database for one console run: its JDBC URL, as a desk's RINGBOOK_DATABASE_URL. */
    String freshCopy() throws SQLException {
        String name = "rb_bench_" + (++copies);
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        execute("CREATE DATABASE " + name + " TEMPLATE " + built);
        made.add(name);
        return server.jdbcUrl(name) + "?user=postgres";
    }

    /** An empty database with the shared schema in place: the console's own cost, with no data behind it. */
    String emptyDatabase() {
        PostgresServer.Database db = server.createDatabase();
        made.add(db.name());
        new PgStore(db.url(), db.user(), null, Clock.systemUTC()).close();
        return db.url() + "?user=postgres";
    }

    /** Drops the copies made for earlier runs (their disk space: ~750 MB each). */
    void dropCopies() throws SQLException {
        for (String name : made) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
        made.clear();
    }

    @Override
    public void close() throws SQLException {
        dropCopies();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void analyze(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE)");
        }
    }

    private static String settings(PostgresServer.Database db) throws SQLException {
        StringBuilder settings = new StringBuilder();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String name : List.of("server_version", "fsync", "synchronous_commit", "full_page_writes", "shared_buffers",
                    "work_mem", "effective_cache_size", "max_parallel_workers_per_gather", "jit")) {
                try (ResultSet r = s.executeQuery("SHOW " + name)) {
                    r.next();
                    settings.append(name).append('=').append(r.getString(1)).append("  ");
                }
            }
        }
        return settings.toString().strip();
    }

    private static long databaseMb(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_database_size(current_database())")) {
            r.next();
            return r.getLong(1) / 1_000_000;
        }
    }

    private static String url(PostgresServer server, String database) {
        return "postgresql://postgres@127.0.0.1:" + server.port() + "/" + database;
    }

    /**
     * pg_restore empties the search path of its sessions, and the schema's SQL functions that the indexes use call
     * one another unqualified (as Flyway created them, under the public path), so building those indexes fails in a
     * plain pg_restore. The dump is restored as a script instead, with the search path set to the schema's.
     */
    private static void restore(Path dump, String url) throws IOException, InterruptedException {
        Path bin = binaries();
        String script = "set -o pipefail; \"$1/pg_restore\" --no-owner -f - \"$2\" "
                + "| sed \"s/^SELECT pg_catalog.set_config('search_path', '', false);$/SET search_path = public;/\" "
                + "| \"$1/psql\" -X -q -v ON_ERROR_STOP=1 -o /dev/null -d \"$3\"";
        run(List.of("bash", "-c", script, "restore", bin.toString(), dump.toString(), url), "pg_restore | psql");
    }

    /** Runs pg_dump or pg_restore from the server's own directory (the client must be as new as the server). */
    private static void tool(PostgresServer server, String name, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binaries().resolve(name).toString());
        command.addAll(List.of(args));
        run(command, name);
    }

    private static void run(List<String> command, String name) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bench-" + name, ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
            if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException(name + " failed: " + String.join(" ", command) + "\n" + Files.readString(out));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** As {@link PostgresServer} finds them: {@code RINGBOOK_PG_BIN}, else Debian's highest version. */
    private static Path binaries() throws IOException {
        String configured = System.getenv(PostgresServer.BIN_ENV);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                    .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())))
                    .map(v -> v.resolve("bin")).orElseThrow(() -> new IllegalStateException("No PostgreSQL binaries"));
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
