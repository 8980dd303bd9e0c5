package com.ringbook.store.sqlite;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.TimeSlot;
import com.ringbook.store.AppointmentRepository;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The appointments table: the crews' calendar, and each booking's customer, place, job and value. */
final class SqliteAppointments implements AppointmentRepository.Writable {
    /**
     * No job is longer than a day (the slot finder refuses one that outgrows every working span), so a
     * booking overlapping a range starts at most this long before it: the bound keeps the look-up on
     * the start-time index.
     */
    private static final Duration LONGEST_JOB = Duration.ofDays(2);
    private static final String COLUMNS = """
            a.id, a.thread_id, a.crew, a.start_at, a.end_at, a.arrival_from, a.arrival_to, c.name, c.phone, a.address,
            a.job_type, a.value_cents, a.booked_at, a.status, a.cancelled_at, a.cancel_reason
            FROM appointments a JOIN threads t ON t.id = a.thread_id JOIN contacts c ON c.id = t.contact_id
            """;

    private final Sql sql;

    SqliteAppointments(Sql sql) {
        this.sql = sql;
    }

    private static Appointment appointment(ResultSet r) throws SQLException {
        return new Appointment(r.getLong(1), r.getLong(2), Rows.timeSlot(r), r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getLong(12),
                Sql.instant(r, "booked_at"), Appointment.Status.valueOf(r.getString(14)), Sql.instant(r, "cancelled_at"),
                r.getString(16));
    }

    @Override
    public List<Appointment> startingBetween(Instant from, Instant to) {
        return sql.query("SELECT " + COLUMNS + " WHERE a.start_at >= ? AND a.start_at < ? ORDER BY a.start_at, a.id", s -> {
            s.setLong(1, from.toEpochMilli());
            s.setLong(2, to.toEpochMilli());
        }, SqliteAppointments::appointment);
    }

    @Override
    public List<TimeSlot> bookedOverlapping(Instant from, Instant to) {
        return sql.query("""
                SELECT crew, start_at, end_at, arrival_from, arrival_to FROM appointments
                WHERE status = 'BOOKED' AND start_at >= ? AND start_at < ? AND end_at > ?
                ORDER BY start_at, id
                """, s -> {
            s.setLong(1, from.minus(LONGEST_JOB).toEpochMilli());
            s.setLong(2, to.toEpochMilli());
            s.setLong(3, from.toEpochMilli());
        }, Rows::timeSlot);
    }

    @Override
    public Optional<Appointment> byId(long id) {
        return sql.queryOne("SELECT " + COLUMNS + " WHERE a.id = ?", s -> s.setLong(1, id), SqliteAppointments::appointment);
    }

    @Override
    public Optional<Appointment> bookedFor(long threadId) {
        return sql.queryOne("SELECT " + COLUMNS + " WHERE a.thread_id = ? AND a.status = 'BOOKED' ORDER BY a.id DESC LIMIT 1",
                s -> s.setLong(1, threadId), SqliteAppointments::appointment);
    }

    @Override
    public long book(long threadId, TimeSlot slot, String address, String jobType, long valueCents, Instant now) {
        return sql.insert("""
                INSERT INTO appointments (thread_id, crew, start_at, end_at, arrival_from, arrival_to, address, job_type,
                                          value_cents, booked_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'BOOKED')
                """, s -> {
            s.setLong(1, threadId);
            Rows.bindTimeSlot(s, 2, slot);
            s.setString(7, address);
            s.setString(8, jobType);
            s.setLong(9, valueCents);
            s.setLong(10, now.toEpochMilli());
        });
    }

    @Override
    public boolean cancel(long id, String reason, Instant now) {
        return sql.update("UPDATE appointments SET status = 'CANCELLED', cancelled_at = ?, cancel_reason = ? "
                + "WHERE id = ? AND status = 'BOOKED'", s -> {
            s.setLong(1, now.toEpochMilli());
            s.setString(2, reason);
            s.setLong(3, id);
        }) > 0;
    }

    @Override
    public boolean reschedule(long id, TimeSlot slot) {
        return sql.update("UPDATE appointments SET crew = ?, start_at = ?, end_at = ?, arrival_from = ?, arrival_to = ? "
                + "WHERE id = ? AND status = 'BOOKED'", s -> {
            Rows.bindTimeSlot(s, 1, slot);
            s.setLong(6, id);
        }) > 0;
    }

    @Override
    public boolean setValue(long id, long valueCents) {
        return sql.update("UPDATE appointments SET value_cents = ? WHERE id = ? AND status = 'BOOKED'", s -> {
            s.setLong(1, valueCents);
            s.setLong(2, id);
        }) > 0;
    }
}
