package com.ringbook.bench;

import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * What the store's catch-up of the contact search index (V11) costs when it opens a database of 100,000
 * contacts: on every start (nothing to add), on the first start after the upgrade (every contact looked
 * at once), and after a kill lost the index write of a burst of 1,000 new callers.
 * {@code mvn -Pbench test-compile exec:exec -Dbench.class=com.ringbook.bench.ContactIndexCatchUpBench}
 */
public final class ContactIndexCatchUpBench {
    private static final int CONTACTS = 100_000;
    private static final int LOST = 1_000;
    private static final int RUNS = 7;

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ringbook-catch-up");
        Path file = dir.resolve("ringbook.db");
        String url = "jdbc:sqlite:" + file;
        try {
            // Written by the version before V11, whose trigger indexed every contact as it was added.
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("9").load().migrate();
            long built = System.nanoTime();
            sql(url, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + CONTACTS + ") "
                    + "INSERT INTO contacts (phone, name, created_at) SELECT printf('+1206%07d', 2000000 + i), "
                    + "CASE WHEN i % 5 < 3 THEN 'Customer ' || i END, 0 FROM n");
            System.out.printf("built %d contacts in %d ms%n", CONTACTS, (System.nanoTime() - built) / 1_000_000);
            double upgrade = openMillis(file);
            double[] openEveryStart = new double[RUNS];
            double[] everyStart = new double[RUNS];
            double[] firstAfterUpgrade = new double[RUNS];
            double[] lostBurst = new double[RUNS];
            for (int r = 0; r < RUNS; r++) {
                openEveryStart[r] = openMillis(file);
            }
            // The same work as the open's catch-up, timed as a write of its own (a commit included), with the
            // state it would start from put back through a connection of its own while the store is open.
            try (SqliteStore store = new SqliteStore(file, Clock.systemUTC())) {
                for (int r = 0; r < RUNS; r++) {
                    everyStart[r] = catchUpMillis(store, 0);
                    sql(url, "UPDATE store_info SET value = '0' WHERE key = 'search_index_contacts_through'");
                    firstAfterUpgrade[r] = catchUpMillis(store, 0);
                    sql(url, "DELETE FROM contact_search WHERE rowid > " + (CONTACTS - LOST));
                    sql(url, "UPDATE store_info SET value = '" + (CONTACTS - LOST)
                            + "' WHERE key = 'search_index_contacts_through'");
                    lostBurst[r] = catchUpMillis(store, LOST);
                }
            }
            System.out.printf("first open after the upgrade (V11 and the catch-up looking at all %d): %.0f ms%n", CONTACTS,
                    upgrade);
            System.out.printf("catch-up, median of %d (ms): every start (nothing to add) %.2f | first start after the "
                            + "upgrade (looks at all %d) %.1f | after a kill lost a burst's index write (adds %d) %.1f | "
                            + "whole store open on an ordinary start %.1f%n", RUNS, median(everyStart), CONTACTS,
                    median(firstAfterUpgrade), LOST, median(lostBurst), median(openEveryStart));
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Opens the store (which catches up) and closes it. */
    private static double openMillis(Path file) {
        long start = System.nanoTime();
        SqliteStore store = new SqliteStore(file, Clock.systemUTC());
        double millis = (System.nanoTime() - start) / 1e6;
        store.close();
        return millis;
    }

    private static double catchUpMillis(SqliteStore store, int expected) {
        long start = System.nanoTime();
        int added = store.write(s -> s.contacts().indexForSearch()).join();
        double millis = (System.nanoTime() - start) / 1e6;
        if (added != expected) {
            throw new IllegalStateException("the catch-up added " + added + ", not " + expected);
        }
        return millis;
    }

    private static void sql(String url, String statement) throws RuntimeException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate(statement);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
