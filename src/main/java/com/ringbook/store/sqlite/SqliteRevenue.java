package com.ringbook.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ringbook.store.RevenueRepository;
import com.ringbook.store.StoreException;
import com.ringbook.store.jdbc.Dialect;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's figures, each one statement over all the weeks asked for: the weeks come in as a JSON array of
 * [start, end) pairs and are the outer loop ({@code CROSS JOIN} keeps SQLite from reordering), so each week is one
 * range on an index (calls_by_ended, appointments_by_booked_at) and each row found looks up what it needs by key.
 * Written once for SQLite and PostgreSQL: what they spell differently (the weeks' JSON, counts of a condition, the
 * joined delays, a JSON array of a week's figures) comes from the store's {@link Dialect}, which gives SQLite exactly
 * the statements it was tuned with.
 * What happened on a lead's thread (its first reply, staff text and offer) and which call opened it are kept on the
 * thread and call rows as they happen (V10), so a week never walks a thread's messages or offers: a year of a busy
 * business (73,000 calls) costs a scan of its calls with their thread, not six look-ups per call. The call's text-back
 * time is on the call too (V12), and calls_by_ended holds every call column a week reads, so a week's calls come from
 * that index alone and each costs one look-up: its thread's row.
 */
final class SqliteRevenue implements RevenueRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A customer's missed call: staff phones ringing the business are not lost customers. */
    private static final String CUSTOMER_CALL = "c.decision <> 'SKIP_STAFF'";
    /**
     * {@code t} is the thread {@code c} opened: its first call, detected as the thread was made (calls.opened_thread,
     * set as the call is written).
     */
    private static final String OPENED = "t.id = c.thread_id AND c.opened_thread = 1";
    /** The thread {@code t} began with a missed call. */
    private static final String LEAD = "EXISTS (SELECT 1 FROM calls c WHERE c.thread_id = t.id AND c.detected_at <= t.opened_at)";
    /**
     * When the call's text-back was accepted by the carrier (NULL: none was), kept on the call as it happens (V12's
     * trigger on the text-back's sent_at): a week reads no message. Only text-backs carry a call id, one per call (a
     * retry sends the same message).
     */
    private static final String TEXT_BACK_SENT = "c.text_back_sent_at";
    /** The customer texted on the thread. */
    private static final String REPLIED = "t.replied_at IS NOT NULL";
    /**
     * A lead that replied and that staff then worked: a staff text (it moves a new thread on) or the stage moved past New.
     * The reply comes first, so the funnel narrows step by step.
     */
    private static final String QUALIFIED = "(" + REPLIED + " AND (t.stage IN ('QUALIFYING', 'SLOTS_OFFERED', 'BOOKED') "
            + "OR t.staff_texted_at IS NOT NULL))";
    private static final String OFFERED = "t.offered_at IS NOT NULL";
    private static final String NOT_RECORDED = "not recorded";

    private final Sql sql;
    /** The weeks' calls and the weeks' jobs: built once, in this store's dialect. */
    private final String callWeeksSql;
    private final String jobWeeksSql;
    private final String textedSql;

    SqliteRevenue(Sql sql) {
        this.sql = sql;
        Dialect d = sql.dialect();
        this.callWeeksSql = callWeeksSql(d);
        this.jobWeeksSql = jobWeeksSql(d);
        this.textedSql = textedSql(d);
    }

    /** The weeks bound as one JSON array of [start, end) pairs, as rows w(i, s, e), i the week's 0-based place. */
    private static String weeksCte(Dialect d) {
        return "WITH w(i, s, e) AS (SELECT CAST(key AS INTEGER), " + d.element("value", "0", Dialect.Type.BIGINT) + ", "
                + d.element("value", "1", Dialect.Type.BIGINT) + "\n                    FROM " + d.jsonRowsWithKey("?") + ")\n";
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

    /** One week's calls: what became of them, and the delays of those texted back (for the median and p90). */
    private record CallWeek(Conversations conversations, TextSpeed speed) {
        static final CallWeek NONE = new CallWeek(Conversations.NONE, TextSpeed.NONE);
    }

    /** One week's jobs: booked (and still so), their value, and how many of them came after a follow-up. */
    private record JobWeek(Bookings bookings, int afterFollowUp) {
        static final JobWeek NONE = new JobWeek(Bookings.NONE, 0);
    }

    /**
     * The weeks' calls, each week one range of calls_by_ended read once: the counts, and the week's text-back delays as a
     * list SQLite joins into one string, so the median and p90 are picked here from a sorted array (a window function's
     * sort of every delay cost more than the whole pass). Each week's figures come back as one JSON array from a
     * subquery per week, not a GROUP BY over all the calls: SQLite cannot tell the weeks come in order and would sort
     * every call by its week first (about a tenth of the statement).
     */
    private List<CallWeek> callWeeks(List<Instant> bounds) {
        return perWeek(bounds, callWeeksSql, CallWeek.NONE, r -> callWeek(r.getString(2)));
    }

    /**
     * A delay is never below 0 (a text-back stamped before the call's end by a skewed clock) and is NULL with no
     * text-back sent, which the joined list leaves out.
     */
    private static String callWeeksSql(Dialect d) {
        String figures = d.jsonArray(List.of("COUNT(*)",
                "COUNT(" + TEXT_BACK_SENT + ")",
                d.countWhere(REPLIED),
                d.countWhere(QUALIFIED),
                d.countWhere(OFFERED),
                d.countWhere("t.stage = 'LOST'"),
                d.countWhere("t.stage = 'OPTED_OUT'"),
                d.joined(d.greatestOrNull("0", TEXT_BACK_SENT + " - c.ended_at"))));
        return weeksCte(d) + """
                SELECT w.i, (SELECT %s
                             FROM calls c LEFT JOIN threads t ON %s
                             WHERE c.ended_at >= w.s AND c.ended_at < w.e AND %s)
                FROM w
                """.formatted(figures, OPENED, CUSTOMER_CALL);
    }

    /** [missed, texted, replied, qualified, offered, lost, opted out, "delay,delay,..." or null]; SUMs of no rows are null. */
    private static CallWeek callWeek(String json) {
        JsonNode a = array(json);
        return new CallWeek(new Conversations(a.get(0).asInt(), a.get(1).asInt(), a.get(2).asInt(), a.get(3).asInt(),
                a.get(4).asInt(), a.get(5).asInt(), a.get(6).asInt()), speed(a.get(7).isNull() ? null : a.get(7).asText()));
    }

    private static JsonNode array(String json) {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not read a week's figures: " + e.getMessage(), e);
        }
    }

    /**
     * Nearest rank, as the status bar's median: the k-th smallest of n with k = ceil(p * n), i.e. k = (n + 1) / 2 for
     * the median and (9n + 9) / 10 for the p90 (integer division), as the window-function statement had it.
     */
    static TextSpeed speed(String delays) {
        if (delays == null || delays.isEmpty()) {
            return TextSpeed.NONE;
        }
        long[] ms = numbers(delays);
        Arrays.sort(ms);
        int n = ms.length;
        return new TextSpeed(n, ms[(n + 1) / 2 - 1], ms[(9 * n + 9) / 10 - 1]);
    }

    /**
     * "4885,4228,..." read in place: a year's 67,000 delays split into as many strings first cost about as much as
     * sorting them, and as much again in garbage.
     */
    private static long[] numbers(String joined) {
        int n = 1;
        for (int i = 0; i < joined.length(); i++) {
            if (joined.charAt(i) == ',') {
                n++;
            }
        }
        long[] numbers = new long[n];
        int k = 0;
        int start = 0;
        for (int i = 0; i <= joined.length(); i++) {
            if (i == joined.length() || joined.charAt(i) == ',') {
                numbers[k++] = Long.parseLong(joined, start, i, 10);
                start = i + 1;
            }
        }
        return numbers;
    }

    private List<JobWeek> jobWeeks(List<Instant> bounds) {
        return perWeek(bounds, jobWeeksSql, JobWeek.NONE, r -> {
            JsonNode a = array(r.getString(2));
            return new JobWeek(new Bookings(a.get(0).asInt(), a.get(1).asLong()), a.get(2).asInt());
        });
    }

    /**
     * A subquery per week, as the calls: a GROUP BY made SQLite sort every job by its week first. Each job comes from
     * appointments_by_booked_at alone (it holds what is read of a job, V12), its thread by key, and whether the thread
     * began with a missed call from calls_by_thread alone (it holds when each call was detected).
     */
    private static String jobWeeksSql(Dialect d) {
        // after_follow_up is set as the appointment is written (V8's trigger): a follow-up was sent before the booking.
        return weeksCte(d) + """
                SELECT w.i, (SELECT %s
                             FROM appointments a JOIN threads t ON t.id = a.thread_id
                             WHERE a.booked_at >= w.s AND a.booked_at < w.e AND a.status = 'BOOKED' AND %s)
                FROM w
                """.formatted(d.jsonArray(List.of("COUNT(*)", "SUM(a.value_cents)", "SUM(a.after_follow_up)")), LEAD);
    }

    @Override
    public Weekly weekly(List<Instant> bounds) {
        List<CallWeek> calls = callWeeks(bounds);
        List<JobWeek> jobs = jobWeeks(bounds);
        return new Weekly(calls.stream().map(CallWeek::conversations).toList(), jobs.stream().map(JobWeek::bookings).toList(),
                calls.stream().map(CallWeek::speed).toList(), Optional.of(jobs.stream().map(JobWeek::afterFollowUp).toList()));
    }

    @Override
    public List<Conversations> conversations(List<Instant> bounds) {
        return callWeeks(bounds).stream().map(CallWeek::conversations).toList();
    }

    @Override
    public List<Bookings> bookings(List<Instant> bounds) {
        return jobWeeks(bounds).stream().map(JobWeek::bookings).toList();
    }

    @Override
    public List<TextSpeed> textSpeed(List<Instant> bounds) {
        return callWeeks(bounds).stream().map(CallWeek::speed).toList();
    }

    @Override
    public Optional<List<Integer>> bookedAfterFollowUp(List<Instant> bounds) {
        return Optional.of(jobWeeks(bounds).stream().map(JobWeek::afterFollowUp).toList());
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
    public List<Behind> behind(Step step, Instant from, Instant to, int limit) {
        String query = switch (step) {
            case MISSED -> """
                    SELECT c.thread_id, ct.name, c.caller, c.ended_at, NULL FROM calls c LEFT JOIN contacts ct ON ct.id = c.contact_id
                    WHERE c.ended_at >= ? AND c.ended_at < ? AND %s ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                    """.formatted(CUSTOMER_CALL);
            case TEXTED -> textedSql;
            case REPLIED -> leads(REPLIED);
            case QUALIFIED -> leads(QUALIFIED);
            case OFFERED -> leads(OFFERED);
            case LOST -> leads("t.stage = 'LOST'");
            case BOOKED -> jobs("true");
            case AFTER_FOLLOW_UP -> jobs("a.after_follow_up = 1");
        };
        return sql.query(query, s -> {
            s.setLong(1, from.toEpochMilli());
            s.setLong(2, to.toEpochMilli());
            s.setInt(3, limit);
        }, SqliteRevenue::behind);
    }

    private static String textedSql(Dialect d) {
        return """
                SELECT c.thread_id, ct.name, c.caller, c.ended_at, %s
                FROM calls c LEFT JOIN contacts ct ON ct.id = c.contact_id
                WHERE c.ended_at >= ? AND c.ended_at < ? AND %s AND %s IS NOT NULL
                ORDER BY c.ended_at DESC, c.id DESC LIMIT ?
                """.formatted(d.greatest("0", TEXT_BACK_SENT + " - c.ended_at"), CUSTOMER_CALL, TEXT_BACK_SENT);
    }

    /** Jobs booked in the range and still booked, from leads, that meet {@code condition}. */
    private static String jobs(String condition) {
        return """
                SELECT t.id, ct.name, ct.phone, a.booked_at, a.value_cents
                FROM appointments a JOIN threads t ON t.id = a.thread_id JOIN contacts ct ON ct.id = t.contact_id
                WHERE a.booked_at >= ? AND a.booked_at < ? AND a.status = 'BOOKED' AND %s AND %s
                ORDER BY a.booked_at DESC, a.id DESC LIMIT ?
                """.formatted(LEAD, condition);
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
