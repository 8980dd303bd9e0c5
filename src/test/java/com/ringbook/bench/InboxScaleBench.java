package com.ringbook.bench;

import com.ringbook.store.sqlite.SqliteStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.Writer;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The inbox at a full day's scale (issue 13): 100,000 threads and 1,000,000 messages, written through
 * the store's own write path ({@link InboxDataBuilder}, cached in target/bench-data and rebuilt when
 * the migrations change), then the real console opened on them in child JVMs ({@link InboxConsoleProbe})
 * with a desktop install's JVM flags and with plain {@code java -jar} defaults. Not a test: run with
 * {@code mvn -Pbench test-compile exec:exec -Dbench.class=com.ringbook.bench.InboxScaleBench}.
 *
 * <p>Options (environment variables): {@code BENCH_RUNS} (2) rounds of children, {@code BENCH_REPS}
 * (20) measured repetitions of each step per child after {@code BENCH_WARMUP} (5),
 * {@code BENCH_DESKTOP_FLAGS} to try other JVM flags for the desktop install, {@code BENCH_JVMS=desktop}
 * to skip the children with the defaults, {@code BENCH_STORES} (sqlite,postgresql) which stores to open the console
 * on, {@code BENCH_SCALE} (1.0) of the data (a smaller set to try things, cached apart). On PostgreSQL the console
 * opens as a desk does, with RINGBOOK_DATABASE_URL, on a fresh copy of the data on a durable test server
 * ({@link InboxPgData}).
 */
public final class InboxScaleBench {
    /** Changed when the builder writes other data, so a cached build from an older builder is not reused. */
    static final String BUILDER_VERSION = "1";
    /**
     * What a desktop install should run with: a heap cap well above the console's live data at this
     * scale (tens of MB) and the serial collector, which on a one-window desktop app pauses for a few ms,
     * needs no collector threads or remembered sets of its own, and keeps the committed heap near what is
     * live (G1 with the defaults keeps hundreds of MB it once used). -Xms is set because the initial
     * heap otherwise defaults to 1/64 of the machine's memory (377 MB on a 24 GB machine), which the
     * -Xmx cap then turns into "all of it from the start". See docs/benchmarks.md.
     */
    static final String DESKTOP_FLAGS = "-Xms32m -Xmx256m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30";
    /** What the headless tests use: no display, software rendering. */
    private static final List<String> HEADLESS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true");
    private static final Path WORK = Path.of("target", "bench-data", "inbox-100k-run");

    /** metric -> (unit, target) in the order the table shows them. */
    private static final Map<String, String[]> METRICS = new LinkedHashMap<>();

    static {
        METRICS.put("paint", new String[] {"ms", "1000"});
        METRICS.put("paint_engine", new String[] {"ms", ""});
        METRICS.put("paint_cold", new String[] {"ms", ""});
        METRICS.put("paint_cold_from_jvm_start", new String[] {"ms", ""});
        METRICS.put("empty_paint", new String[] {"ms", ""});
        METRICS.put("empty_paint_cold", new String[] {"ms", ""});
        METRICS.put("open", new String[] {"ms", "100"});
        METRICS.put("search", new String[] {"ms", "100"});
        METRICS.put("search_cleared", new String[] {"ms", ""});
        METRICS.put("new_message", new String[] {"ms", "500"});
        METRICS.put("api_first_page", new String[] {"ms", ""});
        METRICS.put("api_thread", new String[] {"ms", ""});
        METRICS.put("api_search", new String[] {"ms", ""});
        METRICS.put("search_rows_shown", new String[] {"rows", ""});
        METRICS.put("search_matches", new String[] {"threads", ""});
        METRICS.put("rss_mb", new String[] {"MB", "300"});
        METRICS.put("hwm_mb", new String[] {"MB", ""});
        METRICS.put("heap_committed_mb", new String[] {"MB", ""});
        METRICS.put("heap_max_mb", new String[] {"MB", ""});
        METRICS.put("load_1min", new String[] {"load", ""});
    }

    private InboxScaleBench() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(option("BENCH_SCALE", "1.0"));
        List<String> stores = List.of(option("BENCH_STORES", "sqlite,postgresql").split(","));
        int runs = Integer.parseInt(option("BENCH_RUNS", "2"));
        int reps = Integer.parseInt(option("BENCH_REPS", "20"));
        int warmUp = Integer.parseInt(option("BENCH_WARMUP", "5"));
        Map<String, String> jvms = new LinkedHashMap<>();
        jvms.put("desktop flags", option("BENCH_DESKTOP_FLAGS", DESKTOP_FLAGS));
        if (!"desktop".equals(option("BENCH_JVMS", "both"))) {
            jvms.put("java -jar defaults", "");
        }
        System.out.printf("InboxScaleBench: stores %s, scale %s, %d run(s), %d measured after %d warm-ups; uptime: %s%n",
                stores, scale, runs, reps, warmUp, uptime());
        // Series: each store with each JVM's flags, in the order the report shows them.
        Map<String, String> series = new LinkedHashMap<>();
        Map<String, Map<String, List<Double>>> samples = new LinkedHashMap<>();
        Map<String, Map<String, List<Double>>> runMedians = new LinkedHashMap<>();
        Properties info = null;
        for (String store : stores) {
            boolean pg = store.strip().equals("postgresql");
            String label = pg ? "PostgreSQL" : "SQLite";
            InboxPgData pgData = null;
            if (pg) {
                pgData = InboxPgData.prepare(scale, cacheDir(scale, true), BUILDER_VERSION + ":" + scale);
                info = pgData.info();
            } else {
                info = ensureBuilt(scale);
            }
            try {
                for (int run = 1; run <= runs; run++) {
                    for (Map.Entry<String, String> jvm : jvms.entrySet()) {
                        String name = label + ", " + jvm.getKey();
                        series.put(name, jvm.getValue());
                        // The empty inbox first: the console's own start-up cost, with no data behind it.
                        List<String> modes = jvm.getValue().equals(jvms.values().iterator().next())
                                ? List.of("empty", "paint", "use") : List.of("paint", "use");
                        for (String mode : modes) {
                            System.out.printf("run %d/%d, %s, %s ... (uptime: %s)%n", run, runs, name, mode, uptime());
                            String database = !pg ? null : mode.equals("empty") ? pgData.emptyDatabase() : pgData.freshCopy();
                            Map<String, List<Double>> got = child(jvm.getValue(), mode, warmUp, reps, info, run, scale,
                                    database);
                            if (pg) {
                                pgData.dropCopies();
                            }
                            got.forEach((metric, values) -> {
                                samples.computeIfAbsent(name, k -> new TreeMap<>())
                                        .computeIfAbsent(metric, k -> new ArrayList<>()).addAll(values);
                                runMedians.computeIfAbsent(name, k -> new TreeMap<>())
                                        .computeIfAbsent(metric, k -> new ArrayList<>()).add(percentile(values, 50));
                            });
                        }
                    }
                }
            } finally {
                if (pgData != null) {
                    pgData.close();
                }
            }
        }
        System.out.println("uptime: " + uptime());
        report(info, series, samples, runMedians);
        // The PostgreSQL server is stopped by its shutdown hook.
        System.exit(0);
    }

    /** The machine's load averages (1, 5, 15 minutes): the figures compare only between runs at similar load. */
    static String uptime() {
        try {
            String[] load = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return load[0] + " " + load[1] + " " + load[2];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Where a store's built data is kept: the full set as before, a smaller one (BENCH_SCALE) beside it. */
    static Path cacheDir(double scale, boolean pg) {
        String size = scale == 1.0 ? "100k" : "scale-" + scale;
        return Path.of("target", "bench-data", "inbox-" + size + (pg ? "-pg" : ""));
    }

    /**
     * An option from the environment: exec:exec starts the bench in a JVM of its own, so -D options given
     * to Maven never reach it, while the environment does.
     */
    private static String option(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The cached data dir, built first when missing or made for other migrations or another builder. */
    private static Properties ensureBuilt(double scale) throws IOException {
        Path cache = cacheDir(scale, false);
        String key = BUILDER_VERSION + ":" + resources("db/migration") + (scale == 1.0 ? "" : ":" + scale);
        Path infoFile = cache.resolve("bench-info.properties");
        Properties info = new Properties();
        if (Files.exists(infoFile)) {
            try (Reader in = Files.newBufferedReader(infoFile)) {
                info.load(in);
            }
            if (key.equals(info.getProperty("key"))) {
                System.out.printf("Reusing %s: built %s in %s s (%s)%n", cache, info.getProperty("built_at"),
                        info.getProperty("build_seconds"), key);
                return info;
            }
            System.out.println("Cached data is for other migrations or another builder: rebuilding");
        }
        deleteTree(cache);
        Files.createDirectories(cache);
        System.out.printf("Building %s of %,d threads and %,d messages through the store into %s ...%n",
                scale, InboxDataBuilder.THREADS, InboxDataBuilder.MESSAGES, cache);
        try (SqliteStore store = new SqliteStore(cache.resolve("ringbook.db"), Clock.systemUTC())) {
            info = InboxDataBuilder.build(store, scale);
        }
        info.setProperty("key", key);
        try (Writer out = Files.newBufferedWriter(infoFile)) {
            info.store(out, "InboxScaleBench data; rebuilt when the key changes");
        }
        System.out.printf("Built in %s s (%,d contacts, %s named, %s waiting for a reply, %s opted out, marker word in %s threads)%n",
                info.getProperty("build_seconds"), Integer.parseInt(info.getProperty("contacts")),
                info.getProperty("named_contacts"), info.getProperty("waiting"), info.getProperty("opted_out"),
                info.getProperty("marker_threads"));
        return info;
    }

    /** The names of a store's schema migrations on the class path, sorted: the cache key. */
    static String resources(String directory) throws IOException {
        URL dir = InboxScaleBench.class.getClassLoader().getResource(directory);
        if (dir == null || !"file".equals(dir.getProtocol())) {
            throw new IllegalStateException(directory + " is not a directory on the class path: " + dir);
        }
        try (Stream<Path> files = Files.list(Path.of(URI.create(dir.toString())))) {
            return String.join(",", files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** Runs one child JVM on a fresh copy of the data and gathers what it measured. */
    private static Map<String, List<Double>> child(String flags, String mode, int warmUp, int reps, Properties info,
                                                   int run, double scale, String database)
            throws IOException, InterruptedException {
        deleteTree(WORK);
        Files.createDirectories(WORK);
        boolean empty = mode.equals("empty");
        // On PostgreSQL the data dir holds only the desk's own files; the data is in the database given.
        try (Stream<Path> files = Files.list(database != null ? WORK : cacheDir(scale, false))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !empty).toList()) {
                Files.copy(f, WORK.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Map<String, List<Double>> got = new TreeMap<>();
        // How busy the shared machine was: the figures are only comparable between runs at similar load.
        got.computeIfAbsent("load_1min", k -> new ArrayList<>())
                .add(Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        if (!flags.isBlank()) {
            command.addAll(Arrays.asList(flags.trim().split("\\s+")));
        }
        command.addAll(HEADLESS);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), InboxConsoleProbe.class.getName(),
                mode,
                WORK.toString(), String.valueOf(warmUp), String.valueOf(reps), info.getProperty("marker"),
                info.getProperty("texters")));
        if (database != null) {
            command.add(database);
        }
        Path log = Path.of("target", "bench-inbox-" + mode + "-" + run + (flags.isBlank() ? "-defaults" : "-desktop")
                + (database != null ? "-pg" : "") + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter logOut = new PrintWriter(Files.newBufferedWriter(log))) {
            String line;
            while ((line = out.readLine()) != null) {
                logOut.println(line);
                if (line.startsWith("RESULT ")) {
                    String[] parts = line.split(" ");
                    String metric = (empty ? "empty_" : "") + (parts[1].endsWith("_kb") ? parts[1].replace("_kb", "_mb") : parts[1]);
                    double value = Double.parseDouble(parts[2]) / (parts[1].endsWith("_kb") ? 1024 : 1);
                    got.computeIfAbsent(metric, k -> new ArrayList<>()).add(value);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("The " + mode + " child failed (exit " + exit + "); see " + log);
        }
        return got;
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (p == 50 && sorted.length % 2 == 0) {
            return (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static void report(Properties info, Map<String, String> jvms, Map<String, Map<String, List<Double>>> samples,
                               Map<String, Map<String, List<Double>>> runMedians) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append(String.format("%nData: %s threads, %s messages, %s contacts (%s named), %s waiting, %s opted out; "
                        + "marker \"%s\" in older messages of %s threads. Built in %s s.%n",
                info.getProperty("threads"), info.getProperty("messages"), info.getProperty("contacts"),
                info.getProperty("named_contacts"), info.getProperty("waiting"), info.getProperty("opted_out"),
                info.getProperty("marker"), info.getProperty("marker_threads"), info.getProperty("build_seconds")));
        for (Map.Entry<String, String> jvm : jvms.entrySet()) {
            table.append(String.format("%n%s (%s)%n", jvm.getKey(), jvm.getValue().isBlank() ? "no flags" : jvm.getValue()));
            table.append("| step | n | median | p90 | medians of each run | target |\n|---|---|---|---|---|---|\n");
            Map<String, List<Double>> mine = samples.getOrDefault(jvm.getKey(), Map.of());
            for (Map.Entry<String, String[]> metric : METRICS.entrySet()) {
                List<Double> values = mine.get(metric.getKey());
                if (values == null || values.isEmpty()) {
                    continue;
                }
                String unit = metric.getValue()[0];
                table.append(String.format("| %s (%s) | %d | %.1f | %.1f | %s | %s |%n", metric.getKey(), unit, values.size(),
                        percentile(values, 50), percentile(values, 90),
                        runMedians.get(jvm.getKey()).get(metric.getKey()).stream().map(v -> String.format("%.1f", v)).toList(),
                        metric.getValue()[1].isEmpty() ? "" : metric.getValue()[1] + " " + unit));
            }
        }
        System.out.print(table);
        Files.writeString(Path.of("target", "bench-inbox-scale.md"), table.toString());
        String desktop = jvms.keySet().iterator().next();
        for (String jvm : jvms.keySet()) {
            if (!jvm.equals(desktop)) {
                System.out.println("inbox (" + jvm + "): " + summary(info, samples.get(jvm)));
            }
        }
        System.out.println("inbox: " + summary(info, samples.get(desktop)));
    }

    private static String summary(Properties info, Map<String, List<Double>> s) {
        return String.format("threads=%s messages=%s paint_ms=%d open_ms=%d search_ms=%d new_message_ms=%d rss_mb=%d",
                info.getProperty("threads"), info.getProperty("messages"), median(s, "paint"), median(s, "open"),
                median(s, "search"), median(s, "new_message"), median(s, "rss_mb"));
    }

    private static long median(Map<String, List<Double>> s, String metric) {
        List<Double> values = s == null ? null : s.get(metric);
        return values == null || values.isEmpty() ? -1 : Math.round(percentile(values, 50));
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
