package com.ringbook.booking;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.booking.api.ReplySuggestion;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.booking.api.SlotTaken;
import com.ringbook.booking.api.SlotText;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Contact;
import com.ringbook.domain.Direction;
import com.ringbook.domain.JobType;
import com.ringbook.domain.Lead;
import com.ringbook.domain.Message;
import com.ringbook.domain.Money;
import com.ringbook.domain.Offer;
import com.ringbook.domain.Schedule;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.reading.Reading;
import com.ringbook.reading.ReplyContext;
import com.ringbook.reading.ReplyReader;
import com.ringbook.store.ReadSession;
import com.ringbook.store.WriteSession;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Booking as the engine runs it: the lead card, offers of free slots, bookings, cancellations and moves,
 * each in one transaction of the store's writer, so a slot is checked free and taken in the same
 * breath and no two bookings can share a crew's time. Texts to the customer go through the outbox.
 */
public final class EngineBookingService implements BookingService {
    /** How many slots an offer holds. */
    static final int OFFERED = 2;
    /** Past the slot finder's one-year search, with a week to spare for a zone's calendar. */
    private static final Duration LOOK_AHEAD = Duration.ofDays(7 * 53);

    private final EngineKit kit;
    private final AppointmentExportService export;
    private final Supplier<ReplyReader> readers;
    /** Built once, on the engine's threads, the first time a reply is read (it trains then). */
    private volatile ReplyReader reader;

    public EngineBookingService(EngineKit kit, AppointmentExportService export) {
        this(kit, export, ReplyReader::standard);
    }

    EngineBookingService(EngineKit kit, AppointmentExportService export, Supplier<ReplyReader> readers) {
        this.kit = kit;
        this.export = export;
        this.readers = readers;
    }

    @Override
    public CompletableFuture<LeadCard> lead(long threadId) {
        return kit.read(s -> leadCard(s, thread(s, threadId)));
    }

    private static LeadCard leadCard(ReadSession s, ThreadSummary thread) {
        Contact contact = s.contacts().byId(thread.contactId()).orElseThrow();
        Lead lead = s.threads().lead(thread.id());
        return new LeadCard(contact.name(), contact.address(), lead.jobType(), lead.urgency(),
                lead.valueCents() == null ? null : Money.plain(lead.valueCents()), lead.notes());
    }

    @Override
    public CompletableFuture<LeadCard> saveLead(long threadId, LeadCard draft) {
        Schedule schedule = kit.settings().schedule();
        return kit.write(t -> {
            // Checked in the write, so a refusal completes the future rather than throwing at the caller.
            Lead lead = new Lead(knownJobType(schedule, draft.jobType()), blankToNull(draft.urgency()), money(draft.value()),
                    blankToNull(draft.notes()));
            ThreadSummary thread = thread(t.session(), threadId);
            t.session().contacts().setName(thread.contactId(), draft.name());
            t.session().contacts().setAddress(thread.contactId(), draft.address());
            t.session().threads().setLead(threadId, lead);
            // The booked job is worth what staff say now: the calendar, its exports and the revenue figures follow.
            if (lead.valueCents() != null) {
                t.session().appointments().bookedFor(threadId)
                        .ifPresent(job -> t.session().appointments().setValue(job.id(), lead.valueCents()));
            }
            t.touched(threadId);
            return leadCard(t.session(), thread);
        });
    }

    @Override
    public CompletableFuture<SlotOffer> draftOffer(long threadId, String jobType) {
        Schedule schedule = kit.settings().schedule();
        Instant now = kit.clock().instant();
        return kit.read(s -> {
            thread(s, threadId);
            JobType type = jobType(schedule, jobType, s.threads().lead(threadId));
            SlotSearch search = SlotFinder.find(schedule, booked(s, now), type, now, OFFERED);
            if (search.isEmpty()) {
                throw new RequestRefused("Nothing is free for a " + type.name().toLowerCase() + " in the next year: check the "
                        + "working hours, closed days and crews in Settings.");
            }
            return new SlotOffer(type.name(), search.slots(), SlotText.of(schedule.zone()).offer(search.slots(), search.beyondHorizon()), search.beyondHorizon());
        });
    }

    @Override
    public CompletableFuture<Offer> sendOffer(long threadId, String jobType, List<TimeSlot> slots, String text) {
        if (slots.isEmpty()) {
            return CompletableFuture.failedFuture(new RequestRefused("Find free slots to offer first."));
        }
        Schedule schedule = kit.settings().schedule();
        return kit.write(t -> {
            WriteSession s = t.session();
            JobType type = jobType(schedule, jobType, s.threads().lead(threadId));
            t.text(threadId, text);
            moveTo(s, threadId, Stage.SLOTS_OFFERED, t.now());
            return s.offers().save(threadId, type.name(), slots, t.now());
        });
    }

    @Override
    public CompletableFuture<Optional<Offer>> latestOffer(long threadId) {
        return kit.read(s -> s.offers().latestOf(threadId));
    }

    @Override
    public CompletableFuture<Optional<ReplySuggestion>> suggestion(long threadId) {
        ZoneId zone = kit.settings().zone();
        return kit.read(s -> {
            thread(s, threadId);
            return s.offers().latestOf(threadId).flatMap(offer -> s.threads().detail(threadId)
                    .flatMap(detail -> replyTo(offer, detail.messages()))
                    .map(reply -> new Answer(offer, reply)));
        }).thenCompose(answer -> answer.isEmpty()
                ? CompletableFuture.<Optional<ReplySuggestion>>completedFuture(Optional.empty())
                : kit.<Optional<ReplySuggestion>>background(() -> suggest(answer.get().offer(), answer.get().reply(), zone)));
    }

    private record Answer(Offer offer, Message reply) {
    }

    /**
     * The customer's newest text after the offer: after the offer's own text (sent in the same transaction, so at
     * the offer's instant), and not before the offer was made.
     */
    static Optional<Message> replyTo(Offer offer, List<Message> messages) {
        int after = -1;
        for (int i = 0; i < messages.size(); i++) {
            Message m = messages.get(i);
            if (m.direction() == Direction.OUTBOUND && !m.createdAt().isAfter(offer.createdAt())) {
                after = i;
            }
        }
        for (int i = messages.size() - 1; i > after; i--) {
            Message m = messages.get(i);
            if (m.direction() == Direction.INBOUND && !m.createdAt().isBefore(offer.createdAt())
                    && (after >= 0 || m.createdAt().isAfter(offer.createdAt()))) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /** Reads the reply as of when it came in, so "tomorrow" is the day after it was written. */
    private Optional<ReplySuggestion> suggest(Offer offer, Message reply, ZoneId zone) {
        Reading reading = reader().read(reply.body(), ReplyContext.of(offer, reply.createdAt(), zone));
        ReplySuggestion.Intent intent = switch (reading.intent()) {
            case CHOOSE_SLOT -> ReplySuggestion.Intent.CHOOSE_SLOT;
            case YES -> ReplySuggestion.Intent.YES;
            case NO -> ReplySuggestion.Intent.NO;
            case OTHER_TIME -> ReplySuggestion.Intent.OTHER_TIME;
            case ADDRESS -> ReplySuggestion.Intent.ADDRESS;
            case QUESTION -> ReplySuggestion.Intent.QUESTION;
            case UNCLEAR -> ReplySuggestion.Intent.UNCLEAR;
            case STOP, START, HELP -> null; // the engine answers these itself
        };
        if (intent == null) {
            return Optional.empty();
        }
        Integer slot = reading.chosenSlot().filter(n -> offer.slot(n).isPresent()).orElse(null);
        if (intent == ReplySuggestion.Intent.YES && slot == null && offer.slots().size() == 1) {
            slot = 1; // "yes" to the one slot offered picks it
        }
        if (intent == ReplySuggestion.Intent.CHOOSE_SLOT && slot == null) {
            intent = ReplySuggestion.Intent.UNCLEAR; // a slot the offer does not have
        }
        return Optional.of(new ReplySuggestion(offer.id(), reply.id(), reply.createdAt(), reply.body(), intent, slot,
                reading.named().map(w -> w.date()).orElse(null), reading.named().flatMap(w -> w.timeOfDay()).orElse(null),
                reading.givenAddress().orElse(null)));
    }

    private ReplyReader reader() {
        ReplyReader built = reader;
        if (built == null) {
            synchronized (this) {
                if (reader == null) {
                    reader = readers.get();
                }
                built = reader;
            }
        }
        return built;
    }

    @Override
    public CompletableFuture<Appointment> book(long threadId, TimeSlot slot, String address) {
        if (address == null || address.isBlank()) {
            return CompletableFuture.failedFuture(new RequestRefused("Enter the address the crew should go to."));
        }
        Schedule schedule = kit.settings().schedule();
        return kit.write(t -> {
            WriteSession s = t.session();
            ThreadSummary thread = thread(s, threadId);
            if (!thread.stage().canMoveTo(Stage.BOOKED)) {
                throw new RequestRefused("A " + thread.stage().label().toLowerCase() + " conversation cannot be booked.");
            }
            TimeSlot taken = freeCrew(s, schedule, slot, t.now(), null);
            Lead lead = s.threads().lead(threadId);
            JobType type = s.offers().latestOf(threadId)
                    .filter(offer -> offer.slots().stream().anyMatch(o -> sameTime(o, slot)))
                    .flatMap(offer -> schedule.jobType(offer.jobType()))
                    .orElseGet(() -> jobType(schedule, null, lead));
            long value = lead.valueCents() != null ? lead.valueCents() : type.defaultValueCents();
            s.contacts().setAddress(thread.contactId(), address);
            String when = SlotText.of(schedule.zone()).when(taken);
            t.text(threadId, "You're booked: " + when + " at " + address.strip()
                    + ". Reply here if anything changes. See you then!");
            long id = s.appointments().book(threadId, taken, address.strip(), type.name(), value, t.now());
            moveTo(s, threadId, Stage.BOOKED, t.now());
            return s.appointments().byId(id).orElseThrow();
        });
    }

    @Override
    public CompletableFuture<Appointment> cancel(long appointmentId, String reason, boolean tellCustomer) {
        ZoneId zone = kit.settings().zone();
        return kit.write(t -> {
            WriteSession s = t.session();
            Appointment appointment = booked(s, appointmentId);
            s.appointments().cancel(appointmentId, blankToNull(reason), t.now());
            if (tellCustomer) {
                t.text(appointment.threadId(), "Your appointment for " + SlotText.of(zone).when(appointment.slot())
                        + " is cancelled. Reply here if you'd like another time.");
            }
            moveTo(s, appointment.threadId(), Stage.QUALIFYING, t.now());
            t.touched(appointment.threadId());
            return s.appointments().byId(appointmentId).orElseThrow();
        });
    }

    @Override
    public CompletableFuture<Appointment> reschedule(long appointmentId, TimeSlot slot, boolean tellCustomer) {
        Schedule schedule = kit.settings().schedule();
        return kit.write(t -> {
            WriteSession s = t.session();
            Appointment appointment = booked(s, appointmentId);
            TimeSlot taken = freeCrew(s, schedule, slot, t.now(), appointment.slot());
            s.appointments().reschedule(appointmentId, taken);
            if (tellCustomer) {
                t.text(appointment.threadId(), "Your appointment has moved to " + SlotText.of(schedule.zone()).when(taken)
                        + " at " + appointment.address() + ". Reply here if that doesn't work.");
            }
            t.touched(appointment.threadId());
            return s.appointments().byId(appointmentId).orElseThrow();
        });
    }

    @Override
    public CompletableFuture<List<Appointment>> appointments(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return CompletableFuture.failedFuture(new RequestRefused("The range ends (" + to + ") before it starts (" + from + ")."));
        }
        ZoneId zone = kit.settings().zone();
        return kit.read(s -> s.appointments().startingBetween(from.atStartOfDay(zone).toInstant(),
                to.plusDays(1).atStartOfDay(zone).toInstant()));
    }

    @Override
    public CompletableFuture<Optional<Appointment>> appointmentOf(long threadId) {
        return kit.read(s -> s.appointments().bookedFor(threadId));
    }

    @Override
    public CompletableFuture<String> exportCalendar(LocalDate from, LocalDate to, Path file) {
        return kit.background(() -> {
            try {
                AppointmentExportService.Export written = export.write(AppointmentExportService.Format.ICS, from,
                        Optional.of(to), file);
                return written.written() + (written.written() == 1 ? " booked appointment" : " booked appointments")
                        + " written to " + file.getFileName() + ".";
            } catch (IOException e) {
                throw new RequestRefused("Could not write " + file.getFileName() + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new RequestRefused(e.getMessage());
            }
        });
    }

    // ---- rules applied inside a read or a write ------------------------------------------------

    private static ThreadSummary thread(ReadSession s, long threadId) {
        return s.threads().summary(threadId).orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
    }

    private static Appointment booked(ReadSession s, long appointmentId) {
        Appointment appointment = s.appointments().byId(appointmentId)
                .orElseThrow(() -> new RequestRefused("That appointment no longer exists."));
        if (!appointment.booked()) {
            throw new RequestRefused("That appointment was already cancelled.");
        }
        return appointment;
    }

    /** Everything booked from a day before now on: the finder looks a year ahead at most. */
    private static List<Booked> booked(ReadSession s, Instant now) {
        return s.appointments().bookedOverlapping(now.minus(Duration.ofDays(1)), now.plus(LOOK_AHEAD))
                .stream().map(Booked::of).toList();
    }

    /**
     * The slot at its time with the first crew free for it (the one offered first), buffers kept; a
     * job being moved does not stand in its own way.
     *
     * @throws SlotTaken when every crew's time is taken
     */
    private static TimeSlot freeCrew(ReadSession s, Schedule schedule, TimeSlot slot, Instant now, TimeSlot moving) {
        if (!slot.start().isAfter(now)) {
            throw new SlotTaken("That time has already passed. Offer fresh slots.");
        }
        List<TimeSlot> busy = s.appointments().bookedOverlapping(slot.start().minus(schedule.buffer()),
                slot.end().plus(schedule.buffer())).stream().filter(b -> !b.equals(moving)).toList();
        return Stream.concat(Stream.of(slot.crew()), IntStream.rangeClosed(1, schedule.crews()).boxed())
                .distinct()
                .map(crew -> new TimeSlot(crew, slot.start(), slot.end(), slot.arrivalFrom(), slot.arrivalTo()))
                .filter(candidate -> busy.stream().noneMatch(b -> b.crew() == candidate.crew()))
                .findFirst()
                .orElseThrow(() -> new SlotTaken("That time was just booked for another job. Offer fresh slots."));
    }

    private static boolean sameTime(TimeSlot a, TimeSlot b) {
        return a.start().equals(b.start()) && a.end().equals(b.end());
    }

    private static void moveTo(WriteSession s, long threadId, Stage target, Instant now) {
        ThreadSummary thread = thread(s, threadId);
        if (thread.stage() != target && thread.stage().canMoveTo(target)) {
            s.threads().setStage(threadId, target, now);
        }
    }

    /** The job type named, else the one on the lead card, else the schedule's first. */
    private static JobType jobType(Schedule schedule, String named, Lead lead) {
        return Optional.ofNullable(knownJobType(schedule, named)).flatMap(schedule::jobType)
                .or(() -> Optional.ofNullable(lead.jobType()).flatMap(schedule::jobType))
                .orElse(schedule.jobTypes().get(0));
    }

    /** The job type's name as Settings spell it; null when none is named; refused when it is not one of them. */
    private static String knownJobType(Schedule schedule, String named) {
        if (blankToNull(named) == null) {
            return null;
        }
        return schedule.jobType(named).map(JobType::name).orElseThrow(() -> new RequestRefused(
                "\"" + named.strip() + "\" is not one of the job types in Settings: " + jobTypeNames(schedule) + "."));
    }

    private static String jobTypeNames(Schedule schedule) {
        return String.join(", ", schedule.jobTypes().stream().map(JobType::name).toList());
    }

    private static Long money(String typed) {
        if (blankToNull(typed) == null) {
            return null;
        }
        try {
            return Money.parseCents(typed);
        } catch (IllegalArgumentException e) {
            throw new RequestRefused(e.getMessage());
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
