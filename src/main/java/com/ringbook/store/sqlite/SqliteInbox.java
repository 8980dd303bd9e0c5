package com.ringbook.store.sqlite;

import static com.ringbook.store.sqlite.Rows.ANSWERABLE_STAGES;
import static com.ringbook.store.sqlite.Rows.OPEN_STAGES;
import static com.ringbook.store.sqlite.Rows.SUMMARY_COLUMNS;

import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxCursor;
import com.ringbook.domain.InboxEntry;
import com.ringbook.domain.InboxPage;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.InboxQuery.Filter;
import com.ringbook.domain.SearchSnippet;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.jdbc.Dialect;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The inbox's reads: a page of a filter's threads, ranked search results, and the count behind every
 * filter. Each is planned to use an index at 100,000 threads ({@code InboxQueryPlanTest} checks it):
 * <ul>
 *   <li>All: {@code threads_by_activity} walked from the cursor, newest first;</li>
 *   <li>one stage: {@code threads_by_stage} (stage, last_activity_at DESC, id DESC), same;</li>
 *   <li>Needs reply: the partial {@code threads_waiting} (only waiting threads are in it), oldest first;</li>
 *   <li>counts: one grouped walk of {@code threads_by_stage} (it covers stage) plus the waiting ones;</li>
 *   <li>search: the two FTS5 indexes, then each hit's thread by its primary key.</li>
 * </ul>
 * A keyset cursor is written as {@code key <= ? AND (key < ? OR id < ?)}: the first half is a range the
 * index seeks to, the second skips rows already shown that share the last key.
 */
final class SqliteInbox {
    private static final int MIN_CANDIDATES = 3_000;
    private static final int CANDIDATES_PER_ROW = 20;
    /** The inbox line's columns without their FROM: search results come from the hits first. */
    private static final String COLUMNS = SUMMARY_COLUMNS.substring(0, SUMMARY_COLUMNS.indexOf("FROM"));
    /** A search page's worth of snippet texts read by one statement. */
    private static final int BODIES_AT_ONCE = InboxQuery.PAGE_SIZE;
    private static final String BODIES_SQL = "SELECT id, body FROM messages WHERE id IN ("
            + String.join(", ", java.util.Collections.nCopies(BODIES_AT_ONCE, "?")) + ")";

    /** Threads per stage (a walk of threads_by_stage), then the waiting ones (threads_waiting) as stage NULL. */
    static final String COUNTS_SQL = countsSql(SqliteDialect.INSTANCE);

    private final Sql sql;

    SqliteInbox(Sql sql) {
        this.sql = sql;
    }

    static String countsSql(Dialect dialect) {
        return "SELECT stage, COUNT(*) FROM threads GROUP BY stage "
                + "UNION ALL SELECT NULL, COUNT(*) FROM threads" + dialect.indexedBy("threads_waiting") + " "
                + "WHERE waiting_since IS NOT NULL AND stage IN "
                + ANSWERABLE_STAGES;
    }

    InboxPage page(InboxQuery q) {
        return q.searching() ? search(q) : browse(q);
    }

    private InboxPage browse(InboxQuery q) {
        boolean waiting = q.filter() == Filter.WAITING;
        InboxCursor after = q.after();
        List<ThreadSummary> rows = sql.query(browseSql(sql.dialect(), q.filter(), after != null), s -> {
            if (after != null) {
                s.setLong(1, after.key());
                s.setLong(2, after.threadId());
            }
            s.setInt(3, q.limit() + 1);
            s.setInt(4, after == null ? q.offset() : 0);
            bindDueBefore(s, q);
        }, Rows::summary);
        boolean more = rows.size() > q.limit();
        List<ThreadSummary> shown = more ? rows.subList(0, q.limit()) : rows;
        InboxCursor next = null;
        if (more) {
            ThreadSummary last = shown.get(shown.size() - 1);
            next = new InboxCursor((waiting ? last.waitingSince() : last.lastActivityAt()).toEpochMilli(), last.id(), 0);
        }
        return new InboxPage(shown.stream().map(InboxEntry::of).toList(), next);
    }

    /** A page of a filter's threads in its order, after a cursor (?1 key, ?2 id) or not; ?3 limit, ?4 offset. */
    static String browseSql(Filter filter, boolean cursor) {
        return browseSql(SqliteDialect.INSTANCE, filter, cursor);
    }

    static String browseSql(Dialect dialect, Filter filter, boolean cursor) {
        boolean waiting = filter == Filter.WAITING;
        // The waiting threads are a few thousand of 100,000: without statistics the planner would rather walk the
        // stage index and sort, so the partial index of waiting threads is named.
        String from = waiting ? SUMMARY_COLUMNS.replace("FROM threads t", "FROM threads t" + dialect.indexedBy("threads_waiting"))
                : SUMMARY_COLUMNS;
        StringBuilder query = new StringBuilder("SELECT " + from + " WHERE " + where(filter));
        if (cursor) {
            query.append(waiting
                    ? " AND t.waiting_since >= ?1 AND (t.waiting_since > ?1 OR t.id > ?2)"
                    : " AND t.last_activity_at <= ?1 AND (t.last_activity_at < ?1 OR t.id < ?2)");
        }
        query.append(waiting ? " ORDER BY t.waiting_since, t.id" : " ORDER BY t.last_activity_at DESC, t.id DESC");
        return query.append(" LIMIT ?3 OFFSET ?4").toString();
    }

    /** The follow-ups' bound (?6), for the one filter that has it. */
    private static void bindDueBefore(PreparedStatement s, InboxQuery q) throws SQLException {
        if (q.filter() == Filter.FOLLOW_UP_DUE) {
            // Without a bound (a caller that is not the engine): every scheduled follow-up.
            s.setLong(6, q.dueBefore() == null ? Long.MAX_VALUE : q.dueBefore().toEpochMilli());
        }
    }

    /** The filter as SQL on {@code t}; mirrors {@link Filter#matches}. */
    private static String where(Filter filter) {
        return switch (filter) {
            case ALL -> "1=1";
            // Partial index follow_ups_due: the scheduled ones by due time.
            case FOLLOW_UP_DUE -> "t.id IN (SELECT f.thread_id FROM follow_ups f WHERE f.state = 'SCHEDULED' AND f.due_at < ?6)";
            case WAITING -> "t.waiting_since IS NOT NULL AND t.stage IN " + ANSWERABLE_STAGES;
            case OPEN -> "t.stage IN " + OPEN_STAGES;
            default -> "t.stage = '" + filter.stage().name() + "'";
        };
    }

    private InboxPage search(InboxQuery q) {
        SearchExpression expression = SearchExpression.of(q.search(), sql.dialect().search());
        if (expression.matchesNothing()) {
            return new InboxPage(List.of(), null);
        }
        int start = q.after() != null ? q.after().position() : q.offset();
        List<Hit> hits = hits(q, expression, start, List.of());
        if (hits.size() <= q.limit() && !expression.splits().isEmpty()) {
            // Words split between a name and a text rank after every thread that has all the words in one place,
            // so they are only looked for once those run out: a search that fills its page costs what it did.
            hits = hits(q, expression, start, expression.splits());
        }
        boolean more = hits.size() > q.limit();
        List<Hit> shown = more ? hits.subList(0, q.limit()) : hits;
        Map<Long, String> bodies = bodies(shown);
        List<InboxEntry> entries = shown.stream()
                .map(h -> new InboxEntry(h.thread(), bodies.containsKey(h.messageId())
                        ? Snippets.of(bodies.get(h.messageId()), expression.messageWords()) : SearchSnippet.NONE))
                .toList();
        // Past the ranked pool there may be older mentions: the next page ranks a larger pool.
        if (!more && !shown.isEmpty() && expression.messages() != null) {
            more = poolFull(expression.messages(), candidates(start + q.limit()));
        }
        return new InboxPage(entries, more ? new InboxCursor(0, shown.get(shown.size() - 1).thread().id(),
                start + shown.size()) : null);
    }

    private record Hit(ThreadSummary thread, long messageId) {
    }

    private List<Hit> hits(InboxQuery q, SearchExpression expression, int start, List<Dialect.SearchSql.Split> splits) {
        return sql.query(searchSql(sql.dialect(), q.filter(), expression.messages() != null, expression.contacts() != null,
                splits), s -> {
            bindOptional(s, 1, expression.messages());
            bindOptional(s, 2, expression.contacts());
            s.setInt(3, q.limit() + 1);
            s.setInt(4, start);
            s.setInt(5, candidates(start + q.limit()));
            bindDueBefore(s, q);
        }, r -> new Hit(Rows.summary(r), r.getObject("message_id") == null ? -1 : r.getLong("message_id")));
    }

    /** More messages match than the pool of {@code size} held (read newest first, unranked: cheap). */
    private boolean poolFull(String expression, int size) {
        return sql.queryOne(sql.dialect().search().poolCount(), s -> {
                    s.setString(1, expression);
                    s.setInt(2, size + 1);
                }, r -> r.getInt(1)).orElse(0) > size;
    }

    /**
     * How many of the newest matching messages (and contacts) are ranked for results down to row {@code rows}.
     * A rare word's every mention is ranked; a word in a quarter of a million messages would cost seconds to
     * rank in full, so its newest mentions are ranked first and the pool grows as the user pages down. FTS5
     * walks its index newest first and stops at the limit, so this costs the pool, not the matches.
     */
    static int candidates(int rows) {
        return Math.max(MIN_CANDIDATES, rows * CANDIDATES_PER_ROW);
    }

    /**
     * Search hits (?1 the messages' expression, ?2 the contacts'), best first; ?3 limit, ?4 offset, ?5 how many of
     * the newest matching messages and contacts are ranked ({@link #candidates}).
     */
    static String searchSql(Filter filter, boolean messages, boolean contacts) {
        return searchSql(SqliteDialect.INSTANCE, filter, messages, contacts, List.of());
    }

    static String searchSql(Filter filter, boolean messages, boolean contacts, List<Dialect.SearchSql.Split> splits) {
        return searchSql(SqliteDialect.INSTANCE, filter, messages, contacts, splits);
    }

    /**
     * As above, and threads whose contact matches some of the words and one of whose messages matches the rest
     * ({@code splits}): two bounded index reads per split joined on the contact, never a walk of a contact's
     * messages (a common first name would mean thousands). Such a hit ranks after every other.
     */
    static String searchSql(Dialect dialect, Filter filter, boolean messages, boolean contacts,
            List<Dialect.SearchSql.Split> splits) {
        return dialect.search().best(messages, contacts, splits)
                + "SELECT " + COLUMNS + ", b.message_id FROM best b JOIN threads t ON t.id = b.thread_id "
                + "JOIN contacts c ON c.id = t.contact_id WHERE " + where(filter)
                + " ORDER BY b.score, t.last_activity_at DESC, t.id DESC LIMIT ?3 OFFSET ?4";
    }

    private static void bindOptional(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, java.sql.Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    /**
     * The texts the hits matched in, by message id, read {@link #BODIES_AT_ONCE} at a time: one statement for a page
     * rather than one per row, which on a shared PostgreSQL is a round trip each (100 of them: 8 ms on loopback, more
     * across an office's network). The statement always has the same number of ids (the last repeated), so it is
     * prepared once.
     */
    private Map<Long, String> bodies(List<Hit> hits) {
        List<Long> ids = hits.stream().map(Hit::messageId).filter(id -> id >= 0).toList();
        Map<Long, String> bodies = new HashMap<>();
        for (int from = 0; from < ids.size(); from += BODIES_AT_ONCE) {
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BODIES_AT_ONCE));
            sql.query(BODIES_SQL, s -> {
                for (int i = 0; i < BODIES_AT_ONCE; i++) {
                    s.setLong(i + 1, batch.get(Math.min(i, batch.size() - 1)));
                }
            }, r -> bodies.put(r.getLong(1), r.getString(2)));
        }
        return bodies;
    }

    InboxCounts counts() {
        Map<Stage, Integer> byStage = new EnumMap<>(Stage.class);
        int[] waiting = {0};
        sql.query(countsSql(sql.dialect()), s -> { }, r -> {
                    String stage = r.getString(1);
                    if (stage == null) {
                        waiting[0] = r.getInt(2);
                    } else {
                        byStage.put(Stage.valueOf(stage), r.getInt(2));
                    }
                    return null;
                });
        return InboxCounts.of(byStage, waiting[0]);
    }
}
