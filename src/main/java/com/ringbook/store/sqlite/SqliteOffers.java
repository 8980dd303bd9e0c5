package com.ringbook.store.sqlite;

import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import com.ringbook.store.OfferRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The offers and offer_slots tables: the slots each thread was offered, latest first. */
final class SqliteOffers implements OfferRepository.Writable {
    private final Sql sql;

    SqliteOffers(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Offer> latestOf(long threadId) {
        return sql.queryOne("SELECT id, job_type, created_at FROM offers WHERE thread_id = ? ORDER BY id DESC LIMIT 1",
                s -> s.setLong(1, threadId),
                r -> new Offer(r.getLong(1), threadId, r.getString(2), Sql.instant(r, "created_at"), List.of()))
                .map(offer -> new Offer(offer.id(), threadId, offer.jobType(), offer.createdAt(), slotsOf(offer.id())));
    }

    private List<TimeSlot> slotsOf(long offerId) {
        return sql.query("""
                SELECT crew, start_at, end_at, arrival_from, arrival_to FROM offer_slots
                WHERE offer_id = ? ORDER BY number
                """, s -> s.setLong(1, offerId), Rows::timeSlot);
    }

    @Override
    public Offer save(long threadId, String jobType, List<TimeSlot> slots, Instant now) {
        long id = sql.insert("INSERT INTO offers (thread_id, job_type, created_at) VALUES (?, ?, ?)", s -> {
            s.setLong(1, threadId);
            s.setString(2, jobType);
            s.setLong(3, now.toEpochMilli());
        });
        // The thread's first offer is a fact the Revenue screen counts (V10).
        sql.update("UPDATE threads SET offered_at = " + sql.dialect().least("COALESCE(offered_at, ?1)", "?1") + " WHERE id = ?2", s -> {
            s.setLong(1, now.toEpochMilli());
            s.setLong(2, threadId);
        });
        List<TimeSlot> saved = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            TimeSlot slot = slots.get(i);
            int number = i + 1;
            sql.update("""
                    INSERT INTO offer_slots (offer_id, number, crew, start_at, end_at, arrival_from, arrival_to)
                    VALUES (?, ?, ?, ?, ?, ?, ?)
                    """, s -> {
                s.setLong(1, id);
                s.setInt(2, number);
                Rows.bindTimeSlot(s, 3, slot);
            });
            saved.add(Rows.millis(slot));
        }
        return new Offer(id, threadId, jobType, Instant.ofEpochMilli(now.toEpochMilli()), saved);
    }
}
