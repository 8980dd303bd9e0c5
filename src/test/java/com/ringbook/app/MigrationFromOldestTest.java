package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An upgrade keeps the office's data: a database made by the oldest schema (V1), with a conversation in
 * it, opened by this version is migrated to the newest schema on start with every V1 value where it was.
 * Written against V1 alone, so migrations added later are covered without touching this test.
 */
class MigrationFromOldestTest {
    @TempDir
    Path dataDir;

    @Test
    void aDatabaseFromTheFirstVersionIsMigratedOnStartAndKeepsItsData() throws Exception {
        Path db = dataDir.resolve("ringbook.db");
        String url = "jdbc:sqlite:" + db;
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("1").load().migrate();
        long at = Instant.parse("2026-03-02T15:04:05Z").toEpochMilli();
        try (var c = DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("INSERT INTO settings (key, value) VALUES ('business.name', 'Harbor Plumbing')");
            s.execute("INSERT INTO contacts (id, phone, name, address, created_at) VALUES "
                    + "(1, '+12065550181', 'Dana', '12 Pier St', " + at + ")");
            s.execute("INSERT INTO threads (id, contact_id, stage, opened_at, last_activity_at, waiting_since, unread, "
                    + "preview) VALUES (1, 1, 'QUALIFYING', " + at + ", " + at + ", " + at + ", 1, 'Kitchen sink is leaking')");
            s.execute("INSERT INTO calls (id, carrier_sid, caller, contact_id, thread_id, ended_at, detected_at, decision) "
                    + "VALUES (1, 'CA-old-1', '+12065550181', 1, 1, " + at + ", " + at + ", 'SEND_BUSINESS_HOURS')");
            s.execute("INSERT INTO messages (id, thread_id, direction, kind, body, status, carrier_sid, call_id, created_at, "
                    + "sent_at) VALUES (1, 1, 'OUTBOUND', 'TEXT_BACK', 'Sorry we missed you', 'DELIVERED', 'SM-old-1', 1, "
                    + at + ", " + at + ")");
            s.execute("INSERT INTO messages (id, thread_id, direction, kind, body, status, created_at) VALUES "
                    + "(2, 1, 'INBOUND', 'CUSTOMER', 'Kitchen sink is leaking', 'RECEIVED', " + (at + 60_000) + ")");
            s.execute("INSERT INTO outbox (id, message_id, to_phone, body, state, attempts, next_attempt_at, created_at) "
                    + "VALUES (1, 1, '+12065550181', 'Sorry we missed you', 'SENT', 1, " + at + ", " + at + ")");
        }
        Map<String, List<String>> before = DatabaseDump.of(db);

        try (Ringbook upgraded = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            assertThat(upgraded.engine().settings().effective().businessName()).isEqualTo("Harbor Plumbing");
            assertThat(upgraded.engine().status().snapshot().join().waitingThreads()).isEqualTo(1);
        }

        MigrationInfo[] pending = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                .load().info().pending();
        assertThat(pending).as("every migration this version ships has run").isEmpty();
        Map<String, List<String>> after = DatabaseDump.of(db);
        for (String table : List.of("settings", "contacts", "threads", "calls", "messages", "outbox", "store_info")) {
            List<String> now = after.get(table);
            List<String> then = before.get(table);
            assertThat(now).as(table).hasSizeGreaterThanOrEqualTo(then.size());
            for (int i = 0; i < then.size(); i++) {
                // Every V1 column keeps its value; columns later migrations add may follow.
                String row = ";" + now.get(i);
                for (String value : then.get(i).split(";")) {
                    assertThat(row).as(table + " row " + (i + 1)).contains(";" + value + ";");
                }
            }
        }
    }
}
