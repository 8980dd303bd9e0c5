package com.ringbook.booking;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;

/** Appointments for the writers' tests, built as the store would hand them back. */
final class Sample {
    static final Instant BOOKED_AT = Instant.parse("2026-11-24T15:00:00Z");

    private Sample() {
    }

    /** A booked job: the crew's time from {@code start} for {@code hours}, a two-hour arrival window from its start. */
    static Appointment booked(long id, Instant start, int hours, String name, String address, String jobType, long cents) {
        TimeSlot slot = new TimeSlot(1, start, start.plus(Duration.ofHours(hours)), start, start.plus(Duration.ofHours(2)));
        return new Appointment(id, 100 + id, slot, name, "+12065550100", address, jobType, cents, BOOKED_AT,
                Appointment.Status.BOOKED, null, null);
    }

    static Appointment cancelled(Appointment a) {
        return new Appointment(a.id(), a.threadId(), a.slot(), a.customerName(), a.phone(), a.address(), a.jobType(),
                a.valueCents(), a.bookedAt(), Appointment.Status.CANCELLED, BOOKED_AT.plusSeconds(3600), "Fixed it");
    }
}
