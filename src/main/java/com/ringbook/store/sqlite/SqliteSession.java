package com.ringbook.store.sqlite;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ringbook.domain.CallRecord;
import com.ringbook.domain.Contact;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.OutboxState;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.StoreException;
import com.ringbook.store.WriteSession;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;

/** Every SQL statement Ringbook runs; one instance wraps one connection for one unit of work. */
final class SqliteSession implements WriteSession {
    private static final int PREVIEW_LENGTH = 120;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String OPEN_STAGES = "('NEW','QUALIFYING','SLOTS_OFFERED')";
    private static final String SUMMARY_COLUMNS = """
            t.id, t.contact_id, c.phone, c.name, t.stage, t.last_activity_at, t.waiting_since, t.unread,
            t.preview, t.problem
            FROM threads t JOIN contacts c ON c.id = t.contact_id
            """;
    private static final String OUTBOX_COLUMNS = """
            o.id, o.message_id, m.thread_id, o.to_phone, o.body, o.state, o.attempts, o.created_at
            FROM outbox o JOIN messages m ON m.id = o.message_id
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final StatementCache statements;
    private final Clock clock;
    private final String keyPrefix;

    /** @param keyPrefix makes outbox idempotency keys unique beyond this database's row ids */
    SqliteSession(StatementCache statements, Clock clock, String keyPrefix) {
        this.statements = statements;
        this.clock = clock;
        this.keyPrefix = keyPrefix;
    }

    /** Tests in this package reach the connection through this, e.g. to cap the file as a full disk would. */
    java.sql.Connection connection() {
        return statements.connection();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try {
            PreparedStatement statement = statements.prepare(sql);
            binder.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        } catch (SQLException e) {
            statements.discard(sql);
            throw new StoreException("Database query failed: " + e.getMessage(), e);
        }
    }

    /** The first row's value; empty when there is no row or the value is SQL NULL. */
    private <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        List<T> rows = query(sql, binder, mapper);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.get(0));
    }

    private int update(String sql, Binder binder) {
        try {
            PreparedStatement statement = statements.prepare(sql);
            binder.bind(statement);
            return statement.executeUpdate();
        } catch (SQLException e) {
            statements.discard(sql);
            throw new StoreException("Database update failed: " + e.getMessage(), e);
        }
    }

    /** Runs an INSERT and returns the new row's id, or -1 when ON CONFLICT DO NOTHING skipped it. */
    private long insert(String sql, Binder binder) {
        return queryOne(sql + " RETURNING id", binder, r -> r.getLong(1)).orElse(-1L);
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static void setNullableLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.INTEGER);
        } else {
            s.setLong(index, value);
        }
    }

    private static String preview(String body) {
        String flat = WHITESPACE.matcher(body).replaceAll(" ").strip();
        return flat.length() <= PREVIEW_LENGTH ? flat : flat.substring(0, PREVIEW_LENGTH - 1) + "…";
    }

    // ---- reads ---------------------------------------------------------------------------------

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        query("SELECT key, value FROM settings", s -> { }, r -> settings.put(r.getString(1), r.getString(2)));
        return settings;
    }

    @Override
    public Optional<String> carrierState(String key) {
        return queryOne("SELECT value FROM carrier_state WHERE key = ?", s -> s.setString(1, key), r -> r.getString(1));
    }

    private static Contact contact(ResultSet r) throws SQLException {
        return new Contact(r.getLong("id"), r.getString("phone"), r.getString("name"), r.getString("address"),
                r.getInt("opted_out") != 0, instant(r, "last_text_back_at"));
    }

    @Override
    public Optional<Contact> contactByPhone(String e164) {
        return queryOne("SELECT * FROM contacts WHERE phone = ?", s -> s.setString(1, e164), SqliteSession::contact);
    }

    @Override
    public Optional<Contact> contact(long id) {
        return queryOne("SELECT * FROM contacts WHERE id = ?", s -> s.setLong(1, id), SqliteSession::contact);
    }

    private static ThreadSummary summary(ResultSet r) throws SQLException {
        return new ThreadSummary(r.getLong(1), r.getLong(2), r.getString(3), r.getString(4), Stage.valueOf(r.getString(5)),
                instant(r, "last_activity_at"), instant(r, "waiting_since"), r.getInt(8), r.getString(9), r.getString(10));
    }

    @Override
    public Optional<ThreadSummary> openThreadOf(long contactId) {
        return queryOne("SELECT " + SUMMARY_COLUMNS + " WHERE t.contact_id = ? AND t.stage IN " + OPEN_STAGES
                + " ORDER BY t.id DESC LIMIT 1", s -> s.setLong(1, contactId), SqliteSession::summary);
    }

    @Override
    public Optional<ThreadSummary> latestThreadOf(long contactId) {
        return queryOne("SELECT " + SUMMARY_COLUMNS + " WHERE t.contact_id = ? ORDER BY t.id DESC LIMIT 1",
                s -> s.setLong(1, contactId), SqliteSession::summary);
    }

    @Override
    public Optional<ThreadSummary> threadSummary(long threadId) {
        return queryOne("SELECT " + SUMMARY_COLUMNS + " WHERE t.id = ?", s -> s.setLong(1, threadId), SqliteSession::summary);
    }

    @Override
    public List<ThreadSummary> inbox(InboxQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + SUMMARY_COLUMNS + " WHERE 1=1");
        switch (q.filter()) {
            case WAITING -> sql.append(" AND t.waiting_since IS NOT NULL AND t.stage IN ").append(OPEN_STAGES);
            case OPEN -> sql.append(" AND t.stage IN ").append(OPEN_STAGES);
            case ALL -> { }
        }
        boolean searching = !q.search().isBlank();
        if (searching) {
            sql.append(" AND (c.name LIKE ? ESCAPE '\\' OR c.phone LIKE ? ESCAPE '\\' OR t.preview LIKE ? ESCAPE '\\')");
        }
        sql.append(" ORDER BY t.last_activity_at DESC, t.id DESC LIMIT ? OFFSET ?");
        return query(sql.toString(), s -> {
            int i = 1;
            if (searching) {
                String like = "%" + q.search().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
                s.setString(i++, like);
                s.setString(i++, like.replace(" ", "").replace("(", "").replace(")", "").replace("-", ""));
                s.setString(i++, like);
            }
            s.setInt(i++, q.limit());
            s.setInt(i, q.offset());
        }, SqliteSession::summary);
    }

    @Override
    public Optional<ThreadDetail> thread(long threadId) {
        return threadSummary(threadId).map(summary -> new ThreadDetail(summary,
                query("SELECT id, thread_id, caller, ended_at, decision FROM calls WHERE thread_id = ? ORDER BY ended_at, id",
                        s -> s.setLong(1, threadId),
                        r -> new CallRecord(r.getLong(1), r.getLong(2), r.getString(3), instant(r, "ended_at"),
                                TextBackDecision.valueOf(r.getString(5)))),
                query("SELECT * FROM messages WHERE thread_id = ? ORDER BY id", s -> s.setLong(1, threadId),
                        r -> new Message(r.getLong("id"), r.getLong("thread_id"), Direction.valueOf(r.getString("direction")),
                                MessageKind.valueOf(r.getString("kind")), r.getString("body"),
                                DeliveryStatus.valueOf(r.getString("status")), r.getString("carrier_sid"),
                                r.getString("error_text"), instant(r, "created_at"), instant(r, "sent_at")))));
    }

    private String idempotencyKey(long outboxId) {
        return keyPrefix + outboxId;
    }

    private OutboxItem outboxItem(ResultSet r) throws SQLException {
        long id = r.getLong(1);
        return new OutboxItem(id, r.getLong(2), r.getLong(3), idempotencyKey(id), r.getString(4), r.getString(5),
                OutboxState.valueOf(r.getString(6)), r.getInt(7), instant(r, "created_at"));
    }

    @Override
    public List<OutboxItem> dueOutbox(Instant now, int limit) {
        return query("SELECT " + OUTBOX_COLUMNS + " WHERE o.state = 'PENDING' AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?",
                s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setInt(2, limit);
                }, this::outboxItem);
    }

    @Override
    public List<OutboxItem> unknownOutbox(Instant now, int limit) {
        return query("SELECT " + OUTBOX_COLUMNS + " WHERE o.state = 'UNKNOWN' AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?",
                s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setInt(2, limit);
                }, this::outboxItem);
    }

    @Override
    public boolean callRecorded(String carrierSid) {
        return queryOne("SELECT 1 FROM calls WHERE carrier_sid = ?", s -> s.setString(1, carrierSid), r -> true).isPresent();
    }

    @Override
    public Set<String> recordedCalls(Collection<String> carrierSids) {
        return new HashSet<>(query("SELECT carrier_sid FROM calls WHERE carrier_sid IN (SELECT value FROM json_each(?))",
                s -> s.setString(1, json(carrierSids)), r -> r.getString(1)));
    }

    @Override
    public boolean messageRecorded(String carrierSid) {
        return queryOne("SELECT 1 FROM messages WHERE carrier_sid = ?", s -> s.setString(1, carrierSid), r -> true).isPresent();
    }

    @Override
    public Optional<Instant> nextOutboxAttempt(Instant now) {
        return queryOne("SELECT MIN(next_attempt_at) AS next FROM outbox WHERE state IN ('PENDING','UNKNOWN') "
                + "AND next_attempt_at > ?", s -> s.setLong(1, now.toEpochMilli()), r -> instant(r, "next"));
    }

    @Override
    public Sendability sendability(long outboxId, Instant now) {
        // Carriers require an answer to HELP even from an opted-out number; nothing else goes to one.
        return queryOne("""
                SELECT o.state = 'PENDING', o.next_attempt_at <= ?,
                       m.kind <> 'HELP_REPLY' AND EXISTS (SELECT 1 FROM contacts c WHERE c.phone = o.to_phone AND c.opted_out = 1)
                FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = ?
                """, s -> {
                    s.setLong(1, now.toEpochMilli());
                    s.setLong(2, outboxId);
                },
                r -> !r.getBoolean(1) ? Sendability.ALREADY_SETTLED
                        : !r.getBoolean(2) ? Sendability.NOT_DUE
                        : r.getBoolean(3) ? Sendability.OPTED_OUT
                        : Sendability.SEND)
                .orElse(Sendability.ALREADY_SETTLED);
    }

    @Override
    public int outboxBacklog() {
        return queryOne("SELECT COUNT(*) FROM outbox WHERE state IN ('PENDING','UNKNOWN')", s -> { }, r -> r.getInt(1)).orElse(0);
    }

    @Override
    public List<Duration> textBackDelays(Instant since) {
        return query("""
                SELECT m.sent_at - c.ended_at FROM messages m JOIN calls c ON c.id = m.call_id
                WHERE m.kind = 'TEXT_BACK' AND m.sent_at >= ? AND c.ended_at >= ?
                """, s -> {
            // A text-back for a call since then was sent since then too: that bound keeps to the index.
            s.setLong(1, since.toEpochMilli());
            s.setLong(2, since.toEpochMilli());
        }, r -> Duration.ofMillis(Math.max(0, r.getLong(1))));
    }

    @Override
    public Optional<String> latestSendFailure(Instant since) {
        return queryOne("""
                SELECT error_text FROM messages
                WHERE direction = 'OUTBOUND' AND status IN ('FAILED', 'UNDELIVERED') AND error_text IS NOT NULL
                  AND created_at >= ?
                ORDER BY id DESC LIMIT 1
                """, s -> s.setLong(1, since.toEpochMilli()), r -> r.getString(1));
    }

    @Override
    public Set<String> carrierSidsTo(String e164, Instant since) {
        return new HashSet<>(query("""
                SELECT m.carrier_sid FROM contacts c
                JOIN threads t ON t.contact_id = c.id
                JOIN messages m ON m.thread_id = t.id
                WHERE c.phone = ? AND m.direction = 'OUTBOUND' AND m.carrier_sid IS NOT NULL AND m.created_at >= ?
                """, s -> {
            s.setString(1, e164);
            s.setLong(2, since.toEpochMilli());
        }, r -> r.getString(1)));
    }

    @Override
    public int waitingCount() {
        return queryOne("SELECT COUNT(*) FROM threads WHERE waiting_since IS NOT NULL AND stage IN " + OPEN_STAGES,
                s -> { }, r -> r.getInt(1)).orElse(0);
    }

    @Override
    public Optional<Long> threadOfMessageSid(String carrierSid) {
        return queryOne("SELECT thread_id FROM messages WHERE carrier_sid = ?", s -> s.setString(1, carrierSid), r -> r.getLong(1));
    }

    // ---- writes --------------------------------------------------------------------------------

    @Override
    public void putSettings(Map<String, String> values) {
        values.forEach((key, value) -> update(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                s -> {
                    s.setString(1, key);
                    s.setString(2, value);
                }));
    }

    @Override
    public void putCarrierState(String key, String value) {
        update("INSERT INTO carrier_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                s -> {
                    s.setString(1, key);
                    s.setString(2, value);
                });
    }

    @Override
    public Contact upsertContact(String e164, Instant now) {
        // The no-op update makes RETURNING give back the existing row too, in one statement.
        return queryOne("INSERT INTO contacts (phone, created_at) VALUES (?, ?) "
                + "ON CONFLICT (phone) DO UPDATE SET phone = excluded.phone RETURNING *", s -> {
                    s.setString(1, e164);
                    s.setLong(2, now.toEpochMilli());
                }, SqliteSession::contact).orElseThrow();
    }

    @Override
    public void setContactName(long contactId, String name) {
        update("UPDATE contacts SET name = ? WHERE id = ?", s -> {
            s.setString(1, name == null || name.isBlank() ? null : name.strip());
            s.setLong(2, contactId);
        });
    }

    @Override
    public void setOptedOut(long contactId, boolean optedOut, Instant now) {
        update("UPDATE contacts SET opted_out = ?, opted_out_at = ? WHERE id = ?", s -> {
            s.setInt(1, optedOut ? 1 : 0);
            setNullableLong(s, 2, optedOut ? now.toEpochMilli() : null);
            s.setLong(3, contactId);
        });
    }

    @Override
    public void setLastTextBack(long contactId, Instant at) {
        update("UPDATE contacts SET last_text_back_at = ? WHERE id = ?", s -> {
            s.setLong(1, at.toEpochMilli());
            s.setLong(2, contactId);
        });
    }

    @Override
    public OptionalLong insertCall(String carrierSid, String caller, Long contactId, Long threadId, Instant endedAt,
                                   Instant detectedAt, TextBackDecision decision) {
        long id = insert("""
                INSERT INTO calls (carrier_sid, caller, contact_id, thread_id, ended_at, detected_at, decision)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (carrier_sid) DO NOTHING
                """, s -> {
            s.setString(1, carrierSid);
            s.setString(2, caller);
            setNullableLong(s, 3, contactId);
            setNullableLong(s, 4, threadId);
            s.setLong(5, endedAt.toEpochMilli());
            s.setLong(6, detectedAt.toEpochMilli());
            s.setString(7, decision.name());
        });
        return id < 0 ? OptionalLong.empty() : OptionalLong.of(id);
    }

    @Override
    public long createThread(long contactId, Instant now) {
        return insert("INSERT INTO threads (contact_id, stage, opened_at, last_activity_at) VALUES (?, 'NEW', ?, ?)",
                s -> {
                    s.setLong(1, contactId);
                    s.setLong(2, now.toEpochMilli());
                    s.setLong(3, now.toEpochMilli());
                });
    }

    @Override
    public void touchThread(long threadId, String preview, Instant at) {
        update("UPDATE threads SET last_activity_at = MAX(last_activity_at, ?), preview = ? WHERE id = ?", s -> {
            s.setLong(1, at.toEpochMilli());
            s.setString(2, preview(preview));
            s.setLong(3, threadId);
        });
    }

    @Override
    public OptionalLong insertInbound(long threadId, String carrierSid, String body, Instant receivedAt,
                                      boolean awaitsReply) {
        long id = insert("""
                INSERT INTO messages (thread_id, direction, kind, body, status, carrier_sid, created_at)
                VALUES (?, 'INBOUND', 'CUSTOMER', ?, 'RECEIVED', ?, ?)
                ON CONFLICT (carrier_sid) WHERE carrier_sid IS NOT NULL DO NOTHING
                """, s -> {
            s.setLong(1, threadId);
            s.setString(2, body);
            s.setString(3, carrierSid);
            s.setLong(4, receivedAt.toEpochMilli());
        });
        if (id < 0) {
            return OptionalLong.empty();
        }
        update("""
                UPDATE threads SET last_activity_at = MAX(last_activity_at, ?), preview = ?, unread = unread + 1,
                waiting_since = CASE WHEN ? THEN COALESCE(waiting_since, ?) ELSE waiting_since END WHERE id = ?
                """, s -> {
            s.setLong(1, receivedAt.toEpochMilli());
            s.setString(2, preview(body));
            s.setBoolean(3, awaitsReply);
            s.setLong(4, receivedAt.toEpochMilli());
            s.setLong(5, threadId);
        });
        return OptionalLong.of(id);
    }

    @Override
    public OutboxItem queueOutbound(long threadId, MessageKind kind, String to, String body, Long callId, Instant now) {
        OutboxItem queued = insertOutbound(threadId, kind, to, body, callId, now);
        // A staff reply answers the customer: the thread no longer waits. An automatic text does not.
        String waiting = kind == MessageKind.STAFF_REPLY ? "NULL" : "waiting_since";
        update("UPDATE threads SET last_activity_at = MAX(last_activity_at, ?), preview = ?, waiting_since = " + waiting
                + " WHERE id = ?", s -> {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, preview(body));
            s.setLong(3, threadId);
        });
        return queued;
    }

    private OutboxItem insertOutbound(long threadId, MessageKind kind, String to, String body, Long callId, Instant now) {
        long messageId = insert("""
                INSERT INTO messages (thread_id, direction, kind, body, status, call_id, created_at)
                VALUES (?, 'OUTBOUND', ?, ?, 'PENDING', ?, ?)
                """, s -> {
            s.setLong(1, threadId);
            s.setString(2, kind.name());
            s.setString(3, body);
            setNullableLong(s, 4, callId);
            s.setLong(5, now.toEpochMilli());
        });
        long outboxId = insert("""
                INSERT INTO outbox (message_id, to_phone, body, state, next_attempt_at, created_at)
                VALUES (?, ?, ?, 'PENDING', ?, ?)
                """, s -> {
            s.setLong(1, messageId);
            s.setString(2, to);
            s.setString(3, body);
            s.setLong(4, now.toEpochMilli());
            s.setLong(5, now.toEpochMilli());
        });
        // As dueOutbox() would read it back: times are stored to the millisecond.
        return new OutboxItem(outboxId, messageId, threadId, idempotencyKey(outboxId), to, body, OutboxState.PENDING, 0,
                Instant.ofEpochMilli(now.toEpochMilli()));
    }

    @Override
    public List<Optional<Opened>> openFirstCalls(List<FirstCall> calls, Instant now) {
        long at = now.toEpochMilli();
        // One statement per table for all the calls: rows go in as a JSON array, ids come back keyed
        // by a column of the row (RETURNING promises no order). The calls of a burst share one or two
        // texts, so each text goes in once and rows name it by its place in the list.
        Map<String, Long> contactByPhone = new HashMap<>();
        query("""
                INSERT INTO contacts (phone, created_at, last_text_back_at)
                SELECT value, ?1, ?1 FROM json_each(?2) WHERE true
                ON CONFLICT (phone) DO NOTHING RETURNING id, phone
                """, s -> {
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
        query("""
                INSERT INTO threads (contact_id, stage, opened_at, last_activity_at, preview)
                SELECT value ->> 0, 'NEW', ?1, ?1, ?3 ->> (value ->> 1) FROM json_each(?2) RETURNING id, contact_id
                """, s -> {
                    s.setLong(1, at);
                    s.setString(2, json(opening.stream()
                            .map(c -> List.of(contactByPhone.get(c.e164()), textNumber.get(c.textBack()))).toList()));
                    s.setString(3, json(texts.stream().map(SqliteSession::preview).toList()));
                }, r -> threadByContact.put(r.getLong(2), r.getLong(1)));
        Map<String, Long> threadByPhone = new HashMap<>();
        opening.forEach(c -> threadByPhone.put(c.e164(), threadByContact.get(contactByPhone.get(c.e164()))));
        Map<Long, Long> callByThread = new HashMap<>();
        query("""
                INSERT INTO calls (carrier_sid, caller, contact_id, thread_id, ended_at, detected_at, decision)
                SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, ?1, value ->> 5
                FROM json_each(?2) RETURNING id, thread_id
                """, s -> {
                    s.setLong(1, at);
                    s.setString(2, json(opening.stream().map(c -> List.of(c.carrierSid(), c.e164(),
                            contactByPhone.get(c.e164()), threadByPhone.get(c.e164()), c.endedAt().toEpochMilli(),
                            c.decision().name())).toList()));
                }, r -> callByThread.put(r.getLong(2), r.getLong(1)));
        Map<Long, Long> messageByThread = new HashMap<>();
        query("""
                INSERT INTO messages (thread_id, direction, kind, body, status, call_id, created_at)
                SELECT value ->> 0, 'OUTBOUND', 'TEXT_BACK', ?3 ->> (value ->> 1), 'PENDING', value ->> 2, ?1
                FROM json_each(?2) RETURNING id, thread_id
                """, s -> {
                    s.setLong(1, at);
                    s.setString(2, json(opening.stream().map(c -> {
                        long thread = threadByPhone.get(c.e164());
                        return List.of(thread, textNumber.get(c.textBack()), callByThread.get(thread));
                    }).toList()));
                    s.setString(3, textsJson);
                }, r -> messageByThread.put(r.getLong(2), r.getLong(1)));
        Map<Long, Long> outboxByMessage = new HashMap<>();
        query("""
                INSERT INTO outbox (message_id, to_phone, body, state, next_attempt_at, created_at)
                SELECT value ->> 0, value ->> 1, ?3 ->> (value ->> 2), 'PENDING', ?1, ?1 FROM json_each(?2)
                RETURNING id, message_id
                """, s -> {
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
            return Optional.of(new Opened(thread, new OutboxItem(outbox, message, thread, idempotencyKey(outbox), c.e164(),
                    c.textBack(), OutboxState.PENDING, 0, created)));
        }).toList();
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("Could not encode rows for the database: " + e.getMessage(), e);
        }
    }

    @Override
    public void setStage(long threadId, Stage stage, Instant now) {
        update("UPDATE threads SET stage = ?, closed_at = ?, waiting_since = CASE WHEN ? THEN NULL ELSE waiting_since END "
                + "WHERE id = ?", s -> {
            s.setString(1, stage.name());
            setNullableLong(s, 2, stage.isOpen() ? null : now.toEpochMilli());
            s.setBoolean(3, !stage.isOpen());
            s.setLong(4, threadId);
        });
    }

    @Override
    public void markRead(long threadId) {
        update("UPDATE threads SET unread = 0 WHERE id = ? AND unread <> 0", s -> s.setLong(1, threadId));
    }

    @Override
    public int cancelOutboxTo(String e164) {
        update("""
                UPDATE messages SET status = 'CANCELLED', error_text = 'Not sent: the customer opted out'
                WHERE id IN (SELECT message_id FROM outbox WHERE to_phone = ? AND state = 'PENDING')
                """, s -> s.setString(1, e164));
        return update("UPDATE outbox SET state = 'CANCELLED', last_error = 'opted out' WHERE to_phone = ? AND state = 'PENDING'",
                s -> s.setString(1, e164));
    }

    @Override
    public void recordAccepted(long outboxId, String carrierSid, DeliveryStatus status, Instant now) {
        update("UPDATE outbox SET state = 'SENT', attempts = attempts + 1, last_error = NULL WHERE id = ?",
                s -> s.setLong(1, outboxId));
        update("""
                UPDATE messages SET status = ?, carrier_sid = ?, sent_at = ?, error_code = NULL, error_text = NULL
                WHERE id = (SELECT message_id FROM outbox WHERE id = ?)
                """, s -> {
            s.setString(1, status.name());
            s.setString(2, carrierSid);
            s.setLong(3, now.toEpochMilli());
            s.setLong(4, outboxId);
        });
    }

    @Override
    public void recordRetry(long outboxId, String reason, Instant nextAttempt, boolean outcomeUnknown) {
        // Only a row still in play: a retry must never revive one that STOP cancelled meanwhile. Unless
        // the attempt may have reached the carrier: then the STOP came while it was on its way, and
        // only the carrier can say whether it was sent (if not, the reconciliation cancels it again).
        int updated = update("UPDATE outbox SET state = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = ? "
                + "WHERE id = ? AND (state IN ('PENDING', 'UNKNOWN') OR (? AND state = 'CANCELLED'))", s -> {
            s.setString(1, outcomeUnknown ? "UNKNOWN" : "PENDING");
            s.setString(2, reason);
            s.setLong(3, nextAttempt.toEpochMilli());
            s.setLong(4, outboxId);
            s.setBoolean(5, outcomeUnknown);
        });
        if (updated > 0 && outcomeUnknown) {
            update("""
                    UPDATE messages SET status = 'PENDING', error_text = NULL
                    WHERE id = (SELECT message_id FROM outbox WHERE id = ?) AND status = 'CANCELLED'
                    """, s -> s.setLong(1, outboxId));
        }
    }

    @Override
    public void recordRejected(long outboxId, String code, String reason, Instant now) {
        update("UPDATE outbox SET state = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?", s -> {
            s.setString(1, reason);
            s.setLong(2, outboxId);
        });
        update("""
                UPDATE messages SET status = 'FAILED', error_code = ?, error_text = ?
                WHERE id = (SELECT message_id FROM outbox WHERE id = ?)
                """, s -> {
            s.setString(1, code);
            s.setString(2, reason);
            s.setLong(3, outboxId);
        });
        update("""
                UPDATE threads SET problem = ? WHERE id =
                (SELECT m.thread_id FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = ?)
                """, s -> {
            s.setString(1, reason);
            s.setLong(2, outboxId);
        });
    }

    @Override
    public void recordCancelled(long outboxId, String reason) {
        update("UPDATE outbox SET state = 'CANCELLED', last_error = ? WHERE id = ?", s -> {
            s.setString(1, reason);
            s.setLong(2, outboxId);
        });
        update("UPDATE messages SET status = 'CANCELLED', error_text = ? WHERE id = (SELECT message_id FROM outbox WHERE id = ?)",
                s -> {
                    s.setString(1, reason);
                    s.setLong(2, outboxId);
                });
    }

    @Override
    public OptionalLong recordDelivery(String carrierSid, DeliveryStatus status, String errorCode, String errorText) {
        Optional<DeliveryStatus> current = queryOne("SELECT status FROM messages WHERE carrier_sid = ? AND direction = 'OUTBOUND'",
                s -> s.setString(1, carrierSid), r -> DeliveryStatus.valueOf(r.getString(1)));
        if (current.isEmpty() || !status.supersedes(current.get())) {
            return OptionalLong.empty();
        }
        update("UPDATE messages SET status = ?, error_code = COALESCE(?, error_code), error_text = COALESCE(?, error_text) "
                + "WHERE carrier_sid = ?", s -> {
            s.setString(1, status.name());
            s.setString(2, errorCode);
            s.setString(3, errorText);
            s.setString(4, carrierSid);
        });
        long threadId = threadOfMessageSid(carrierSid).orElseThrow();
        if (status.isFinalFailure() && errorText != null) {
            update("UPDATE threads SET problem = ? WHERE id = ?", s -> {
                s.setString(1, errorText);
                s.setLong(2, threadId);
            });
        }
        return OptionalLong.of(threadId);
    }

    @Override
    public int markUnsentAsUnknown() {
        long now = clock.millis();
        return update("UPDATE outbox SET state = 'UNKNOWN', next_attempt_at = MIN(next_attempt_at, ?) WHERE state = 'PENDING'",
                s -> s.setLong(1, now));
    }
}
