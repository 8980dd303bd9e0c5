package com.ringbook.bench;

import com.ringbook.domain.Contact;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import com.ringbook.store.postgres.PgStore;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The inbox's reads at a full day's scale on both stores, side by side: the same data
 * ({@link InboxDataBuilder}: 100,000 threads, 1,000,000 messages, through the store's repositories) built into a
 * SQLite file and into a database on the test PostgreSQL ({@link PostgresServer}), then the store-level reads behind
 * what the receptionist sees timed on each (the console itself does not open on PostgreSQL yet). Not a test: run
 * with {@code mvn -B -o -Pbench test-compile exec:exec -Dbench.class=com.ringbook.bench.InboxStoreBench}.
 *
 * <p>Options (environment variables): {@code BENCH_SCALE} (1.0) of the full data, {@code BENCH_REPS} (15)
 * measured runs of each step after {@code BENCH_WARMUP} (5), {@code BENCH_STORES} (sqlite,postgresql).
 *
 * <p>Each step runs on this thread (both stores read on the caller's thread); it reports the median wall time and
 * the median CPU time of this thread. On PostgreSQL the query's own work is done by the server's backend
 * processes, not by this thread: their CPU over all measured runs (from /proc, 10 ms ticks) is reported per run
 * beside it.
 */
public final class InboxStoreBench {
    private static final Path WORK = Path.of("target", "bench-data", "inbox-store");
    private static final Path REPORT = Path.of("target", "bench-inbox-store.md");
    private static final Path PLANS = Path.of("target", "bench-inbox-store-plans.txt");
    private static final String NAME_PREFIX = "Okaf";
    /** Runs of each read in the plan pass: pgjdbc prepares on the server from the 5th, PostgreSQL may go generic after. */
    private static final int PLAN_RUNS = 8;
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    /** step -> store -> [wall ms, cpu ms, server cpu ms per run or NaN] */
    private final Map<String, Map<String, double[]>> results = new LinkedHashMap<>();
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final List<String> log = new ArrayList<>();
    private final int reps = Integer.parseInt(option("BENCH_REPS", "15"));
    private final int warmUp = Integer.parseInt(option("BENCH_WARMUP", "5"));
    private final double scale = Double.parseDouble(option("BENCH_SCALE", "1.0"));
    private int sidCounter;

    private InboxStoreBench() {
    }

    public static void main(String[] args) throws Exception {
        new InboxStoreBench().run(List.of(option("BENCH_STORES", "sqlite,postgresql").split(",")));
        System.exit(0);
    }

    private void run(List<String> stores) throws Exception {
        say("InboxStoreBench " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ", scale " + scale + ", " + reps
                + " measured runs after " + warmUp + " warm-ups; Java " + System.getProperty("java.version"));
        say("uptime: " + uptime());
        deleteTree(WORK);
        Files.createDirectories(WORK);
        if (stores.contains("sqlite")) {
            try (SqliteStore store = new SqliteStore(WORK.resolve("ringbook.db"), Clock.systemUTC())) {
                Properties info = build("SQLite", store);
                measure("SQLite", store, info, null);
            }
            say("SQLite file: " + Files.size(WORK.resolve("ringbook.db")) / 1_000_000 + " MB; uptime: " + uptime());
        }
        if (stores.contains("postgresql")) {
            runPostgres();
        }
        report();
    }

    private void runPostgres() throws Exception {
        PostgresServer server = PostgresServer.shared();
        PostgresServer.Database db = server.createDatabase();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            StringBuilder settings = new StringBuilder();
            for (String name : List.of("server_version", "shared_buffers", "work_mem", "effective_cache_size",
                    "maintenance_work_mem", "random_page_cost", "jit", "fsync", "synchronous_commit", "full_page_writes",
                    "max_connections", "default_statistics_target", "lc_ctype")) {
                try (ResultSet r = s.executeQuery("SHOW " + name)) {
                    r.next();
                    settings.append(name).append('=').append(r.getString(1)).append("  ");
                }
            }
            say("PostgreSQL: " + settings.toString().strip());
        }
        Properties info;
        try (PgStore store = new PgStore(db.url(), db.user(), null, Clock.systemUTC())) {
            info = build("PostgreSQL", store);
        }
        long began = System.nanoTime();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("VACUUM (ANALYZE)");
        }
        say(String.format(Locale.ROOT, "PostgreSQL: VACUUM (ANALYZE) after the build took %.1f s; database %s MB",
                (System.nanoTime() - began) / 1e9, databaseMb(db)));
        plans(db, info);
        try (PgStore store = new PgStore(db.url(), db.user(), null, Clock.systemUTC())) {
            measure("PostgreSQL", store, info, db.name());
            // The test server runs without fsync (its data is thrown away); an office's server syncs every commit,
            // as SQLite does here (synchronous=FULL). The write step again, with the server's defaults for that,
            // when the server lets them be changed (not when they were given on its command line).
            try {
                if (durable(db, true)) {
                    newTextStep("PostgreSQL", store, info, db.name(),
                            "new text written (server fsync on), then the first page read again");
                } else {
                    say("PostgreSQL: fsync stays off (set on the test server's command line, which ALTER SYSTEM cannot"
                            + " override): the new text's write was measured without syncing commits");
                }
            } finally {
                durable(db, false);
            }
        }
        say("uptime: " + uptime());
    }

    private Properties build(String label, Store store) {
        say("Building " + label + " ...");
        long began = System.nanoTime();
        Properties info = InboxDataBuilder.build(store, scale);
        double seconds = (System.nanoTime() - began) / 1e9;
        say(String.format(Locale.ROOT, "%s: built %s threads, %s messages in %.0f s (uptime: %s)", label,
                info.getProperty("threads"), info.getProperty("messages"), seconds, uptime()));
        notes.put("build " + label, String.format(Locale.ROOT, "%.0f s", seconds));
        return info;
    }

    // ---- the steps ----

    private Map<String, Function<ReadSession, Object>> reads(Properties info) {
        long longThread = Long.parseLong(info.getProperty("thread_of_40"));
        String number = InboxDataBuilder.phone(123).substring(2);
        Instant endOfToday = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        Map<String, Function<ReadSession, Object>> reads = new LinkedHashMap<>();
        reads.put("first page, All", s -> s.threads().page(InboxQuery.page(InboxQuery.Filter.ALL, "")).threads());
        reads.put("first page, Needs reply", s -> s.threads().page(InboxQuery.page(InboxQuery.Filter.WAITING, "")).threads());
        reads.put("counts (+ follow-ups due)", s -> s.threads().counts().with(InboxQuery.Filter.FOLLOW_UP_DUE,
                s.followUps().threadsDueBetween(Instant.EPOCH, endOfToday).size()));
        reads.put("open a thread of 40 texts", s -> s.threads().detail(longThread).orElseThrow());
        reads.put("search a word (\"" + InboxTexts.MARKER + "\")",
                s -> s.threads().page(InboxQuery.page(InboxQuery.Filter.ALL, InboxTexts.MARKER)).threads());
        reads.put("search a name prefix (\"" + NAME_PREFIX + "\")",
                s -> s.threads().page(InboxQuery.page(InboxQuery.Filter.ALL, NAME_PREFIX)).threads());
        reads.put("search a number (\"" + number + "\")",
                s -> s.threads().page(InboxQuery.page(InboxQuery.Filter.ALL, number)).threads());
        return reads;
    }

    private void measure(String label, Store store, Properties info, String pgDatabase) {
        say(label + ": measuring (uptime: " + uptime() + ")");
        for (Map.Entry<String, Function<ReadSession, Object>> read : reads(info).entrySet()) {
            Object last = time(label, read.getKey(), pgDatabase, () -> store.read(read.getValue()));
            notes.put(read.getKey() + " " + label, describe(last));
        }
        // The search's whole answer, not only its first page: the marker word is in exactly this many threads.
        int matches = store.read(s -> s.threads().inbox(new InboxQuery(InboxQuery.Filter.ALL, InboxTexts.MARKER, 100_000, 0)))
                .size();
        notes.put("marker matches " + label, matches + " of " + info.getProperty("marker_threads"));
        newTextStep(label, store, info, pgDatabase, "new text written, then the first page read again");
    }

    private void newTextStep(String label, Store store, Properties info, String pgDatabase, String step) {
        List<String> texters = List.of(info.getProperty("texters").split(","));
        int[] next = {0};
        time(label, step, pgDatabase, () -> {
            String[] texter = texters.get(next[0]++ % texters.size()).split(":");
            long thread = Long.parseLong(texter[1]);
            store.write(s -> newText(s, texter[0], thread)).join();
            List<ThreadSummary> page = store.read(s -> s.threads().page(InboxQuery.page(InboxQuery.Filter.ALL, "")).threads());
            if (page.get(0).id() != thread) {
                throw new IllegalStateException(label + ": the new text's thread " + thread + " is not at the top");
            }
            return page;
        });
    }

    /** As the engine records a customer's text: not a replay, their contact, their open thread, the text. */
    private long newText(com.ringbook.store.WriteSession s, String phone, long thread) {
        String sid = "SMbench-new-" + System.nanoTime() + "-" + (sidCounter++);
        if (s.messages().isRecorded(sid)) {
            throw new IllegalStateException("replayed");
        }
        Instant now = Instant.now();
        Contact c = s.contacts().upsert(phone, now);
        long open = s.threads().openOf(c.id()).map(ThreadSummary::id).orElse(thread);
        s.messages().insertInbound(open, sid, "Are you still coming today? The back door is open", now, true);
        return open;
    }

    private Object time(String label, String step, String pgDatabase, java.util.function.Supplier<Object> work) {
        Object last = null;
        for (int i = 0; i < warmUp; i++) {
            last = work.get();
        }
        double[] wall = new double[reps];
        double[] cpu = new double[reps];
        long serverBefore = pgDatabase == null ? 0 : backendTicks(pgDatabase);
        for (int i = 0; i < reps; i++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            last = work.get();
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
        }
        double server = pgDatabase == null ? Double.NaN : (backendTicks(pgDatabase) - serverBefore) * 10.0 / reps;
        double[] got = {median(wall), median(cpu), server};
        results.computeIfAbsent(step, k -> new LinkedHashMap<>()).put(label, got);
        say(String.format(Locale.ROOT, "  %-55s %-10s wall %8.2f ms  cpu %7.2f ms%s", step, label, got[0], got[1],
                pgDatabase == null ? "" : String.format(Locale.ROOT, "  server cpu %6.1f ms/run", server)));
        return last;
    }

    private static String describe(Object result) {
        if (result instanceof List<?> list) {
            return list.size() + " rows";
        }
        if (result instanceof ThreadDetail d) {
            return d.messages().size() + " texts";
        }
        return String.valueOf(result);
    }

    // ---- PostgreSQL's plans ----

    /**
     * Each read run {@value #PLAN_RUNS} times on a store of its own with auto_explain on for this database only
     * (EXPLAIN ANALYZE of every statement, into the server's log), so the plans are those of the store's real
     * statements and parameters: the first run's and the last run's (by then prepared on the server).
     */
    private void plans(PostgresServer.Database db, Properties info) throws Exception {
        Path serverLog;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SHOW data_directory")) {
                r.next();
                serverLog = Path.of(r.getString(1)).getParent().resolve("postgres.log");
            }
            s.execute("ALTER DATABASE " + db.name() + " SET session_preload_libraries = 'auto_explain'");
            s.execute("ALTER DATABASE " + db.name() + " SET auto_explain.log_min_duration = 0");
            s.execute("ALTER DATABASE " + db.name() + " SET auto_explain.log_analyze = on");
        }
        StringBuilder out = new StringBuilder();
        try (PgStore store = new PgStore(db.url(), db.user(), null, Clock.systemUTC())) {
            for (Map.Entry<String, Function<ReadSession, Object>> read : reads(info).entrySet()) {
                for (int run = 1; run <= PLAN_RUNS; run++) {
                    long from = Files.size(serverLog);
                    store.read(read.getValue());
                    Thread.sleep(100); // the backend writes its plan to the log as the statement ends
                    if (run == 1 || run == PLAN_RUNS) {
                        String text = new String(Files.readAllBytes(serverLog), StandardCharsets.UTF_8)
                                .substring((int) Math.min(from, Files.size(serverLog)));
                        out.append("==== ").append(read.getKey()).append(", run ").append(run).append(" ====\n")
                                .append(text).append('\n');
                    }
                }
            }
        }
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER DATABASE " + db.name() + " RESET ALL");
        }
        Files.createDirectories(PLANS.getParent());
        Files.writeString(PLANS, out);
        System.out.println(out);
        say("PostgreSQL plans written to " + PLANS);
    }

    /** Turns the server's syncing of commits on (PostgreSQL's defaults) or back to the test server's settings. */
    /** @return whether fsync is now as asked */
    private boolean durable(PostgresServer.Database db, boolean on) throws SQLException, InterruptedException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String name : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                s.execute(on ? "ALTER SYSTEM SET " + name + " = on" : "ALTER SYSTEM RESET " + name);
            }
            s.execute("SELECT pg_reload_conf()");
        }
        Thread.sleep(500); // the server rereads its settings on the signal, not within the call
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("SHOW fsync")) {
            r.next();
            say("PostgreSQL: fsync is now " + r.getString(1));
            return r.getString(1).equals(on ? "on" : "off");
        }
    }

    private static String databaseMb(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT pg_database_size(current_database()) / 1000000")) {
            r.next();
            return r.getString(1);
        }
    }

    /** utime + stime (clock ticks) of every server process serving {@code database} (its name is in their title). */
    private static long backendTicks(String database) {
        long ticks = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (!cmd.startsWith("postgres: ") || !cmd.contains(" " + database + " ")) {
                        continue;
                    }
                    String stat = Files.readString(p.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]);
                } catch (IOException | RuntimeException gone) {
                    // the process ended meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return ticks;
    }

    // ---- reporting ----

    private void report() throws IOException {
        List<String> labels = new ArrayList<>();
        results.values().forEach(m -> m.keySet().forEach(l -> {
            if (!labels.contains(l)) {
                labels.add(l);
            }
        }));
        StringBuilder t = new StringBuilder("\n| step |");
        labels.forEach(l -> t.append(' ').append(l).append(": wall / CPU ms |"));
        t.append(" target |\n|---|");
        labels.forEach(l -> t.append("---|"));
        t.append("---|\n");
        for (Map.Entry<String, Map<String, double[]>> step : results.entrySet()) {
            t.append("| ").append(step.getKey()).append(" |");
            for (String l : labels) {
                double[] v = step.getValue().get(l);
                t.append(v == null ? " — |" : String.format(Locale.ROOT, " %.2f / %.2f%s |", v[0], v[1],
                        Double.isNaN(v[2]) ? "" : String.format(Locale.ROOT, " (server %.1f)", v[2])));
            }
            t.append(' ').append(target(step.getKey())).append(" |\n");
        }
        say(t.toString());
        notes.forEach((k, v) -> say("  " + k + ": " + v));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, String.join("\n", log) + "\n");
        say("Written to " + REPORT);
    }

    private static String target(String step) {
        if (step.startsWith("first page")) {
            return "1 s (the whole paint)";
        }
        if (step.startsWith("open")) {
            return "100 ms";
        }
        if (step.startsWith("search")) {
            return "100 ms";
        }
        return step.startsWith("new text") ? "500 ms" : "";
    }

    private void say(String line) {
        System.out.println(line);
        log.add(line);
    }

    private static String uptime() {
        try {
            Process p = new ProcessBuilder("uptime").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static String option(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            List<Path> paths = new ArrayList<>(all.toList());
            Collections.reverse(paths);
            for (Path p : paths) {
                Files.delete(p);
            }
        }
    }
}
