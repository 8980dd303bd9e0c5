package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * The copy's own guards, below the command: what it keeps exactly (ids, the instance id behind the outbox's
 * idempotency keys, values a trigger would otherwise compute) and the SQLite databases it refuses because data
 * would be lost.
 */
@ExtendWith(PostgresServerExtension.class)
class PostgresCopyTest {

    @Test
    void keepsIdsTheInstanceIdAndTheBookingsFollowUpFlagExactly(PostgresServer.Database db, @TempDir Path dir) throws SQLException {
        Path file = sqlite(dir);
        try (Connection c = sqliteConnection(file); Statement s = c.createStatement()) {
            s.execute("UPDATE store_info SET value = 'feedfacecafebeef' WHERE key = 'instance_id'");
            s.execute("INSERT INTO contacts (id, phone, created_at) VALUES (40, '+12065550140', 1)");
            s.execute("INSERT INTO threads (id, contact_id, stage, opened_at, last_activity_at) VALUES (70, 40, 'BOOKED', 1, 1)");
            s.execute("INSERT INTO appointments (id, thread_id, crew, start_at, end_at, arrival_from, arrival_to, address, "
                    + "job_type, value_cents, booked_at, status) VALUES (9, 70, 1, 1, 2, 1, 2, 'x', 'Leak', 100, 5, 'BOOKED')");
            // As the store would have found it when booking (the follow-up that made it true is not in this copy).
            s.execute("UPDATE appointments SET after_follow_up = 1 WHERE id = 9");
        }

        PostgresCopy.Report report = PostgresCopy.copy(file, new PostgresCopy.Target(db.url() + "?user=" + db.user(), null));

        assertThat(report.rows()).containsEntry("threads", 1L).containsEntry("appointments", 1L);
        assertThat(report.threadsChecked()).isEqualTo(1);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(text(s, "SELECT value FROM store_info WHERE key = 'instance_id'")).isEqualTo("feedfacecafebeef");
            assertThat(text(s, "SELECT after_follow_up FROM appointments WHERE id = 9")).isEqualTo("1");
            assertThat(text(s, "INSERT INTO threads (contact_id, stage, opened_at, last_activity_at) VALUES (40, 'NEW', 2, 2) "
                    + "RETURNING id")).isEqualTo("71");
            assertThat(text(s, "INSERT INTO calls (carrier_sid, caller, ended_at, detected_at, decision) "
                    + "VALUES ('CA1', '+1', 1, 1, 'TEXTED') RETURNING id")).as("an empty table starts at 1").isEqualTo("1");
            assertThat(text(s, "SELECT tgenabled FROM pg_trigger WHERE tgname = 'appointments_after_follow_up'"))
                    .as("the trigger works again after the copy").isEqualTo("O");
        }
    }

    @Test
    void refusesASqliteDatabaseHoldingWhatPostgresqlCannotKeep(PostgresServer.Database unused, @TempDir Path dir)
            throws SQLException {
        PostgresServer.Database db = unused.server().createDatabase();
        Path file = sqlite(dir);
        try (Connection c = sqliteConnection(file); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE threads ADD COLUMN priority INTEGER");
            s.execute("CREATE TABLE crews (id INTEGER PRIMARY KEY, name TEXT)");
        }
        assertThatThrownBy(() -> PostgresCopy.copy(file, new PostgresCopy.Target(db.url() + "?user=" + db.user(), null)))
                .isInstanceOf(PostgresCopy.Refused.class)
                .hasMessageContaining("table crews").hasMessageContaining("column threads.priority")
                .hasMessageContaining("would lose it");
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            assertThat(text(s, "SELECT COUNT(*) FROM threads")).isEqualTo("0");
        }
    }

    @Test
    void theCheckNamesAFieldThatDiffersAndARowThatIsMissing(PostgresServer.Database unused, @TempDir Path dir) throws SQLException {
        PostgresServer.Database db = unused.server().createDatabase();
        Path file = sqlite(dir);
        try (Connection c = sqliteConnection(file); Statement s = c.createStatement()) {
            s.execute("INSERT INTO contacts (id, phone, created_at) VALUES (1, '+12065550101', 1)");
            s.execute("INSERT INTO threads (id, contact_id, stage, opened_at, last_activity_at) VALUES (1, 1, 'NEW', 1, 1)");
            s.execute("INSERT INTO messages (id, thread_id, direction, kind, body, status, created_at) "
                    + "VALUES (5, 1, 'IN', 'CUSTOMER_TEXT', 'The sink leaks', 'RECEIVED', 1)");
        }
        PostgresCopy.Report report = PostgresCopy.copy(file, new PostgresCopy.Target(db.url() + "?user=" + db.user(), null));
        try (Connection sqlite = sqliteConnection(file); Connection pg = db.connect(); Statement s = pg.createStatement()) {
            PostgresCopyTables tables = PostgresCopyTables.read(pg);
            assertThat(PostgresCopyCheck.verify(sqlite, pg, tables, report.rows())).isEqualTo(1);

            s.execute("UPDATE messages SET body = 'The sink leaks!' WHERE id = 5");
            assertThatThrownBy(() -> PostgresCopyCheck.verify(sqlite, pg, tables, report.rows()))
                    .hasMessageContaining("thread 1, messages.body of row 5 reads The sink leaks in the data dir but "
                            + "The sink leaks! in PostgreSQL");

            s.execute("DELETE FROM messages");
            assertThatThrownBy(() -> PostgresCopyCheck.verify(sqlite, pg, tables, report.rows()))
                    .hasMessageContaining("messages has 1 rows in the data dir but 0 in PostgreSQL");
        }
    }

    @Test
    void aTargetThatIsNotPostgresqlIsRefusedAndNeverShowsItsParameters() {
        assertThatThrownBy(() -> new PostgresCopy.Target("jdbc:sqlite:/tmp/x.db?password=hunter2", null))
                .isInstanceOf(PostgresCopy.Refused.class).hasMessageNotContaining("hunter2");
        assertThat(new PostgresCopy.Target("jdbc:postgresql://db/ringbook?user=a&password=hunter2", "pw"))
                .hasToString("Target[jdbc:postgresql://db/ringbook]");
    }

    private static Path sqlite(Path dir) {
        Path file = dir.resolve("ringbook.db");
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return file;
    }

    private static Connection sqliteConnection(Path file) throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file);
        return ds.getConnection();
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
