package com.ringbook.store.sqlite;

import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On open, puts into the search index any contact an earlier run left out. A burst's new callers are
 * indexed in a background write queued after the burst's own (V11), so a crash or a kill between the
 * two would otherwise leave them unsearchable. Looks only at contacts added since the last check.
 */
final class SearchIndexCatchUp {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexCatchUp.class);

    private SearchIndexCatchUp() {
    }

    /** Runs on the writer's connection before the writer starts, and commits. */
    static void run(StatementCache writer) throws SQLException {
        long started = System.nanoTime();
        try {
            int added = new SqliteContacts(new Sql(writer)).indexForSearch();
            writer.connection().commit();
            if (added > 0) {
                log.info("Search index: added {} contact(s) an earlier run had left out, in {} ms", added,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } catch (RuntimeException e) {
            // Texts matter more than search: the store opens anyway, and the next start tries again.
            writer.connection().rollback();
            log.warn("Could not add missing contacts to the search index; the next start tries again", e);
        }
    }
}
