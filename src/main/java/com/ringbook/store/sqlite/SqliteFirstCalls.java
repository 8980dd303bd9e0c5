package com.ringbook.store.sqlite;

import static com.ringbook.store.sqlite.Sql.json;

import static com.ringbook.store.jdbc.Dialect.Type.BIGINT;
import static com.ringbook.store.jdbc.Dialect.Type.INT;
import static com.ringbook.store.jdbc.Dialect.Type.TEXT;

import com.ringbook.store.FirstCallWriter;
import com.ringbook.store.jdbc.Dialect;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a burst's first-time callers in one statement per table: their contacts, threads, calls,
 * text-backs and outbox rows.
 */
final class SqliteFirstCalls implements FirstCallWriter {
    private final Sql sql;
    private final String keyPrefix;

    /** @param keyPrefix makes outbox idempotency keys unique beyond this database's row ids */
    SqliteFirstCalls(Sql sql, String keyPrefix) {
        this.sql = sql;
        this.keyPrefix = keyPrefix;
    }

    @Override
    public List<Optional<Opened>> open(List<FirstCall> calls, Instant now) {
        long at = now.toEpochMilli();
        Dialect d = sql.dialect();
        // One statement per table for all the calls: rows go in as a JSON array, ids come back keyed
        // by a column of the row (RETURNING promises no order). The calls of a burst share one or two
        // texts, so each text goes in once and rows name it by its place in the list.
        Map<String, Long> contactByPhone = new HashMap<>();
        sql.query("""
                INSERT INTO contacts (phone, created_at, last_text_back_at)
                SELECT value, ?1, ?1 FROM %s WHERE true
                ON CONFLICT (phone) DO NOTHING RETURNING id, phone
                """.formatted(d.jsonValues("?2")), s -> {
                    s.setLong(1, at);
                    s.setString(2, json(calls.stream().map(FirstCall::e164).toList()));
                }, r -> contactByPhone.put(r.getString(2), r.getLong(1)));
        List<FirstCall> opening = calls.stream().filter(c -> contactByPhone.containsKey(c.e164())).toList();
        if (opening.isEmpty()) {
            return calls.stream().map(c -> Optional.<Opened>empty()).toList();
        }
        List<String> texts = opening.stream().map(FirstCall::textBack).distinct().toList();
        Map<String, Integer> textNumber = new HashMap<>();
        texts.forEach(t -> textNumber.put(t, textNumber.size()));
        String textsJson = json(texts);
        Map<Long, Long> threadByContact = new HashMap<>();
        sql.query("""
                INSERT INTO threads (contact_id, stage, opened_at, last_activity_at, preview)
                SELECT %s, 'NEW', ?1, ?1, %s FROM %s RETURNING id, contact_id
                """.formatted(d.element("value", "0", BIGINT), text(d, "?3", "1"), d.jsonRows("?2")), s -> {
                    s.setLong(1, at);
                    s.setString(2, json(opening.stream()
                            .map(c -> List.of(contactByPhone.get(c.e164()), textNumber.get(c.textBack()))).toList()));
                    s.setString(3, json(texts.stream().map(Sql::preview).toList()));
                }, r -> threadByContact.put(r.getLong(2), r.getLong(1)));
        Map<String, Long> threadByPhone = new HashMap<>();
        opening.forEach(c -> threadByPhone.put(c.e164(), threadByContact.get(contactByPhone.get(c.e164()))));
        // Each call opens the thread just made for it (calls.opened_thread, V10: the lead's week for the Revenue screen).
        Map<Long, Long> callByThread = new HashMap<>();
        sql.query("""
                INSERT INTO calls (carrier_sid, caller, contact_id, thread_id, ended_at, detected_at, decision, opened_thread)
                SELECT %s, %s, %s, %s, %s, ?1, %s, 1
                FROM %s RETURNING id, thread_id
                """.formatted(d.element("value", "0", TEXT), d.element("value", "1", TEXT), d.element("value", "2", BIGINT),
                        d.element("value", "3", BIGINT), d.element("value", "4", BIGINT), d.element("value", "5", TEXT),
                        d.jsonRows("?2")), s -> {
                    s.setLong(1, at);
                    s.setString(2, json(opening.stream().map(c -> List.of(c.carrierSid(), c.e164(),
                            contactByPhone.get(c.e164()), threadByPhone.get(c.e164()), c.endedAt().toEpochMilli(),
                            c.decision().name())).toList()));
                }, r -> callByThread.put(r.getLong(2), r.getLong(1)));
        Map<Long, Long> messageByThread = new HashMap<>();
        sql.query("""
                INSERT INTO messages (thread_id, direction, kind, body, status, call_id, created_at)
                SELECT %s, 'OUTBOUND', 'TEXT_BACK', %s, 'PENDING', %s, ?1
                FROM %s RETURNING id, thread_id
                """.formatted(d.element("value", "0", BIGINT), text(d, "?3", "1"), d.element("value", "2", BIGINT),
                        d.jsonRows("?2")), s -> {
                    s.setLong(1, at);
                    s.setString(2, json(opening.stream().map(c -> {
                        long thread = threadByPhone.get(c.e164());
                        return List.of(thread, textNumber.get(c.textBack()), callByThread.get(thread));
                    }).toList()));
                    s.setString(3, textsJson);
                }, r -> messageByThread.put(r.getLong(2), r.getLong(1)));
        Map<Long, Long> outboxByMessage = new HashMap<>();
        sql.query("""
                INSERT INTO outbox (message_id, to_phone, body, state, next_attempt_at, created_at)
                SELECT %s, %s, %s, 'PENDING', ?1, ?1 FROM %s
                RETURNING id, message_id
                """.formatted(d.element("value", "0", BIGINT), d.element("value", "1", TEXT), text(d, "?3", "2"),
                        d.jsonRows("?2")), s -> {
                    s.setLong(1, at);
                    s.setString(2, json(opening.stream().map(c -> List.of(messageByThread.get(threadByPhone.get(c.e164())),
                            c.e164(), textNumber.get(c.textBack()))).toList()));
                    s.setString(3, textsJson);
                }, r -> outboxByMessage.put(r.getLong(2), r.getLong(1)));
        Instant created = Instant.ofEpochMilli(at);
        return calls.stream().map(c -> {
            Long thread = threadByPhone.get(c.e164());
            if (thread == null) {
                return Optional.<Opened>empty();
            }
            long message = messageByThread.get(thread);
            long outbox = outboxByMessage.get(message);
            return Optional.of(new Opened(thread, Rows.queued(keyPrefix, outbox, message, thread, c.e164(), c.textBack(),
                    created)));
        }).toList();
    }

    /** The text of the list at {@code texts} that the row's element {@code place} names by its place in the list. */
    private static String text(Dialect d, String texts, String place) {
        return d.element(d.json(texts), d.element("value", place, INT), TEXT);
    }
}
