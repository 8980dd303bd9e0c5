package com.ringbook.demo;

import static com.ringbook.demo.DemoEngineWait.join;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.SlotTaken;
import com.ringbook.demo.DemoBusiness.Fate;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.BusinessHours;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * The later changes to a booked job: which jobs are cancelled or moved, and how that goes, the customer
 * phoning the office to cancel or move, or the shop cancelling and booking the customer again.
 */
final class DemoChanges {
    private final DemoConversation script;
    private final BookingService booking;
    private final SteppingClock clock;
    private final Random random;
    private final DemoEngineWait wait;
    private final DemoAgenda agenda;
    private final ZoneId zone;
    private final BusinessHours hours;
    /** Cancellations and moves due from jobs booked too close to their time to change. */
    private final List<Fate> owed = new ArrayList<>();

    DemoChanges(DemoConversation script, BookingService booking, SteppingClock clock, Random random,
                DemoEngineWait wait, DemoAgenda agenda, ZoneId zone, BusinessHours hours) {
        this.script = script;
        this.booking = booking;
        this.clock = clock;
        this.random = random;
        this.wait = wait;
        this.agenda = agenda;
        this.zone = zone;
        this.hours = hours;
    }

    /**
     * Whether this job is to be cancelled or moved later. A job booked too close to its time to be changed
     * passes its cancellation or move on to the next job that can take it, so every week keeps its share.
     */
    Optional<Fate> laterChange(DemoTalk t, Appointment booked) {
        boolean room = clock.instant().plus(Duration.ofMinutes(10))
                .isBefore(booked.slot().start().minus(Duration.ofMinutes(45)));
        Optional<Fate> own = t.fate == Fate.CANCELS || t.fate == Fate.MOVES ? Optional.of(t.fate) : Optional.empty();
        if (!room) {
            own.ifPresent(fate -> owed.add(fate));
            return Optional.empty();
        }
        if (own.isPresent() || t.rebooked || owed.isEmpty()) {
            return own;
        }
        return Optional.of(owed.remove(0));
    }

    /** The customer phoned the office to cancel, or the shop had to: then the job is booked again. */
    void cancel(DemoTalk t) {
        Appointment appointment = t.appointment;
        String day = appointment.slot().start().atZone(zone).getDayOfWeek()
                .getDisplayName(TextStyle.FULL, Locale.US);
        if (random.nextInt(100) < 35) {
            script.staffSays(t, "Hi " + t.first() + ", so sorry: we're short a tech " + day + " and have to cancel your visit.");
            agenda.think(20, 60);
            join(booking.cancel(appointment.id(), "Short a tech that day", true));
            wait.settle();
            t.appointment = null;
            t.fate = Fate.BOOKS;
            t.rebooked = true;
            // Offered new times once the day that fell through is over.
            Instant dayAfter = appointment.slot().start().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            agenda.at(agenda.customerTime(clock.instant()), () -> {
                script.customerSays(t, DemoLines.pick(random, DemoLines.REBOOK));
                agenda.at(agenda.staffTime(dayAfter), () -> script.offer(t, "Hi " + t.first() + ", thanks for waiting! Here's what we have: "));
            });
            return;
        }
        String reason = DemoLines.pick(random, List.of("Fixed it themselves", "Went with another company",
                "Landlord sent their own plumber", "Decided to wait"));
        join(booking.cancel(appointment.id(), reason, true));
        wait.settle();
        t.appointment = null;
        if (random.nextBoolean()) {
            agenda.at(agenda.customerTime(clock.instant()), () -> {
                script.customerSays(t, DemoLines.pick(random, DemoLines.THANKS_AFTER_CANCEL));
                agenda.at(agenda.staffTime(clock.instant()), () -> loseCancelled(t, reason));
            });
        } else {
            agenda.at(agenda.staffTime(clock.instant()), () -> loseCancelled(t, reason));
        }
    }

    /** A cancelled job's conversation marked lost: another company or the landlord's plumber took it, or they wait. */
    private void loseCancelled(DemoTalk t, String reason) {
        boolean elsewhere = reason.startsWith("Went with") || reason.startsWith("Landlord");
        script.lose(t, elsewhere ? LostReason.WENT_ELSEWHERE : LostReason.OTHER, elsewhere ? null : reason,
                "Cancelled: " + reason.toLowerCase());
    }

    /** The customer phoned to move the job: the same time on a later working day that is free. */
    void move(DemoTalk t) {
        Appointment appointment = t.appointment;
        TimeSlot from = appointment.slot();
        ZonedDateTime start = from.start().atZone(zone);
        for (int days = 1; days <= 10; days++) {
            ZonedDateTime day = start.plusDays(days);
            if (!hours.days().contains(day.getDayOfWeek())) {
                continue;
            }
            TimeSlot later = new TimeSlot(from.crew(), shift(from.start(), days), shift(from.end(), days),
                    shift(from.arrivalFrom(), days), shift(from.arrivalTo(), days));
            try {
                t.appointment = join(booking.reschedule(appointment.id(), later, true));
                wait.settle();
                break;
            } catch (SlotTaken taken) {
                // That day is full at that time: try the next.
            }
        }
        script.done(t);
    }

    private Instant shift(Instant instant, int days) {
        return instant.atZone(zone).plusDays(days).toInstant();
    }
}
