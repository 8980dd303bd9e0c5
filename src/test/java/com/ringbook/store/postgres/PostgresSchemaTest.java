package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The shared store's schema on a real PostgreSQL: Flyway builds it in an empty database, the booking trigger
 * behaves as SQLite's, and search finds names, numbers however typed and message words by prefix — through
 * its GIN indexes — leaving the automatic text-back out, as SQLite's search does.
 */
@ExtendWith(PostgresServerExtension.class)
class PostgresSchemaTest {
    private static final long T = 1_767_000_000_000L;

    @BeforeAll
    static void migrate(PostgresServer.Database db) {
        assertThat(PostgresSchema.migrate(db.dataSource())).isEqualTo(newestMigration());
    }

    /** The highest V<n> among the PostgreSQL migrations: the version an empty database is brought to. */
    private static String newestMigration() {
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/main/resources/db/postgresql"))) {
            return String.valueOf(files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void flywayBuildsEveryTableInAnEmptyDatabaseAndASecondRunChangesNothing(PostgresServer.Database db) throws SQLException {
        assertThat(PostgresSchema.migrate(db.dataSource())).isEqualTo(newestMigration());
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_name <> 'flyway_schema_history' ORDER BY 1"))
                    .containsExactly("appointments", "calls", "carrier_state", "contacts", "follow_ups", "messages",
                            "offer_slots", "offers", "outbox", "settings", "store_info", "threads", "unreachable_numbers");
            assertThat(strings(s, "SELECT value FROM store_info WHERE key = 'instance_id'"))
                    .singleElement().asString().matches("[0-9a-f]{16}");
        }
    }

    @Test
    void aBookingRemembersWhetherAFollowUpWasSentBeforeIt(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            long nudged = thread(s, "+12065550101");
            long quiet = thread(s, "+12065550102");
            long late = thread(s, "+12065550103");
            followUp(s, nudged, "SENT", T - 1000);
            followUp(s, quiet, "CANCELLED", T - 1000);
            followUp(s, late, "SENT", T + 1000);
            assertThat(appointment(s, nudged)).isEqualTo(1);
            assertThat(appointment(s, quiet)).isZero();
            assertThat(appointment(s, late)).isZero();
        }
    }

    @Test
    void searchFindsNamesNumbersHoweverTypedAndMessageWordsButNotTheTextBack(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            long thread = thread(s, "+14155550142");
            s.execute("UPDATE contacts SET name = 'Mary-Jane O''Brien' WHERE phone = '+14155550142'");
            message(s, thread, "TEXT_BACK", "Sorry we missed your call! Reply with what you need.");
            message(s, thread, "CUSTOMER_TEXT", "Outdoor spigot is leaking, about 12.5 litres; mail me at mj@example.com");

            for (String typed : List.of("1415555", "415555", "5550142", "0142", "mary", "jan", "bri")) {
                assertThat(contactHits(c, typed)).as(typed).containsExactly("+14155550142");
            }
            assertThat(contactHits(c, "416")).isEmpty();
            for (String typed : List.of("spi", "LEAK", "12", "5", "example", "mj")) {
                assertThat(messageHits(c, typed)).as(typed).hasSize(1);
            }
            assertThat(messageHits(c, "missed")).as("the text-back is not searched").isEmpty();
        }
    }

    @Test
    void searchReadsItsGinIndexes(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("SET enable_seqscan = off");
            assertThat(String.join("\n", strings(s, "EXPLAIN SELECT id FROM messages WHERE words "
                    + "@@ to_tsquery('simple', 'spi:*') AND kind <> 'TEXT_BACK'"))).contains("message_search");
            assertThat(String.join("\n", strings(s, "EXPLAIN SELECT id FROM contacts WHERE words "
                    + "@@ to_tsquery('simple', '555:*')"))).contains("contact_search");
        }
    }

    @Test
    void keysAndUniquenessHoldAsInSqlite(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("INSERT INTO threads (contact_id, stage, opened_at, last_activity_at) "
                    + "VALUES (999999, 'NEW', 1, 1)")).hasMessageContaining("foreign key");
            long thread = thread(s, "+12065550199");
            s.execute("INSERT INTO messages (thread_id, direction, kind, body, status, carrier_sid, created_at) "
                    + "VALUES (" + thread + ", 'OUT', 'STAFF_TEXT', 'a', 'SENT', 'SM1', 1)");
            assertThatThrownBy(() -> s.execute("INSERT INTO messages (thread_id, direction, kind, body, status, carrier_sid, "
                    + "created_at) VALUES (" + thread + ", 'OUT', 'STAFF_TEXT', 'b', 'SENT', 'SM1', 2)"))
                    .hasMessageContaining("messages_by_carrier_sid");
        }
    }

    // ---- rows ----

    private static long thread(Statement s, String phone) throws SQLException {
        long contact = id(s, "INSERT INTO contacts (phone, created_at) VALUES ('" + phone + "', " + T + ") RETURNING id");
        return id(s, "INSERT INTO threads (contact_id, stage, opened_at, last_activity_at) VALUES (" + contact + ", 'NEW', "
                + T + ", " + T + ") RETURNING id");
    }

    private static long message(Statement s, long thread, String kind, String body) throws SQLException {
        try (PreparedStatement p = s.getConnection().prepareStatement("INSERT INTO messages (thread_id, direction, kind, "
                + "body, status, created_at) VALUES (?, 'IN', ?, ?, 'RECEIVED', ?) RETURNING id")) {
            p.setLong(1, thread);
            p.setString(2, kind);
            p.setString(3, body);
            p.setLong(4, T);
            ResultSet r = p.executeQuery();
            r.next();
            return r.getLong(1);
        }
    }

    private static void followUp(Statement s, long thread, String state, long settledAt) throws SQLException {
        long message = message(s, thread, "STAFF_TEXT", "When suits you?");
        s.execute("INSERT INTO follow_ups (thread_id, after_message_id, number, situation, due_at, state, created_at, "
                + "settled_at) VALUES (" + thread + ", " + message + ", 1, 'AFTER_QUESTION', " + settledAt + ", '" + state
                + "', " + T + ", " + settledAt + ")");
    }

    private static int appointment(Statement s, long thread) throws SQLException {
        long id = id(s, "INSERT INTO appointments (thread_id, crew, start_at, end_at, arrival_from, arrival_to, address, "
                + "job_type, value_cents, booked_at, status) VALUES (" + thread + ", 1, 1, 2, 1, 2, '1 Main St', 'Leak', "
                + "15000, " + T + ", 'BOOKED') RETURNING id");
        ResultSet r = s.executeQuery("SELECT after_follow_up FROM appointments WHERE id = " + id);
        r.next();
        return r.getInt(1);
    }

    private static List<String> contactHits(Connection c, String prefix) throws SQLException {
        return hits(c, "SELECT phone FROM contacts WHERE words @@ to_tsquery('simple', ?)", prefix);
    }

    private static List<String> messageHits(Connection c, String prefix) throws SQLException {
        return hits(c, "SELECT body FROM messages WHERE words @@ to_tsquery('simple', ?) "
                + "AND kind <> 'TEXT_BACK'", prefix);
    }

    private static List<String> hits(Connection c, String sql, String prefix) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, prefix + ":*");
            ResultSet r = p.executeQuery();
            List<String> out = new ArrayList<>();
            while (r.next()) {
                out.add(r.getString(1));
            }
            return out;
        }
    }

    private static long id(Statement s, String sql) throws SQLException {
        ResultSet r = s.executeQuery(sql);
        r.next();
        return r.getLong(1);
    }

    private static List<String> strings(Statement s, String sql) throws SQLException {
        ResultSet r = s.executeQuery(sql);
        List<String> out = new ArrayList<>();
        while (r.next()) {
            out.add(r.getString(1));
        }
        return out;
    }
}
