package com.ringbook.store.sqlite;

import com.ringbook.store.jdbc.Dialect;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.InboxQuery.Filter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The inbox's queries read indexes, never the whole table, so their cost at 100,000 threads is a page's
 * worth of rows: SQLite's own plan for each one, on the migrated schema.
 */
class InboxQueryPlanTest {
    @TempDir
    Path dir;
    private Path file;

    @BeforeEach
    void migrate() {
        file = dir.resolve("ringbook.db");
        new SqliteStore(file, Clock.systemUTC()).close();
    }

    private String plan(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            List<String> lines = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    lines.add(r.getString("detail"));
                }
            }
            String plan = String.join("\n", lines);
            System.out.println(sql + "\n  => " + plan.replace("\n", "\n     "));
            return plan;
        }
    }

    @Test
    void aPageOfEveryFilterWalksAnIndexInTheListsOrder() throws SQLException {
        for (boolean cursor : new boolean[] {false, true}) {
            String all = plan(SqliteInbox.browseSql(Filter.ALL, cursor));
            assertThat(all).contains(cursor ? "SEARCH t USING INDEX threads_by_activity (last_activity_at<?)"
                    : "SCAN t USING INDEX threads_by_activity").doesNotContain("TEMP B-TREE");
            for (Filter stage : List.of(Filter.NEW, Filter.QUALIFYING, Filter.OFFERED, Filter.BOOKED, Filter.LOST,
                    Filter.OPTED_OUT)) {
                assertThat(plan(SqliteInbox.browseSql(stage, cursor))).as(stage.label())
                        .contains("SEARCH t USING INDEX threads_by_stage (stage=?").doesNotContain("TEMP B-TREE");
            }
            assertThat(plan(SqliteInbox.browseSql(Filter.WAITING, cursor))).contains("USING INDEX threads_waiting")
                    .doesNotContain("TEMP B-TREE");
        }
    }

    @Test
    void countsWalkIndexesNotTheTable() throws SQLException {
        String counts = plan(SqliteInbox.COUNTS_SQL);
        assertThat(counts).contains("SCAN threads USING COVERING INDEX threads_by_stage")
                .contains("SEARCH threads USING INDEX threads_waiting (waiting_since>?)");
    }

    @Test
    void searchStartsFromTheTextIndexesAndReachesThreadsByKey() throws SQLException {
        String search = plan(SqliteInbox.searchSql(Filter.ALL, true, true));
        assertThat(search).contains("SCAN f VIRTUAL TABLE INDEX")
                .contains("SEARCH m USING INTEGER PRIMARY KEY (rowid=?)")
                .containsPattern("SEARCH t USING (COVERING )?INDEX threads_by_contact \\(contact_id=\\?\\)")
                .contains("SEARCH t USING INTEGER PRIMARY KEY (rowid=?)")
                .doesNotContain("SCAN messages").doesNotContain("SCAN m\n").doesNotContain("SCAN t\n");
    }

    @Test
    void wordsSplitBetweenNameAndMessageJoinTwoBoundedIndexReads() throws SQLException {
        String search = plan(SqliteInbox.searchSql(Filter.ALL, true, true,
                SearchExpression.of("anna leak", SqliteDialect.INSTANCE.search()).splits()));
        // Messages from the text index's newest pool, their threads by key, joined to the contacts' pool: no walk
        // of a contact's messages, no scan of a table.
        assertThat(search).doesNotContain("messages_by_thread").contains("MATERIALIZE n")
                .doesNotContain("SCAN messages").doesNotContain("SCAN m\n").doesNotContain("SCAN t\n");
    }
}
