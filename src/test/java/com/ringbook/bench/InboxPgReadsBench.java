package com.ringbook.bench;

import com.ringbook.domain.InboxQuery;
import com.ringbook.store.postgres.PgStore;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Two questions the console-level bench raised on PostgreSQL, answered on the same data (the inbox bench's cached
 * database, {@link InboxPgData}) with two copies of it side by side, measured alternately so the shared machine's
 * load falls on both alike:
 * <ol>
 *   <li>Do the searches' parallel workers cost more than they save? One copy as the server is set, the other with
 *       {@code max_parallel_workers_per_gather=0} (set on the database, so every new connection has it).</li>
 *   <li>What does the search page's one {@code SELECT body FROM messages WHERE id = ?} per shown row cost against
 *       one statement for the page's 100 rows?</li>
 * </ol>
 * Not a test: {@code BENCH_SCALE=1.0 mvn -B -o -Pbench test-compile exec:exec -Dbench.class=com.ringbook.bench.InboxPgReadsBench}
 * (run the inbox bench once first at that scale, or this builds the data: about six minutes at full scale).
 */
public final class InboxPgReadsBench {
    private static final int WARM_UP = 10;

    private InboxPgReadsBench() {
    }

    public static void main(String[] args) throws Exception {
        double scale = Double.parseDouble(env("BENCH_SCALE", "1.0"));
        int reps = Integer.parseInt(env("BENCH_REPS", "30"));
        System.out.println("InboxPgReadsBench: scale " + scale + ", " + reps + " runs after " + WARM_UP + "; uptime: "
                + InboxScaleBench.uptime());
        try (InboxPgData data = InboxPgData.prepare(scale, InboxScaleBench.cacheDir(scale, true),
                InboxScaleBench.BUILDER_VERSION + ":" + scale)) {
            String plain = data.freshCopy();
            String serial = data.freshCopy();
            try (Connection c = DriverManager.getConnection(serial); Statement s = c.createStatement()) {
                s.execute("ALTER DATABASE " + c.getCatalog() + " SET max_parallel_workers_per_gather = 0");
            }
            parallel(plain, serial, reps);
            snippets(plain, reps);
            System.out.println("uptime: " + InboxScaleBench.uptime());
        }
        System.exit(0);
    }

    private static void parallel(String plain, String serial, int reps) {
        String number = InboxDataBuilder.phone(123).substring(2);
        Map<String, String> searches = new LinkedHashMap<>();
        searches.put("word \"" + InboxTexts.MARKER + "\"", InboxTexts.MARKER);
        searches.put("name prefix \"Okaf\"", "Okaf");
        searches.put("number \"" + number + "\"", number);
        searches.put("a word in no text \"zzyzx\"", "zzyzx");
        try (PgStore a = new PgStore(plain, null, null, Clock.systemUTC());
             PgStore b = new PgStore(serial, null, null, Clock.systemUTC())) {
            for (Map.Entry<String, String> search : searches.entrySet()) {
                InboxQuery q = InboxQuery.page(InboxQuery.Filter.ALL, search.getValue());
                double[][] ms = alternate(reps, () -> a.read(s -> s.threads().page(q)), () -> b.read(s -> s.threads().page(q)));
                System.out.printf(Locale.ROOT, "search page, %-28s parallel as set: %6.2f ms   workers_per_gather=0: %6.2f ms%n",
                        search.getKey(), median(ms[0]), median(ms[1]));
            }
        }
    }

    private static void snippets(String url, int reps) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            List<Long> ids = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT id FROM messages ORDER BY random() LIMIT 100")) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            c.commit();
            StringBuilder in = new StringBuilder("SELECT id, body FROM messages WHERE id IN (");
            for (int i = 0; i < ids.size(); i++) {
                in.append(i == 0 ? "?" : ", ?");
            }
            try (PreparedStatement one = c.prepareStatement("SELECT body FROM messages WHERE id = ?");
                 PreparedStatement all = c.prepareStatement(in.append(")").toString())) {
                double[][] ms = alternate(reps, () -> {
                    int read = 0;
                    for (long id : ids) {
                        read += rows(one, List.of(id));
                    }
                    commit(c);
                    return read;
                }, () -> {
                    int read = rows(all, ids);
                    commit(c);
                    return read;
                });
                System.out.printf(Locale.ROOT, "snippets of a page of %d rows: one statement per row %.2f ms, one for the page %.2f ms%n",
                        ids.size(), median(ms[0]), median(ms[1]));
            }
        }
    }

    private static int rows(PreparedStatement statement, List<Long> ids) {
        try {
            for (int i = 0; i < ids.size(); i++) {
                statement.setLong(i + 1, ids.get(i));
            }
            int n = 0;
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    n += r.getString(r.getMetaData().getColumnCount()).length() > 0 ? 1 : 0;
                }
            }
            return n;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void commit(Connection c) {
        try {
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a then b, over and over: the wall times of each after the warm-ups. */
    private static double[][] alternate(int reps, Supplier<?> a, Supplier<?> b) {
        double[][] ms = new double[2][reps];
        for (int i = 0; i < WARM_UP + reps; i++) {
            for (int which = 0; which < 2; which++) {
                long began = System.nanoTime();
                (which == 0 ? a : b).get();
                if (i >= WARM_UP) {
                    ms[which][i - WARM_UP] = (System.nanoTime() - began) / 1e6;
                }
            }
        }
        return ms;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
