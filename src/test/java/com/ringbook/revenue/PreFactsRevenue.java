package com.ringbook.revenue;

import com.ringbook.store.RevenueRepository;
import com.ringbook.store.RevenueRepository.Behind;
import com.ringbook.store.RevenueRepository.Bookings;
import com.ringbook.store.RevenueRepository.Conversations;
import com.ringbook.store.RevenueRepository.Step;
import com.ringbook.store.RevenueRepository.TextSpeed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Revenue screen's statements as they were before V10 kept its facts on the call and thread rows: every fact
 * looked up from messages, offers and the thread's calls, per call. Kept word for word (behind the figures the
 * screen showed until then) so a test and the bench can check that the facts give the very same figures on the
 * same database. Plain JDBC on the database file; only reads.
 */
public final class PreFactsRevenue implements AutoCloseable {
    private static final String WEEKS = """
            WITH w(i, s, e) AS (SELECT CAST(key AS INTEGER), json_extract(value, '$[0]'), json_extract(value, '$[1]')
                                FROM json_each(?))
            """;
    private static final String CUSTOMER_CALL = "c.decision <> 'SKIP_STAFF'";
    private static final String OPENED = "t.id = c.thread_id AND c.detected_at <= t.opened_at "
            + "AND c.id = (SELECT MIN(c2.id) FROM calls c2 WHERE c2.thread_id = c.thread_id)";
    private static final String LEAD = "EXISTS (SELECT 1 FROM calls c WHERE c.thread_id = t.id AND c.detected_at <= t.opened_at)";
    private static final String TEXTED = "EXISTS (SELECT 1 FROM messages m WHERE m.call_id = c.id AND m.kind = 'TEXT_BACK' "
            + "AND m.sent_at IS NOT NULL)";
    private static final String REPLIED = "EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = t.id AND m.direction = 'INBOUND')";
    private static final String QUALIFIED = "(" + REPLIED + " AND (t.stage IN ('QUALIFYING', 'SLOTS_OFFERED', 'BOOKED') "
            + "OR EXISTS (SELECT 1 FROM messages m WHERE m.thread_id = t.id AND m.kind = 'STAFF_REPLY')))";
    private static final String OFFERED = "EXISTS (SELECT 1 FROM offers o WHERE o.thread_id = t.id)";

    private final Connection c;

    public PreFactsRevenue(Path database) throws SQLException {
        c = DriverManager.getConnection("jdbc:sqlite:" + database.toAbsolutePath());
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }

    private interface Row<T> {
        T map(ResultSet r) throws SQLException;
    }

    private static String weeks(List<Instant> bounds) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i + 1 < bounds.size(); i++) {
            json.append(i == 0 ? "" : ",").append('[').append(bounds.get(i).toEpochMilli()).append(',')
                    .append(bounds.get(i + 1).toEpochMilli()).append(']');
        }
        return json.append(']').toString();
    }

    private <T> List<T> perWeek(List<Instant> bounds, String query, T none, Row<T> row) throws SQLException {
        List<T> result = new ArrayList<>(Collections.nCopies(bounds.size() - 1, none));
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setString(1, weeks(bounds));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.set(r.getInt(1), row.map(r));
                }
            }
        }
        return result;
    }

    public List<Conversations> conversations(List<Instant> bounds) throws SQLException {
        return perWeek(bounds, WEEKS + """
                SELECT w.i, COUNT(*),
                       SUM(%s),
                       SUM(t.id IS NOT NULL AND %s),
                       SUM(t.id IS NOT NULL AND %s),
                       SUM(t.id IS NOT NULL AND %s),
                       SUM(t.stage = 'LOST'),
                       SUM(t.stage = 'OPTED_OUT')
                FROM w CROSS JOIN calls c LEFT JOIN threads t ON %s
                WHERE c.ended_at >= w.s AND c.ended_at < w.e AND %s
                GROUP BY w.i
                """.formatted(TEXTED, REPLIED, QUALIFIED, OFFERED, OPENED, CUSTOMER_CALL), Conversations.NONE,
                r -> new Conversations(r.getInt(2), r.getInt(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7), r.getInt(8)));
    }

    public List<Bookings> bookings(List<Instant> bounds) throws SQLException {
        return perWeek(bounds, WEEKS + """
                SELECT w.i, COUNT(*), SUM(a.value_cents)
                FROM w CROSS JOIN appointments a JOIN threads t ON t.id = a.thread_id
                WHERE a.booked_at >= w.s AND a.booked_at < w.e AND a.status = 'BOOKED' AND %s
                GROUP BY w.i
                """.formatted(LEAD), Bookings.NONE, r -> new Bookings(r.getInt(2), r.getLong(3)));
    }

    public List<TextSpeed> textSpeed(List<Instant> bounds) throws SQLException {
        return perWeek(bounds, WEEKS + """
                , d(i, ms) AS (SELECT w.i, MAX(0, m.sent_at - c.ended_at)
                               FROM w CROSS JOIN calls c CROSS JOIN messages m ON m.call_id = c.id
                               WHERE c.ended_at >= w.s AND c.ended_at < w.e AND %s
                                 AND m.kind = 'TEXT_BACK' AND m.sent_at IS NOT NULL),
                  r AS (SELECT i, ms, ROW_NUMBER() OVER (PARTITION BY i ORDER BY ms) AS k, COUNT(*) OVER (PARTITION BY i) AS n
                        FROM d)
                SELECT i, n, MAX(CASE WHEN k = (n + 1) / 2 THEN ms END), MAX(CASE WHEN k = (9 * n + 9) / 10 THEN ms END)
                FROM r GROUP BY i
                """.formatted(CUSTOMER_CALL), TextSpeed.NONE,
                r -> new TextSpeed(r.getInt(2), r.getLong(3), r.getLong(4)));
    }

    public List<Integer> bookedAfterFollowUp(List<Instant> bounds) throws SQLException {
        return perWeek(bounds, WEEKS + """
                SELECT w.i, SUM(a.after_follow_up)
                FROM w CROSS JOIN appointments a JOIN threads t ON t.id = a.thread_id
                WHERE a.booked_at >= w.s AND a.booked_at < w.e AND a.status = 'BOOKED' AND %s
                GROUP BY w.i
                """.formatted(LEAD), 0, r -> r.getInt(2));
    }

    /** All four as the screen reads them. */
    public RevenueRepository.Weekly weekly(List<Instant> bounds) throws SQLException {
        return new RevenueRepository.Weekly(conversations(bounds), bookings(bounds), textSpeed(bounds),
                java.util.Optional.of(bookedAfterFollowUp(bounds)));
    }

    public Map<String, Integer> lostByReason(Instant from, Instant to) throws SQLException {
        Map<String, Integer> byReason = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("""
                SELECT COALESCE(t.lost_reason, 'not recorded'), COUNT(*) FROM calls c JOIN threads t ON %s
                WHERE c.ended_at >= ? AND c.ended_at < ? AND %s AND t.stage = 'LOST'
                GROUP BY 1 ORDER BY 2 DESC, 1
                """.formatted(OPENED, CUSTOMER_CALL))) {
            s.setLong(1, from.toEpochMilli());
            s.setLong(2, to.toEpochMilli());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    byReason.put(r.getString(1), r.getInt(2));
                }
            }
        }
        return byReason;
    }

    /** The list behind a figure; AFTER_FOLLOW_UP is the booked jobs with after_follow_up set (what its number counts). */
    public List<Behind> behind(Step step, Instant from, Instant to, int limit) throws SQLException {
        String booked = """
                SELECT t.id, ct.name, ct.phone, a.booked_at, a.value_cents
                FROM appointments a JOIN threads t ON t.id = a.thread_id JOIN contacts ct ON ct.id = t.contact_id
                WHERE a.booked_at >= ? AND a.booked_at < ? AND a.status = 'BOOKED' AND %s AND %s
                ORDER BY a.booked_at DESC, a.id DESC LIMIT ?
                """;
        String query = switch (step) {
            case MISSED -> """
                    SELECT c.thread_id, ct.name, c.caller, c.ended_at, NULL FROM calls c LEFT JOIN contacts ct ON ct.id = c.contact_id
                    WHERE c.ended_at >= ? AND c.ended_at < ? AND %s ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                    """.formatted(CUSTOMER_CALL);
            case TEXTED -> """
                    SELECT c.thread_id, ct.name, c.caller, c.ended_at, MAX(0, m.sent_at - c.ended_at)
                    FROM calls c JOIN messages m ON m.call_id = c.id LEFT JOIN contacts ct ON ct.id = c.contact_id
                    WHERE c.ended_at >= ? AND c.ended_at < ? AND %s AND m.kind = 'TEXT_BACK' AND m.sent_at IS NOT NULL
                    ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                    """.formatted(CUSTOMER_CALL);
            case REPLIED -> leads(REPLIED);
            case QUALIFIED -> leads(QUALIFIED);
            case OFFERED -> leads(OFFERED);
            case LOST -> leads("t.stage = 'LOST'");
            case BOOKED -> booked.formatted(LEAD, "true");
            case AFTER_FOLLOW_UP -> booked.formatted(LEAD, "a.after_follow_up = 1");
        };
        List<Behind> lines = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(query)) {
            s.setLong(1, from.toEpochMilli());
            s.setLong(2, to.toEpochMilli());
            s.setInt(3, limit);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long thread = r.getLong(1);
                    Long threadId = r.wasNull() ? null : thread;
                    long amount = r.getLong(5);
                    lines.add(new Behind(threadId, r.getString(2), r.getString(3), Instant.ofEpochMilli(r.getLong(4)),
                            r.wasNull() ? null : amount));
                }
            }
        }
        return lines;
    }

    private static String leads(String condition) {
        return """
                SELECT t.id, ct.name, ct.phone, c.ended_at, NULL
                FROM calls c JOIN threads t ON %s JOIN contacts ct ON ct.id = t.contact_id
                WHERE c.ended_at >= ? AND c.ended_at < ? AND %s AND %s
                ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                """.formatted(OPENED, CUSTOMER_CALL, condition);
    }
}
