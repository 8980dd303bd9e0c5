package com.ringbook.store.postgres;

import com.ringbook.store.jdbc.Dialect;
import java.util.List;

/**
 * The inbox search on PostgreSQL's full-text search: the schema's expression indexes (GIN on
 * {@code search_words(body)} for messages other than the automatic text-back, and on
 * {@code contact_search_words(name, phone)}), queried with the same expressions so the indexes serve them,
 * ranked by ts_rank among the newest matches, as SQLite ranks by bm25 among its newest.
 */
final class PgSearch implements Dialect.SearchSql {
    static final PgSearch INSTANCE = new PgSearch();
    /** A name or number match ranks above any message match: ts_rank scores lie between 0 and 1. */
    private static final double CONTACT_BOOST = 1000.0;
    /**
     * ts_rank's normalisation 1: a match in a long text counts for less (by the log of its length), as bm25 weighs
     * a word in a long message below the same word in a short one.
     */
    private static final int BY_LENGTH = 1;
    private static final String MESSAGE_MATCH =
            "search_words(m.body) @@ to_tsquery('simple', ?1) AND m.kind <> 'TEXT_BACK'";

    private PgSearch() {
    }

    /** Each word a quoted prefix term ({@code 'sin':*}), all of them required: operators in the input stay words. */
    @Override
    public String prefixTerms(List<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (!b.isEmpty()) {
                b.append(" & ");
            }
            b.append('\'').append(w.replace("\\", "\\\\").replace("'", "''")).append("':*");
        }
        return b.toString();
    }

    @Override
    public String best(boolean messages, boolean contacts, List<Split> splits) {
        StringBuilder hits = new StringBuilder();
        if (messages) {
            hits.append("SELECT h.thread_id, -ts_rank(search_words(h.body), to_tsquery('simple', ?1), "
                    + BY_LENGTH + "), h.id "
                    + "FROM (SELECT m.id, m.thread_id, m.body FROM messages m WHERE " + MESSAGE_MATCH
                    + " ORDER BY m.id DESC LIMIT ?5) h");
        }
        if (contacts) {
            if (messages) {
                hits.append(" UNION ALL ");
            }
            hits.append("SELECT t.id, -ts_rank(contact_search_words(h.name, h.phone), to_tsquery('simple', ?2), "
                    + BY_LENGTH + ") - "
                    + CONTACT_BOOST + ", CAST(NULL AS BIGINT) "
                    + "FROM (SELECT c.id, c.name, c.phone FROM contacts c "
                    + "WHERE contact_search_words(c.name, c.phone) @@ to_tsquery('simple', ?2) "
                    + "ORDER BY c.id DESC LIMIT ?5) h "
                    + "JOIN threads t ON t.contact_id = h.id");
        }
        for (Split split : splits) {
            if (!hits.isEmpty()) {
                hits.append(" UNION ALL ");
            }
            // Ranked after every other hit (ts_rank lies in 0..1, so message scores in -1..0).
            hits.append("SELECT t.id, CAST(" + CONTACT_BOOST + " AS REAL), h.id "
                    + "FROM (SELECT m.id, m.thread_id FROM messages m WHERE "
                    + MESSAGE_MATCH.replace("?1", Dialect.SearchSql.literal(split.messages())) + " ORDER BY m.id DESC LIMIT ?5) h "
                    + "JOIN threads t ON t.id = h.thread_id "
                    + "JOIN (SELECT c.id FROM contacts c WHERE contact_search_words(c.name, c.phone) @@ to_tsquery('simple', "
                    + Dialect.SearchSql.literal(split.contacts()) + ") ORDER BY c.id DESC LIMIT ?5) n ON n.id = t.contact_id");
        }
        // DISTINCT ON keeps each thread's best hit, its message with it (the newest of equal scores).
        return "WITH hits (thread_id, score, message_id) AS (" + hits + "), "
                + "best AS (SELECT DISTINCT ON (thread_id) thread_id, score, message_id FROM hits "
                + "ORDER BY thread_id, score, message_id DESC) ";
    }

    @Override
    public String poolCount() {
        return "SELECT COUNT(*) FROM (SELECT m.id FROM messages m WHERE "
                + MESSAGE_MATCH.replace("?1", "?") + " ORDER BY m.id DESC LIMIT ?) p";
    }
}
