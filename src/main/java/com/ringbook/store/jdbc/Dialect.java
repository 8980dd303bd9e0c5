package com.ringbook.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The few pieces of SQL that SQLite and PostgreSQL spell differently. The repositories write everything
 * else once, in the SQL both understand; each piece here is a fragment they splice in, so a statement
 * still reads as one statement.
 */
public interface Dialect {

    /** A column type a JSON value is read into: SQLite needs no cast, PostgreSQL's {@code ->>} always gives text. */
    enum Type {
        BIGINT, TEXT, INT
    }

    /**
     * Prepares {@code sql}, which may number its parameters ({@code ?1}, {@code ?2}, one number used more than
     * once) as SQLite allows; a driver without numbered parameters gets them rewritten.
     */
    PreparedStatement prepare(Connection connection, String sql) throws SQLException;

    /**
     * A FROM item: one row per element of the JSON array of strings bound at {@code parameter} (as text), the
     * element as text in a column {@code value}.
     */
    String jsonValues(String parameter);

    /**
     * A FROM item: one row per element of the JSON array of arrays bound at {@code parameter} (as text), the
     * element in a column {@code value} that {@link #element} reads.
     */
    String jsonRows(String parameter);

    /** As {@link #jsonRows}, with the element's 0-based place in a column {@code key}. */
    String jsonRowsWithKey(String parameter);

    /** Element {@code index} (an SQL expression) of the JSON array {@code array} (an SQL expression), as {@code type}. */
    String element(String array, String index, Type type);

    /** A JSON array bound as text at {@code parameter}, as a JSON value {@link #element} can index. */
    String json(String parameter);

    /** The larger of two values (SQLite's two-argument MAX, PostgreSQL's GREATEST). */
    String greatest(String a, String b);

    /** The smaller of two values. */
    String least(String a, String b);

    /** How many rows of a group {@code condition} holds for (an aggregate). */
    String countWhere(String condition);

    /**
     * The larger of two values, NULL when either is NULL (SQLite's two-argument MAX does that; PostgreSQL's GREATEST
     * skips a NULL, so a missing value would read as the other one).
     */
    String greatestOrNull(String a, String b);

    /** The group's non-NULL values of {@code expression} as one text, comma-separated, NULL for none (an aggregate). */
    String joined(String expression);

    /**
     * A JSON array of {@code items} (SQL expressions) as one value a caller reads as text: several figures from one
     * scalar subquery, which may give only one column on both databases.
     */
    String jsonArray(List<String> items);

    /**
     * A planner hint naming the index to read {@code table} by, written right after the table (and its alias):
     * SQLite without statistics picks badly in a few places; PostgreSQL plans from statistics and has no hints.
     */
    String indexedBy(String index);

    /**
     * An inner join (with ON) the planner must take in the order written: SQLite's CROSS JOIN, which takes an ON
     * clause there; PostgreSQL plans joins by statistics, and its CROSS JOIN takes none.
     */
    String joinInOrder();

    /** The inbox search's SQL: how this database ranks full-text matches. */
    SearchSql search();

    /** What the inbox search needs from the database's full-text index. */
    interface SearchSql {
        /**
         * Query text matching every word in {@code words} as a word prefix, in this index's syntax; words are
         * already cut the way the index cuts text.
         */
        String prefixTerms(List<String> words);

        /**
         * A WITH clause ending in a table {@code best (thread_id, score, message_id)}: each thread's best hit, lower
         * score better, among messages matching ?1 and contacts matching ?2 (a contact ranks above any message),
         * each the newest ?5 matches; message_id is NULL for a contact's hit. Each of {@code splits} adds threads
         * whose contact matches its contact terms and one of whose messages matches its message terms (the newest ?5
         * of each side), ranked after every other hit.
         */
        String best(boolean messages, boolean contacts, List<Split> splits);

        /**
         * Some of the words typed against the contact's name and number, the rest against one message of theirs,
         * each already in this index's syntax ({@link #prefixTerms}). Inlined as literals, not bound: the words
         * are letters and digits only, and the statement's parameters are the page's.
         */
        record Split(String contacts, String messages) {
        }

        /** Text as an SQL string literal. */
        static String literal(String text) {
            return "'" + text.replace("'", "''") + "'";
        }

        /** Counts the matches of ?1 among the newest ?2 messages (a count above ?2 - 1 means the pool was full). */
        String poolCount();

        /**
         * Whether the store itself adds a new contact to the search index (SQLite's FTS5 table, written after a
         * burst rather than inside it) or the database keeps the index by itself (an expression index).
         */
        default boolean storeIndexesContacts() {
            return false;
        }
    }
}
