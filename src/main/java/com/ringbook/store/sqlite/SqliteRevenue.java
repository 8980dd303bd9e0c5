package com.ringbook.store.sqlite;

import static com.ringbook.store.jdbc.Dialect.Type.BIGINT;

import com.ringbook.store.RevenueRepository;
import com.ringbook.store.jdbc.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's figures, each one statement over all the weeks asked for: the weeks come in as a JSON array of
 * [start, end) pairs and are the outer loop ({@code CROSS JOIN} keeps SQLite from reordering), so each week is one
 * range on an index (calls_by_ended, appointments_by_booked_at) and each row found looks up what it needs by key.
 */
final class SqliteRevenue implements RevenueRepository {
    /** A customer's missed call: staff phones ringing the business are not lost customers. */
    private static final String CUSTOMER_CALL = "c.decision <> 'SKIP_STAFF'";
    /** {@code t} is the thread {@code c} opened: its first call, recorded as the thread was made. */
    private static final String OPENED = "t.id = c.thread_id AND c.detected_at <= t.opened_at "
            + "AND c.id = (SELECT MIN(c2.id) FROM calls c2 WHERE c2.thread_id = c.thread_id)";
    /** The thread {@code t} began with a missed call. */
    private static final String LEAD = "EXISTS (SELECT 1 FROM calls c WHERE c.thread_id = t.id AND c.detected_at <= t.opened_at)";
    private static final String TEXTED = "EXISTS (SELECT 1 FROM messages m WHERE m.call_id = c.id AND m.kind = 'TEXT_BACK' "
            + "AND m.sent_at IS NOT NULL)";
    private static final String REPLIED = "EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = t.id AND m.direction = 'INBOUND')";
    /**
     * A lead that replied and that staff then worked: a staff text (it moves a new thread on) or the stage moved past New.
     * The reply comes first, so the funnel narrows step by step.
     */
    private static final String QUALIFIED = "(" + REPLIED + " AND (t.stage IN ('QUALIFYING', 'SLOTS_OFFERED', 'BOOKED') "
            + "OR EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = t.id AND m.kind = 'STAFF_REPLY')))";
    private static final String OFFERED = "EXISTS (SELECT 1 FROM offers o WHERE o.thread_id = t.id)";
    private static final String NOT_RECORDED = "not recorded";

    private final Sql sql;
    private final Dialect d;

    SqliteRevenue(Sql sql) {
        this.sql = sql;
        this.d = sql.dialect();
    }

    /** The weeks asked for (the JSON array of pairs bound first) as rows w(i, s, e). */
    private String weekRows() {
        return """
                WITH w(i, s, e) AS (SELECT CAST(key AS INTEGER), %s, %s
                                    FROM %s)
                """.formatted(d.element("value", "0", BIGINT), d.element("value", "1", BIGINT), d.jsonRowsWithKey("?"));
    }

    /** [[s0, e0], [s1, e1], ...] in epoch ms. */
    private static String weeks(List<Instant> bounds) {
        if (bounds.size() < 2) {
            throw new IllegalArgumentException("Weeks need at least a start and an end, got " + bounds);
        }
        List<long[]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < bounds.size(); i++) {
            pairs.add(new long[] {bounds.get(i).toEpochMilli(), bounds.get(i + 1).toEpochMilli()});
        }
        return Sql.json(pairs);
    }

    /** One value per week, {@code none} where the statement found nothing. */
    private <T> List<T> perWeek(List<Instant> bounds, String query, T none, Sql.RowMapper<T> mapper) {
        List<T> result = new ArrayList<>(Collections.nCopies(bounds.size() - 1, none));
        for (Indexed<T> row : sql.query(query, s -> s.setString(1, weeks(bounds)), r -> new Indexed<>(r.getInt(1), mapper.map(r)))) {
            result.set(row.index(), row.value());
        }
        return result;
    }

    private record Indexed<T>(int index, T value) {
    }

    @Override
    public List<Conversations> conversations(List<Instant> bounds) {
        return perWeek(bounds, weekRows() + """
                SELECT w.i, COUNT(*),
                       %s,
                       %s,
                       %s,
                       %s,
                       %s,
                       %s
                FROM w CROSS JOIN calls c LEFT JOIN threads t ON %s
                WHERE c.ended_at >= w.s AND c.ended_at < w.e AND %s
                GROUP BY w.i
                """.formatted(d.countWhere(TEXTED), d.countWhere("t.id IS NOT NULL AND " + REPLIED),
                d.countWhere("t.id IS NOT NULL AND " + QUALIFIED), d.countWhere("t.id IS NOT NULL AND " + OFFERED),
                d.countWhere("t.stage = 'LOST'"), d.countWhere("t.stage = 'OPTED_OUT'"), OPENED, CUSTOMER_CALL),
                Conversations.NONE,
                r -> new Conversations(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8)));
    }

    @Override
    public List<Bookings> bookings(List<Instant> bounds) {
        return perWeek(bounds, weekRows() + """
                SELECT w.i, COUNT(*), SUM(a.value_cents)
                FROM w CROSS JOIN appointments a JOIN threads t ON t.id = a.thread_id
                WHERE a.booked_at >= w.s AND a.booked_at < w.e AND a.status = 'BOOKED' AND %s
                GROUP BY w.i
                """.formatted(LEAD), Bookings.NONE, r -> new Bookings(r.getInt(2), r.getLong(3)));
    }

    @Override
    public List<TextSpeed> textSpeed(List<Instant> bounds) {
        // Nearest rank, as the status bar's median: the k-th smallest of n with k = ceil(p * n). The second CROSS JOIN
        // keeps each week's calls the driver: left free, SQLite walks every text-back ever sent (messages_by_sent) per week.
        return perWeek(bounds, weekRows() + """
                , d(i, ms) AS (SELECT w.i, %s
                               FROM w CROSS JOIN calls c %s messages m ON m.call_id = c.id
                               WHERE c.ended_at >= w.s AND c.ended_at < w.e AND %s
                                 AND m.kind = 'TEXT_BACK' AND m.sent_at IS NOT NULL),
                  r AS (SELECT i, ms, ROW_NUMBER() OVER (PARTITION BY i ORDER BY ms) AS k, COUNT(*) OVER (PARTITION BY i) AS n
                        FROM d)
                SELECT i, MAX(n), MAX(CASE WHEN k = (n + 1) / 2 THEN ms END), MAX(CASE WHEN k = (9 * n + 9) / 10 THEN ms END)
                FROM r GROUP BY i
                """.formatted(d.greatest("0", "m.sent_at - c.ended_at"), d.joinInOrder(), CUSTOMER_CALL), TextSpeed.NONE,
                r -> new TextSpeed(r.getInt(2), r.getLong(3), r.getLong(4)));
    }

    @Override
    public Map<String, Integer> lostByReason(Instant from, Instant to) {
        // The reason as stored (a LostReason name); the figures put it in plain words. Lost before reasons were asked
        // (or by the demo's older path): "not recorded".
        Map<String, Integer> byReason = new LinkedHashMap<>();
        sql.query("""
                SELECT COALESCE(t.lost_reason, '%s'), COUNT(*) FROM calls c JOIN threads t ON %s
                WHERE c.ended_at >= ? AND c.ended_at < ? AND %s AND t.stage = 'LOST'
                GROUP BY 1 ORDER BY 2 DESC, 1
                """.formatted(NOT_RECORDED, OPENED, CUSTOMER_CALL), s -> {
            s.setLong(1, from.toEpochMilli());
            s.setLong(2, to.toEpochMilli());
        }, r -> Map.entry(r.getString(1), r.getInt(2))).forEach(e -> byReason.put(e.getKey(), e.getValue()));
        return byReason;
    }

    @Override
    public Optional<List<Integer>> bookedAfterFollowUp(List<Instant> bounds) {
        // after_follow_up is set as the appointment is written (V8's trigger): a follow-up was sent before the booking.
        return Optional.of(perWeek(bounds, weekRows() + """
                SELECT w.i, SUM(a.after_follow_up)
                FROM w CROSS JOIN appointments a JOIN threads t ON t.id = a.thread_id
                WHERE a.booked_at >= w.s AND a.booked_at < w.e AND a.status = 'BOOKED' AND %s
                GROUP BY w.i
                """.formatted(LEAD), 0, r -> r.getInt(2)));
    }

    @Override
    public List<Behind> behind(Step step, Instant from, Instant to, int limit) {
        String query = switch (step) {
            case MISSED -> """
                    SELECT c.thread_id, ct.name, c.caller, c.ended_at, NULL FROM calls c LEFT JOIN contacts ct ON ct.id = c.contact_id
                    WHERE c.ended_at >= ? AND c.ended_at < ? AND %s ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                    """.formatted(CUSTOMER_CALL);
            case TEXTED -> """
                    SELECT c.thread_id, ct.name, c.caller, c.ended_at, %s
                    FROM calls c JOIN messages m ON m.call_id = c.id LEFT JOIN contacts ct ON ct.id = c.contact_id
                    WHERE c.ended_at >= ? AND c.ended_at < ? AND %s AND m.kind = 'TEXT_BACK' AND m.sent_at IS NOT NULL
                    ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                    """.formatted(d.greatest("0", "m.sent_at - c.ended_at"), CUSTOMER_CALL);
            case REPLIED -> leads(REPLIED);
            case QUALIFIED -> leads(QUALIFIED);
            case OFFERED -> leads(OFFERED);
            case LOST -> leads("t.stage = 'LOST'");
            case BOOKED -> """
                    SELECT t.id, ct.name, ct.phone, a.booked_at, a.value_cents
                    FROM appointments a JOIN threads t ON t.id = a.thread_id JOIN contacts ct ON ct.id = t.contact_id
                    WHERE a.booked_at >= ? AND a.booked_at < ? AND a.status = 'BOOKED' AND %s
                    ORDER BY a.booked_at DESC, a.id DESC LIMIT ?
                    """.formatted(LEAD);
        };
        return sql.query(query, s -> {
            s.setLong(1, from.toEpochMilli());
            s.setLong(2, to.toEpochMilli());
            s.setInt(3, limit);
        }, SqliteRevenue::behind);
    }

    private static String leads(String condition) {
        return """
                SELECT t.id, ct.name, ct.phone, c.ended_at, NULL
                FROM calls c JOIN threads t ON %s JOIN contacts ct ON ct.id = t.contact_id
                WHERE c.ended_at >= ? AND c.ended_at < ? AND %s AND %s
                ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                """.formatted(OPENED, CUSTOMER_CALL, condition);
    }

    private static Behind behind(ResultSet r) throws SQLException {
        long thread = r.getLong(1);
        Long threadId = r.wasNull() ? null : thread;
        long amount = r.getLong(5);
        return new Behind(threadId, r.getString(2), r.getString(3), Instant.ofEpochMilli(r.getLong(4)), r.wasNull() ? null : amount);
    }
}
