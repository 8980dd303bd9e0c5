package com.ringbook.store.postgres;

import com.ringbook.store.jdbc.Dialect;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The inbox search on PostgreSQL's full-text search: the {@code words} columns the database writes with each row
 * ({@code search_words(body)} for messages other than the automatic text-back, {@code contact_search_words(name,
 * phone)} for contacts; migration V4), found through their GIN indexes and ranked by ts_rank from the column among
 * the newest matches, as SQLite ranks by bm25 among its newest. Accents are folded on both sides, as SQLite's
 * tokenizer folds them: the columns by the schema's {@code search_fold}, what staff type by {@link #fold}.
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
            "m.words @@ to_tsquery('simple', ?1) AND m.kind <> 'TEXT_BACK'";
    /** The combining accents the schema's search_fold drops (U+0300-036F and their extended blocks). */
    private static final Pattern ACCENTS =
            Pattern.compile("[\\u0300-\\u036f\\u1ab0-\\u1aff\\u1dc0-\\u1dff\\u20d0-\\u20ff\\ufe20-\\ufe2f]");

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
            b.append('\'').append(fold(w).replace("\\", "\\\\").replace("'", "''")).append("':*");
        }
        return b.toString();
    }

    /**
     * A word as the schema's {@code search_fold} folds text: decomposed, its combining accents dropped, composed
     * again ("Núñez" is "Nunez"; "Łódź" is "Łodz", as SQLite's unicode61 folds it). Case is left to to_tsquery.
     */
    static String fold(String word) {
        String bare = ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("");
        return Normalizer.normalize(bare, Normalizer.Form.NFC);
    }

    @Override
    public String best(boolean messages, boolean contacts, List<Split> splits) {
        StringBuilder hits = new StringBuilder();
        if (messages) {
            hits.append("SELECT h.thread_id, -ts_rank(h.words, to_tsquery('simple', ?1), "
                    + BY_LENGTH + "), h.id "
                    + "FROM (SELECT m.id, m.thread_id, m.words FROM messages m WHERE " + MESSAGE_MATCH
                    + " ORDER BY m.id DESC LIMIT ?5) h");
        }
        if (contacts) {
            if (messages) {
                hits.append(" UNION ALL ");
            }
            hits.append("SELECT t.id, -ts_rank(h.words, to_tsquery('simple', ?2), "
                    + BY_LENGTH + ") - "
                    + CONTACT_BOOST + ", CAST(NULL AS BIGINT) "
                    + "FROM (SELECT c.id, c.words FROM contacts c "
                    + "WHERE c.words @@ to_tsquery('simple', ?2) "
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
                    + "JOIN (SELECT c.id FROM contacts c WHERE c.words @@ to_tsquery('simple', "
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
