package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/**
 * SQLite's schema after all its migrations and PostgreSQL's after all of its own describe the same store:
 * same tables and columns (type, NOT NULL, default, key), foreign keys, UNIQUE constraints, indexes by name
 * (table, columns and their order, unique, a partial index's condition) and triggers. A SQLite migration that forgets its
 * PostgreSQL twin fails here, saying what is missing.
 *
 * <p>The only differences allowed are search's, named below: SQLite searches through FTS5 tables kept by
 * triggers, PostgreSQL through GIN expression indexes of the same names that keep themselves.
 */
@ExtendWith(PostgresServerExtension.class)
class SchemaParityTest {
    /** SQLite's FTS5 upkeep: PostgreSQL's expression indexes are kept by the database without triggers. */
    static final Set<String> SQLITE_ONLY_TRIGGERS = Set.of(
            "message_search_insert", "message_search_delete", "message_search_update",
            "contact_search_insert", "contact_search_rename", "contact_search_delete");

    /**
     * PostgreSQL's search words (V4): a generated tsvector column the GIN index and ts_rank read, where SQLite's
     * FTS5 tables hold the words apart from the row. Not data: the database writes them from the row.
     */
    static final Set<String> POSTGRES_ONLY_COLUMNS = Set.of("messages.words", "contacts.words");

    private static SchemaShape postgres;

    @BeforeAll
    static void migratePostgres(PostgresServer.Database db) throws SQLException {
        PostgresSchema.migrate(db.dataSource());
        try (Connection c = db.connect()) {
            postgres = SchemaShape.ofPostgres(c);
        }
    }

    @Test
    void postgresqlHasWhatSqlitesMigrationsMake(@TempDir Path dir) throws SQLException {
        SchemaShape sqlite = sqlite(dir);
        assertThat(sqlite.tables()).as("SQLite's schema was read").containsKeys("threads", "messages", "appointments");
        assertThat(sqlite.tables().get("threads").columns()).hasSizeGreaterThan(15);
        assertThat(sqlite.searchTables()).containsExactlyInAnyOrder("message_search", "contact_search");
        List<String> differences = differences(sqlite, postgres);
        assertThat(differences).as("""
                SQLite's schema (src/main/resources/db/migration) and PostgreSQL's (src/main/resources/db/postgresql) \
                differ. A SQLite migration needs its PostgreSQL twin: add a new V<n>__*.sql there that makes the same \
                change (BIGINT for SQLite's INTEGER ids, times and cents; INTEGER for 0/1 flags; TEXT for TEXT).
                """).isEmpty();
    }

    @Test
    void aSqliteMigrationWithoutItsPostgresqlTwinIsNamed(@TempDir Path dir) throws SQLException {
        SchemaShape sqlite = sqlite(dir, "ALTER TABLE threads ADD COLUMN priority INTEGER NOT NULL DEFAULT 0",
                "CREATE INDEX threads_by_priority ON threads (priority DESC) WHERE priority > 0",
                "CREATE TABLE crews (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
                "CREATE TRIGGER crews_named AFTER INSERT ON crews BEGIN SELECT 1; END",
                "DROP INDEX calls_by_ended",
                "DROP INDEX threads_by_contact", "CREATE INDEX threads_by_contact ON threads (contact_id, id)",
                "DROP INDEX follow_ups_due", "CREATE INDEX follow_ups_due ON follow_ups (due_at) WHERE state IN ('SCHEDULED', 'HELD')");
        assertThat(differences(sqlite, postgres)).containsExactlyInAnyOrder(
                "column threads.priority (integer, NOT NULL, default 0) is missing from PostgreSQL",
                "table crews is missing from PostgreSQL",
                "index threads_by_priority (threads (priority DESC), where priority>0) is missing from PostgreSQL",
                "index calls_by_ended is in PostgreSQL but not in SQLite",
                "trigger crews_named is missing from PostgreSQL",
                "index threads_by_contact differs: SQLite threads (contact_id, id), PostgreSQL threads (contact_id, id DESC)",
                "index follow_ups_due differs: SQLite follow_ups (due_at), where statein'scheduled','held', "
                        + "PostgreSQL follow_ups (due_at), where state='scheduled'");
    }

    /** SQLite's schema after its Flyway migrations in a new file, then {@code extra} statements. */
    private static SchemaShape sqlite(Path dir, String... extra) throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + dir.resolve("ringbook.db"));
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        try (Connection c = ds.getConnection()) {
            try (Statement s = c.createStatement()) {
                for (String sql : extra) {
                    s.execute(sql);
                }
            }
            return SchemaShape.ofSqlite(c);
        }
    }

    /** Every way {@code pg} differs from {@code sqlite}, in plain words. */
    static List<String> differences(SchemaShape sqlite, SchemaShape pg) {
        List<String> out = new ArrayList<>();
        for (var e : sqlite.tables().entrySet()) {
            SchemaShape.Table other = pg.tables().get(e.getKey());
            if (other == null) {
                out.add("table " + e.getKey() + " is missing from PostgreSQL");
            } else {
                compareTables(e.getKey(), e.getValue(), other, out);
            }
        }
        pg.tables().keySet().stream().filter(t -> !sqlite.tables().containsKey(t))
                .forEach(t -> out.add("table " + t + " is in PostgreSQL but not in SQLite"));

        for (var e : sqlite.indexes().entrySet()) {
            SchemaShape.Index other = pg.indexes().get(e.getKey());
            if (other == null) {
                out.add("index " + e.getKey() + " (" + describe(e.getValue()) + ") is missing from PostgreSQL");
            } else if (!e.getValue().equals(other)) {
                out.add("index " + e.getKey() + " differs: SQLite " + describe(e.getValue()) + ", PostgreSQL " + describe(other));
            }
        }
        for (String index : pg.indexes().keySet()) {
            if (!sqlite.indexes().containsKey(index) && !sqlite.searchTables().contains(index)) {
                out.add("index " + index + " is in PostgreSQL but not in SQLite");
            }
        }
        // Search: each of SQLite's FTS5 tables has a PostgreSQL full-text index of the same name.
        for (String search : sqlite.searchTables()) {
            if (!pg.indexes().containsKey(search)) {
                out.add("search table " + search + " has no full-text index of that name in PostgreSQL");
            }
        }

        Set<String> sqliteTriggers = new TreeSet<>(sqlite.triggers());
        sqliteTriggers.removeAll(SQLITE_ONLY_TRIGGERS);
        sqliteTriggers.stream().filter(t -> !pg.triggers().contains(t))
                .forEach(t -> out.add("trigger " + t + " is missing from PostgreSQL"));
        pg.triggers().stream().filter(t -> !sqliteTriggers.contains(t))
                .forEach(t -> out.add("trigger " + t + " is in PostgreSQL but not in SQLite"));
        return out;
    }

    private static void compareTables(String table, SchemaShape.Table sqlite, SchemaShape.Table pg, List<String> out) {
        for (var c : sqlite.columns().entrySet()) {
            SchemaShape.Column other = pg.columns().get(c.getKey());
            if (other == null) {
                out.add("column " + table + "." + c.getKey() + " (" + describe(c.getValue()) + ") is missing from PostgreSQL");
            } else if (!c.getValue().equals(other)) {
                out.add("column " + table + "." + c.getKey() + " differs: SQLite " + describe(c.getValue())
                        + ", PostgreSQL " + describe(other));
            }
        }
        pg.columns().keySet().stream().filter(c -> !sqlite.columns().containsKey(c))
                .filter(c -> !POSTGRES_ONLY_COLUMNS.contains(table + "." + c))
                .forEach(c -> out.add("column " + table + "." + c + " is in PostgreSQL but not in SQLite"));
        if (!sqlite.foreignKeys().equals(pg.foreignKeys())) {
            out.add("foreign keys of " + table + " differ: SQLite " + sqlite.foreignKeys() + ", PostgreSQL " + pg.foreignKeys());
        }
        if (!sqlite.uniques().equals(pg.uniques())) {
            out.add("UNIQUE constraints of " + table + " differ: SQLite " + sqlite.uniques() + ", PostgreSQL " + pg.uniques());
        }
    }

    private static String describe(SchemaShape.Column c) {
        return c.type() + (c.primaryKey() ? ", key" : "") + (c.notNull() ? ", NOT NULL" : "")
                + (c.defaultValue() != null ? ", default " + c.defaultValue() : "");
    }

    private static String describe(SchemaShape.Index i) {
        return i.table() + " (" + String.join(", ", i.columns()) + ")" + (i.unique() ? ", unique" : "")
                + (i.where() != null ? ", where " + i.where() : "");
    }
}
