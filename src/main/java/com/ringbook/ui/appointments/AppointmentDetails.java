package com.ringbook.ui.appointments;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.Money;
import com.ringbook.domain.PhoneFormat;
import java.time.ZoneId;

/**
 * The selected appointment as its side panel reads it: every field already worded, and whether it can
 * still be cancelled.
 *
 * @param when     "Tue Nov 24, 8-10 AM": the day and the window the customer expects the crew in
 * @param crewTime "8:00 AM-9:30 AM, crew 1": the time the crew is booked for
 * @param status   "Booked", or "Cancelled Tue Nov 24, 9:12 AM: Fixed it themselves"
 */
public record AppointmentDetails(long appointmentId, long threadId, String customer, String phone, String address,
                                 String jobType, String value, String when, String crewTime, String bookedAt,
                                 String status, boolean cancellable) {

    static AppointmentDetails of(Appointment a, ZoneId zone) {
        String customer = a.customerName() == null || a.customerName().isBlank() ? PhoneFormat.pretty(a.phone())
                : a.customerName().strip();
        String crewTime = CalendarText.window(a.slot().start(), a.slot().end(), zone) + ", crew " + a.slot().crew();
        String status;
        if (a.booked()) {
            status = "Booked";
        } else {
            String reason = a.cancelReason() == null || a.cancelReason().isBlank() ? "" : ": " + a.cancelReason().strip();
            status = "Cancelled" + (a.cancelledAt() == null ? "" : " " + CalendarText.stamp(a.cancelledAt(), zone)) + reason;
        }
        return new AppointmentDetails(a.id(), a.threadId(), customer, PhoneFormat.pretty(a.phone()),
                a.address() == null ? "" : a.address(), a.jobType(), Money.shown(a.valueCents()),
                CalendarText.dayAndWindow(a.slot().arrivalFrom(), a.slot().arrivalTo(), zone), crewTime,
                a.bookedAt() == null ? "" : CalendarText.stamp(a.bookedAt(), zone), status, a.booked());
    }
}
