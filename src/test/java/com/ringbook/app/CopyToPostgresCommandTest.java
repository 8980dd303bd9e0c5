package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ringbook copy-to-postgres} on a real PostgreSQL with a demo office's data dir: every row arrives as it was,
 * the shared database carries on from there, and everything it must refuse is refused with nothing written.
 */
@ExtendWith(PostgresServerExtension.class)
class CopyToPostgresCommandTest {
    private static final Instant NOW = Instant.parse("2026-03-11T19:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String SECRET = "s3cret-Do-Not-Print";

    @TempDir
    static Path dirs;
    private static Path office;

    private record Run(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    @BeforeAll
    static void makeOffice() {
        office = dirs.resolve("office");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        assertThat(DemoCommand.run(office, 2, 3, NOW, ZoneId.of("America/Chicago"), quiet, quiet))
                .as(sink.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void copiesEveryRowOfAnOfficeAndTheSharedDatabaseCarriesOnFromThere(PostgresServer.Database unused) throws SQLException {
        PostgresServer.Database db = unused.server().createDatabase();
        Map<String, List<String>> before = sqlite(office);

        Run run = copy(office, db.url() + "?user=" + db.user(), Map.of("RINGBOOK_DATABASE_PASSWORD", SECRET));

        assertThat(run.exit()).as(run.all()).isZero();
        assertThat(run.out()).contains("Copied and checked").contains("threads").contains("messages")
                .contains("compared field by field").doesNotContain(SECRET);
        Map<String, List<String>> after = postgres(db);
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(before.keySet());
        assertThat(before.get("threads")).hasSizeGreaterThan(10);
        assertThat(before.get("messages")).hasSizeGreaterThan(before.get("threads").size());
        after.forEach((table, rows) -> assertThat(rows).as(table).containsExactlyElementsOf(before.get(table)));

        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            long lastContact = one(s, "SELECT MAX(id) FROM contacts");
            long next = one(s, "INSERT INTO contacts (phone, created_at) VALUES ('+15550000001', 1) RETURNING id");
            assertThat(next).as("new ids carry on after the copied ones").isEqualTo(lastContact + 1);
            assertThat(one(s, "SELECT COUNT(*) FROM messages WHERE words @@ to_tsquery('simple', 'leak:*') "
                    + "AND kind <> 'TEXT_BACK'")).as("copied messages are searchable").isPositive();
        }
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsDataAndWritesNothing(PostgresServer.Database db) throws SQLException {
        assertThat(copy(office, db.url() + "?user=" + db.user(), Map.of()).exit()).isZero();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE threads SET preview = 'changed on the shared database' WHERE id = (SELECT MIN(id) FROM threads)");
        }
        Map<String, List<String>> before = postgres(db);

        Run again = copy(office, db.url() + "?user=" + db.user(), Map.of());

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already holds data").contains("threads (");
        assertThat(postgres(db)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseHoldingOtherTables(PostgresServer.Database unused) throws SQLException {
        PostgresServer.Database db = unused.server().createDatabase();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id BIGINT)");
        }
        Run run = copy(office, db.url() + "?user=" + db.user(), Map.of());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("not Ringbook's").contains("invoices");
        assertThat(tables(db)).containsExactly("invoices");
    }

    @Test
    void refusesADataDirWithoutADatabase(PostgresServer.Database unused, @TempDir Path empty) throws Exception {
        PostgresServer.Database db = unused.server().createDatabase();
        Run run = copy(empty, db.url() + "?user=" + db.user(), Map.of());
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("no Ringbook database in " + empty);
        assertThat(tables(db)).isEmpty();
        try (var files = Files.list(empty)) {
            assertThat(files).as("nothing made in the data dir").isEmpty();
        }
    }

    @Test
    void refusesABadUrlWithoutShowingAPasswordInIt() {
        Run mysql = copy(office, "jdbc:mysql://db.example/ringbook?password=hunter2", Map.of());
        assertThat(mysql.exit()).isEqualTo(2);
        assertThat(mysql.err()).contains("is not a PostgreSQL JDBC URL").contains("jdbc:mysql://db.example/ringbook")
                .doesNotContain("hunter2");

        Run none = copy(office, null, Map.of());
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.err()).contains("--database-url");

        Run unreachable = copy(office, "jdbc:postgresql://127.0.0.1:1/ringbook?user=x&password=hunter2",
                Map.of("RINGBOOK_DATABASE_PASSWORD", SECRET));
        assertThat(unreachable.exit()).isEqualTo(1);
        assertThat(unreachable.err()).contains("Could not connect to jdbc:postgresql://127.0.0.1:1/ringbook")
                .doesNotContain("hunter2").doesNotContain(SECRET);
    }

    @Test
    void takesTheUrlFromTheEnvironmentAsTheDesksDo(PostgresServer.Database unused) {
        PostgresServer.Database db = unused.server().createDatabase();
        Run run = copy(office, null, Map.of("RINGBOOK_DATABASE_URL", db.url() + "?user=" + db.user()));
        assertThat(run.exit()).as(run.all()).isZero();
    }

    @Test
    void refusesADataDirARunningRingbookHolds(PostgresServer.Database unused) throws Exception {
        PostgresServer.Database db = unused.server().createDatabase();
        try (DataDirLock held = DataDirLock.acquire(office)) {
            Run run = copy(office, db.url() + "?user=" + db.user(), Map.of());
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("already running on " + office);
        }
        assertThat(tables(db)).isEmpty();
    }

    // ---- running and reading ----

    private static Run copy(Path dataDir, String url, Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> args = new ArrayList<>(List.of("copy-to-postgres", "--data-dir", dataDir.toString()));
        if (url != null) {
            args.addAll(List.of("--database-url", url));
        }
        Map<String, String> environment = new HashMap<>(env);
        int exit = Main.run(args.toArray(String[]::new), environment, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every Ringbook table's rows (columns in PostgreSQL's order, by name), sorted: SQLite's side. */
    private static Map<String, List<String>> sqlite(Path dataDir) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        // The column lists come from a migrated PostgreSQL, so both sides are read the same way.
        PostgresServer.Database schema = PostgresServer.shared().createDatabase();
        com.ringbook.store.postgres.PostgresSchema.migrate(schema.dataSource());
        try (Connection c = schema.connect()) {
            columnsOf(c).forEach(columns::put);
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("ringbook.db"))) {
            return dump(c, columns);
        }
    }

    private static Map<String, List<String>> postgres(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect()) {
            return dump(c, columnsOf(c));
        }
    }

    private static Map<String, List<String>> columnsOf(Connection pg) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Statement s = pg.createStatement(); ResultSet r = s.executeQuery("SELECT c.table_name, c.column_name "
                + "FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) "
                + "WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE' "
                // PostgreSQL's search words are written by the database from the row, not copied (V4).
                + "AND c.is_generated = 'NEVER' "
                + "AND c.table_name <> 'flyway_schema_history' ORDER BY c.table_name, c.column_name")) {
            while (r.next()) {
                columns.computeIfAbsent(r.getString(1), t -> new ArrayList<>()).add(r.getString(2));
            }
        }
        return columns;
    }

    private static Map<String, List<String>> dump(Connection c, Map<String, List<String>> columns) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            for (var table : columns.entrySet()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery("SELECT " + String.join(", ", table.getValue()) + " FROM " + table.getKey())) {
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= table.getValue().size(); i++) {
                            row.append(table.getValue().get(i - 1)).append('=').append(r.getString(i)).append(';');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table.getKey(), rows);
            }
        }
        return tables;
    }

    private static List<String> tables(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")) {
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    private static long one(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
