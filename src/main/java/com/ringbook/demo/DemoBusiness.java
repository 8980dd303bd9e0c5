package com.ringbook.demo;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.booking.api.SlotTaken;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.demo.DemoLines.JobKind;
import com.ringbook.demo.DemoLines.Urgency;
import com.ringbook.demo.DemoPeople.Caller;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.BusinessHours;
import com.ringbook.domain.Direction;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Message;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.Engine;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.store.ReadSession;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

/**
 * Weeks of a small plumbing and heating shop, made to happen on a real engine: customers ring and hang
 * up at the hours people do, get the text-back, answer (or not) in the words people use, and the front
 * desk qualifies them with the questions in Settings, fills in the lead card, offers two real free slots
 * and books the one they pick, through the same services the console calls. Some jobs are cancelled or
 * moved, some customers go elsewhere, some never answer, a few text STOP.
 *
 * <p>Time is the demo's {@link SteppingClock}: each step happens at its moment in the script and the
 * engine is left to finish it (the call recorded, the texts accepted by the carrier) before the clock
 * moves on. With everything random drawn from one {@link Random}, the same seed and the same end make
 * the same business.
 */
public final class DemoBusiness {
    public static final String BUSINESS_NAME = "Harbor Plumbing & Heating";
    /** How long the demo waits for the engine to finish one step before giving up. */
    private static final Duration STEP_LIMIT = Duration.ofSeconds(30);
    /** Missed calls by day of the week, Monday first: the weekend's problems ring on Monday. */
    private static final int[] DAY_WEIGHTS = {24, 16, 15, 15, 16, 7, 4};
    /** Calls in business hours by hour, 08:00 first. */
    private static final int[] HOUR_WEIGHTS = {9, 10, 9, 8, 9, 8, 7, 7, 6};

    /** What happened, for the line the command prints. */
    public record Summary(int missedCalls, int conversations, int replied, int booked,
                          long bookedValueCents, int cancelled, int lost, int optedOut) {
    }

    /** How a first-time caller's story goes; what actually happens still depends on the calendar. */
    enum Fate {
        /** Qualified, offered two slots, books one. */
        BOOKS,
        /** Books; later the job is cancelled (by the customer, or by the shop and then booked again). */
        CANCELS,
        /** Books; later the job is moved to another day. */
        MOVES,
        /** Asks the price and decides against it. */
        PRICE,
        /** Finds someone else before (or when) the slots come. */
        ELSEWHERE,
        /** Stops answering once offered slots. */
        GHOSTS,
        /** A wrong number or a sales call. */
        NOT_A_JOB,
        /** Never answers the text-back. */
        SILENT,
        /** Texts STOP. */
        STOP
    }

    private record Step(Instant at, long order, Runnable action) {
    }

    private final Engine engine;
    private final EngineKit kit;
    private final ConversationService conversations;
    private final BookingService booking;
    private final SimulatedCarrier phones;
    private final SteppingClock clock;
    private final Random random;
    private final DemoPeople people;
    private final PriorityQueue<Step> agenda =
            new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private final List<Caller> callers = new ArrayList<>();
    /** Cancellations and moves due from jobs booked too close to their time to change. */
    private final List<Fate> owed = new ArrayList<>();
    private long order;
    private int missedCalls;
    private ZoneId zone;
    private BusinessHours hours;
    private List<String> questions;
    private Instant end;

    public DemoBusiness(Engine engine, BookingService booking, SimulatedCarrier phones, SteppingClock clock, long seed) {
        this.engine = engine;
        this.kit = engine.kit();
        this.conversations = engine.conversations();
        this.booking = booking;
        this.phones = phones;
        this.clock = clock;
        this.random = new Random(seed);
        this.people = new DemoPeople(random);
    }

    /** Where the demo's clock starts: the business's midnight {@code weeks} weeks before the day of {@code now}. */
    public static Instant firstMoment(Instant now, ZoneId zone, int weeks) {
        return now.atZone(zone).toLocalDate().minusWeeks(weeks).atStartOfDay(zone).toInstant();
    }

    /**
     * Runs the business from {@link #firstMoment} to {@code now} on an engine whose clock has not passed
     * the first moment. Leaves the schedule as it is; names the business and sets its time zone.
     */
    public Summary run(ZoneId zone, Instant now, int weeks) {
        this.zone = zone;
        this.end = now;
        Instant start = firstMoment(now, zone, weeks);
        if (clock.instant().isAfter(start)) {
            throw new IllegalStateException("The demo's clock is past the demo's first moment, " + start);
        }
        clock.moveTo(start);
        Map<String, String> problems = join(engine.settings().save(Map.of(Settings.BUSINESS_NAME, BUSINESS_NAME,
                Settings.ZONE, zone.getId())));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The demo's settings were refused: " + problems.values());
        }
        Settings settings = kit.settings();
        this.hours = settings.hours();
        this.questions = settings.qualifyingQuestions();
        if (questions.size() < 3) {
            throw new IllegalStateException("The demo asks the three qualifying questions Settings start with");
        }
        for (JobKind kind : DemoLines.JOBS) {
            if (settings.schedule().jobType(kind.type()).isEmpty()) {
                throw new IllegalStateException("The demo needs the job type \"" + kind.type() + "\" in Settings");
            }
        }
        LocalDate firstDay = now.atZone(zone).toLocalDate().minusWeeks(weeks);
        plan(firstDay, now.atZone(zone).toLocalDate());
        while (!agenda.isEmpty()) {
            Step step = agenda.poll();
            if (step.at().isAfter(end)) {
                break;
            }
            clock.moveTo(step.at());
            step.action().run();
        }
        awaitDeliveries();
        return summary(firstDay);
    }

    // ---- the plan: how many calls, when, and how each one goes ------------------------------------

    /** Week by week from the first day: 6 to 13 new callers, Mondays busiest, a mix of how their stories go. */
    private void plan(LocalDate firstDay, LocalDate lastDay) {
        int week = 0;
        for (LocalDate weekStart = firstDay; !weekStart.isAfter(lastDay); weekStart = weekStart.plusWeeks(1), week++) {
            int calls = 6 + random.nextInt(8);
            List<Fate> fates = fates(week, calls);
            List<Instant> times = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                times.add(callTime(weekStart.plusDays(dayOfWeek(weekStart))));
            }
            Collections.sort(times);
            for (int i = 0; i < calls; i++) {
                Fate fate = fates.get(i);
                Instant at = times.get(i);
                at(at, () -> firstCall(fate, at));
            }
        }
    }

    /**
     * A week's stories: a little over half book (one of them cancelled or moved later), at least one
     * never answers and one is lost; now and then a STOP, a wrong number, a customer who goes quiet.
     */
    private List<Fate> fates(int week, int calls) {
        List<Fate> fates = new ArrayList<>();
        int bookings = (int) Math.round(calls * 0.6);
        fates.add(week % 2 == 0 ? Fate.CANCELS : Fate.MOVES);
        for (int i = 1; i < bookings; i++) {
            fates.add(Fate.BOOKS);
        }
        Fate lost = random.nextBoolean() ? Fate.PRICE : Fate.ELSEWHERE;
        List<Fate> others = new ArrayList<>(List.of(Fate.SILENT, lost, Fate.SILENT));
        if (week % 3 == 1) {
            others.add(Fate.STOP);
        }
        others.add(Fate.GHOSTS);
        if (week % 2 == 1) {
            others.add(Fate.NOT_A_JOB);
        }
        others.addAll(List.of(lost == Fate.PRICE ? Fate.ELSEWHERE : Fate.PRICE, Fate.SILENT, Fate.GHOSTS, Fate.NOT_A_JOB));
        for (int i = 0; fates.size() < calls; i++) {
            fates.add(others.get(i % others.size()));
        }
        Collections.shuffle(fates, random);
        return fates;
    }

    private int dayOfWeek(LocalDate weekStart) {
        int total = 0;
        for (int weight : DAY_WEIGHTS) {
            total += weight;
        }
        int roll = random.nextInt(total);
        for (int offset = 0; offset < 7; offset++) {
            roll -= DAY_WEIGHTS[weekStart.plusDays(offset).getDayOfWeek().ordinal()];
            if (roll < 0) {
                return offset;
            }
        }
        return 6;
    }

    /** Mostly while the crew is out on jobs; some in the evening or before opening; weekends by day. */
    private Instant callTime(LocalDate day) {
        LocalTime time;
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        int roll = random.nextInt(100);
        if (weekend) {
            time = LocalTime.of(9, 0).plusMinutes(random.nextInt(10 * 60));
        } else if (roll < 14) {
            time = LocalTime.of(17, 0).plusMinutes(random.nextInt(270));
        } else if (roll < 18) {
            time = LocalTime.of(6, 30).plusMinutes(random.nextInt(90));
        } else {
            int total = 0;
            for (int weight : HOUR_WEIGHTS) {
                total += weight;
            }
            int hour = 0;
            for (int pick = random.nextInt(total); pick >= HOUR_WEIGHTS[hour]; hour++) {
                pick -= HOUR_WEIGHTS[hour];
            }
            time = LocalTime.of(8 + hour, random.nextInt(60));
        }
        return ZonedDateTime.of(day, time.withSecond(random.nextInt(60)), zone).toInstant();
    }

    // ---- one conversation ---------------------------------------------------------------------------

    /** One caller's story as it unfolds. */
    private static final class Talk {
        final Caller caller;
        final boolean returning;
        final JobKind job;
        final String problem;
        final Urgency urgency;
        final int value;
        Fate fate;
        long threadId;
        boolean nameKnown;
        boolean addressKnown;
        boolean askedPrice;
        boolean combinedQuestions;
        /** Booked again after the shop had to cancel: not changed a second time. */
        boolean rebooked;
        int offers;
        List<TimeSlot> offered = List.of();
        Appointment appointment;

        Talk(Caller caller, boolean returning, Fate fate, JobKind job, String problem, Urgency urgency, int value) {
            this.caller = caller;
            this.returning = returning;
            this.fate = fate;
            this.job = job;
            this.problem = problem;
            this.urgency = urgency;
            this.value = value;
            this.nameKnown = returning;
            this.addressKnown = returning;
        }

        String first() {
            return caller.first;
        }
    }

    private void firstCall(Fate fate, Instant endedAt) {
        JobKind job = DemoLines.jobKind(random);
        String problem = DemoLines.pick(random, job.problems());
        Urgency urgency = job.urgency(random);
        int value = job.value(random);
        Optional<Caller> returning = fate == Fate.NOT_A_JOB || fate == Fate.STOP || random.nextInt(100) >= 8
                ? Optional.empty() : returningCaller(endedAt);
        Caller caller = returning.orElseGet(() -> {
            Caller fresh = people.newCaller();
            callers.add(fresh);
            return fresh;
        });
        caller.busy = true;
        Talk talk = new Talk(caller, returning.isPresent(), fate, job, problem, urgency, value);
        ring(talk, endedAt);
        Instant next = endedAt;
        if (fate != Fate.NOT_A_JOB && random.nextInt(10) == 0) {
            // Rings again a minute or two later, before reading the text: the call joins the same conversation.
            Instant again = endedAt.plusSeconds(60 + random.nextInt(180));
            at(again, () -> ring(talk, again));
            next = again;
        }
        firstMove(talk, next);
    }

    /** A past customer whose job is done and who has nothing open with the shop. */
    private Optional<Caller> returningCaller(Instant at) {
        List<Caller> eligible = callers.stream()
                .filter(c -> c.booked && !c.busy && !c.optedOut && c.freeFrom.isBefore(at))
                .toList();
        return eligible.isEmpty() ? Optional.empty() : Optional.of(DemoLines.pick(random, eligible));
    }

    private void firstMove(Talk t, Instant after) {
        switch (t.fate) {
            case SILENT -> {
                if (random.nextBoolean()) {
                    Instant nextDay = staffTime(after.plus(Duration.ofHours(18 + random.nextInt(8))));
                    at(nextDay, () -> staffSays(t, "Hi, following up on your call. Anything we can help with?"));
                }
                // Never answers: the conversation stays open, and the caller never calls back.
            }
            case STOP -> at(customerTime(after), () -> {
                customerSays(t, DemoLines.pick(random, DemoLines.STOPS));
                t.caller.optedOut = true;
            });
            case NOT_A_JOB -> at(customerTime(after), () -> notAJob(t));
            default -> at(customerTime(after), () -> describeProblem(t));
        }
    }

    private void notAJob(Talk t) {
        boolean sales = random.nextInt(3) == 0;
        customerSays(t, DemoLines.pick(random, sales ? DemoLines.SALES : DemoLines.WRONG_NUMBER));
        at(staffTime(clock.instant()), () -> {
            if (!sales) {
                staffSays(t, "No worries, have a good day!");
            }
            lose(t, sales ? "Not a job: sales call" : "Not a job: wrong number");
        });
    }

    private void describeProblem(Talk t) {
        if (t.returning) {
            customerSays(t, "hi its " + t.first() + " again. " + t.problem);
        } else if (random.nextInt(100) < 15) {
            customerSays(t, DemoLines.pick(random, DemoLines.VAGUE_FIRST));
            at(staffTime(clock.instant()), () -> {
                staffSays(t, "Hi! " + questions.get(0));
                at(customerTime(clock.instant()), () -> {
                    customerSays(t, t.problem);
                    afterProblem(t);
                });
            });
            return;
        } else if (random.nextInt(100) < 45) {
            t.nameKnown = true;
            customerSays(t, random.nextBoolean() ? "hi this is " + t.first() + ", " + t.problem : t.problem + ". - " + t.first());
        } else {
            customerSays(t, random.nextBoolean() ? "hi " + t.problem : t.problem);
        }
        afterProblem(t);
    }

    private void afterProblem(Talk t) {
        Instant now = clock.instant();
        if (t.fate == Fate.PRICE || random.nextInt(100) < 12) {
            t.askedPrice = true;
            Instant asks = now.plusSeconds(30 + random.nextInt(150));
            at(asks, () -> customerSays(t, DemoLines.pick(random, DemoLines.PRICE_QUESTIONS)));
            now = asks;
        }
        at(staffTime(now), () -> qualify(t));
    }

    /** The first answer from the desk: the price if asked, then how urgent it is (and the address, to save a text). */
    private void qualify(Talk t) {
        if (t.nameKnown && !t.returning) {
            join(conversations.renameContact(t.threadId, t.first()));
            think(10, 40);
        }
        String hello = t.nameKnown ? "Thanks " + t.first() + "! " : "Thanks! ";
        if (t.askedPrice) {
            staffSays(t, hello + t.job.price());
            if (t.fate == Fate.PRICE) {
                at(customerTime(clock.instant()), () -> {
                    customerSays(t, DemoLines.pick(random, DemoLines.TOO_EXPENSIVE));
                    at(staffTime(clock.instant()), () -> {
                        staffSays(t, "Understood, thanks for checking with us. We're here if you change your mind.");
                        lose(t, "Lost: price");
                    });
                });
                return;
            }
            think(20, 60);
            hello = "";
        }
        if (t.returning) {
            staffSays(t, hello + questions.get(1) + " And is this at " + t.caller.street() + " again?");
        } else {
            t.combinedQuestions = random.nextInt(100) < 40;
            staffSays(t, hello + questions.get(1) + (t.combinedQuestions ? " " + questions.get(2) : ""));
        }
        at(customerTime(clock.instant()), () -> answerUrgency(t));
    }

    private void answerUrgency(Talk t) {
        if (t.fate == Fate.ELSEWHERE && random.nextBoolean()) {
            goesElsewhere(t, DemoLines.WENT_ELSEWHERE);
            return;
        }
        String urgency = DemoLines.pick(random, t.urgency.answers);
        if (t.returning) {
            customerSays(t, urgency + ". " + DemoLines.pick(random, DemoLines.SAME_ADDRESS));
            at(staffTime(clock.instant()), () -> offer(t, null));
        } else if (t.combinedQuestions) {
            customerSays(t, urgency + ". " + addressAnswer(t));
            t.nameKnown = true;
            t.addressKnown = true;
            at(staffTime(clock.instant()), () -> offer(t, null));
        } else {
            customerSays(t, urgency);
            at(staffTime(clock.instant()), () -> {
                staffSays(t, DemoLines.pick(random, DemoLines.ACKS) + questions.get(2));
                at(customerTime(clock.instant()), () -> {
                    customerSays(t, addressAnswer(t));
                    t.nameKnown = true;
                    t.addressKnown = true;
                    at(staffTime(clock.instant()), () -> offer(t, null));
                });
            });
        }
    }

    private String addressAnswer(Talk t) {
        Caller c = t.caller;
        String access = c.access == null ? "" : ". " + c.access;
        return switch (random.nextInt(4)) {
            case 0 -> c.fullName() + ", " + c.address + access;
            case 1 -> "its " + c.address + access + ". name is " + c.fullName();
            case 2 -> c.address + access + " - " + c.fullName();
            default -> c.fullName() + " - " + c.address.toLowerCase() + access;
        };
    }

    private void goesElsewhere(Talk t, List<String> lines) {
        customerSays(t, DemoLines.pick(random, lines));
        at(staffTime(clock.instant()), () -> {
            staffSays(t, "No problem, glad you're sorted! Save this number in case you ever need us.");
            lose(t, lines == DemoLines.TOO_LATE ? "Lost: needed someone sooner than our first opening"
                    : "Lost: went with someone else");
        });
    }

    /** Fills in the lead card and offers the next free slots, as drafted, with a word in front. */
    private void offer(Talk t, String intro) {
        join(booking.saveLead(t.threadId, card(t, null)));
        think(20, 90);
        SlotOffer draft = join(booking.draftOffer(t.threadId, t.job.type()));
        think(15, 60);
        String lead = intro != null ? intro
                : DemoLines.pick(random, DemoLines.OFFER_INTROS).replace("{first}", t.first());
        join(booking.sendOffer(t.threadId, draft.jobType(), draft.slots(), lead + draft.text()));
        settle();
        t.offered = draft.slots();
        t.offers++;
        Instant sent = clock.instant();
        if (t.fate == Fate.GHOSTS) {
            at(staffTime(sent.plus(Duration.ofHours(20 + random.nextInt(6)))), () -> {
                staffSays(t, "Hi " + t.first() + ", just checking in: does either of those times work for you?");
                at(staffTime(clock.instant().plus(Duration.ofDays(3 + random.nextInt(2)))),
                        () -> lose(t, "Lost: no reply after we offered times"));
            });
        } else if (t.fate == Fate.ELSEWHERE && t.offers == 1) {
            boolean today = draft.slots().get(0).start().atZone(zone).toLocalDate().equals(sent.atZone(zone).toLocalDate());
            at(customerTime(sent), () -> goesElsewhere(t, today ? DemoLines.WENT_ELSEWHERE : DemoLines.TOO_LATE));
        } else {
            at(customerTime(sent), () -> choose(t));
        }
    }

    private void choose(Talk t) {
        int number = t.offered.size() == 1 ? 1 : random.nextInt(100) < 55 ? 1 : 2;
        customerSays(t, DemoLines.choice(random, number, t.offered.size()));
        TimeSlot chosen = t.offered.get(number - 1);
        at(staffTime(clock.instant()), () -> book(t, chosen));
    }

    /** Books the chosen time; when it went meanwhile (or has passed), offers fresh slots instead. */
    private void book(Talk t, TimeSlot slot) {
        Appointment booked;
        try {
            booked = join(booking.book(t.threadId, slot, t.caller.address));
        } catch (SlotTaken taken) {
            if (t.offers >= 4) {
                staffSays(t, "Sorry " + t.first() + ", we're booked solid right now. We'll text you if something opens up.");
                lose(t, "Lost: no time that worked");
            } else {
                offer(t, DemoLines.pick(random, DemoLines.SLOT_TAKEN));
            }
            return;
        }
        settle();
        t.appointment = booked;
        t.caller.booked = true;
        Optional<Fate> change = laterChange(t, booked);
        if (change.isEmpty()) {
            done(t);
            return;
        }
        t.fate = change.get();
        // Some time before the job: the customer phones the office, and staff change it here.
        Instant earliest = clock.instant().plus(Duration.ofMinutes(10));
        Instant latest = booked.slot().start().minus(Duration.ofMinutes(45));
        long span = Duration.between(earliest, latest).toMinutes();
        Instant when = staffTime(earliest.plus(Duration.ofMinutes(random.nextInt((int) (span / 2) + 1))));
        if (!when.isBefore(latest)) {
            when = earliest.plus(Duration.ofMinutes(random.nextInt((int) Math.min(span, 20) + 1)));
        }
        at(when, t.fate == Fate.CANCELS ? () -> cancel(t) : () -> move(t));
    }

    /**
     * Whether this job is to be cancelled or moved later. A job booked too close to its time to be changed
     * passes its cancellation or move on to the next job that can take it, so every week keeps its share.
     */
    private Optional<Fate> laterChange(Talk t, Appointment booked) {
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
    private void cancel(Talk t) {
        Appointment appointment = t.appointment;
        String day = appointment.slot().start().atZone(zone).getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.US);
        if (random.nextInt(100) < 35) {
            staffSays(t, "Hi " + t.first() + ", so sorry: we're short a tech " + day + " and have to cancel your visit.");
            think(20, 60);
            join(booking.cancel(appointment.id(), "Short a tech that day", true));
            settle();
            t.appointment = null;
            t.fate = Fate.BOOKS;
            t.rebooked = true;
            // Offered new times once the day that fell through is over.
            Instant dayAfter = appointment.slot().start().atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            at(customerTime(clock.instant()), () -> {
                customerSays(t, DemoLines.pick(random, DemoLines.REBOOK));
                at(staffTime(dayAfter), () -> offer(t, "Hi " + t.first() + ", thanks for waiting! Here's what we have: "));
            });
            return;
        }
        String reason = DemoLines.pick(random, List.of("Fixed it themselves", "Went with another company",
                "Landlord sent their own plumber", "Decided to wait"));
        join(booking.cancel(appointment.id(), reason, true));
        settle();
        t.appointment = null;
        if (random.nextBoolean()) {
            at(customerTime(clock.instant()), () -> {
                customerSays(t, DemoLines.pick(random, DemoLines.THANKS_AFTER_CANCEL));
                at(staffTime(clock.instant()), () -> lose(t, "Cancelled: " + reason.toLowerCase()));
            });
        } else {
            at(staffTime(clock.instant()), () -> lose(t, "Cancelled: " + reason.toLowerCase()));
        }
    }

    /** The customer phoned to move the job: the same time on a later working day that is free. */
    private void move(Talk t) {
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
                settle();
                break;
            } catch (SlotTaken taken) {
                // That day is full at that time: try the next.
            }
        }
        done(t);
    }

    private Instant shift(Instant instant, int days) {
        return instant.atZone(zone).plusDays(days).toInstant();
    }

    /** Notes why on the lead card and marks the conversation lost. */
    private void lose(Talk t, String why) {
        join(booking.saveLead(t.threadId, card(t, why)));
        think(5, 20);
        join(conversations.markRead(t.threadId));
        join(conversations.moveStage(t.threadId, Stage.LOST));
        done(t);
    }

    private void done(Talk t) {
        t.caller.busy = false;
        t.caller.freeFrom = t.appointment != null ? t.appointment.slot().end().plus(Duration.ofDays(7)) : clock.instant();
    }

    /** The lead card as staff fill it in: what they know so far, the job's usual value once it is qualified. */
    private LeadCard card(Talk t, String notes) {
        Caller c = t.caller;
        if (t.fate == Fate.NOT_A_JOB) {
            return new LeadCard(null, null, null, null, null, notes);
        }
        String name = t.addressKnown ? c.fullName() : t.nameKnown ? c.first : null;
        String access = c.access == null ? null : Character.toUpperCase(c.access.charAt(0)) + c.access.substring(1);
        String allNotes = notes == null ? access : access == null || !t.addressKnown ? notes : notes + ". " + access;
        return new LeadCard(name, t.addressKnown ? c.address : null, t.job.type(), t.urgency.label,
                Integer.toString(t.value), allNotes);
    }

    // ---- the two sides of the phone -------------------------------------------------------------------

    /** The caller rings and hangs up; the network reports it a few seconds later, and the text-back goes out. */
    private void ring(Talk t, Instant endedAt) {
        clock.moveTo(min(endedAt.plusSeconds(2 + random.nextInt(6)), end));
        String sid = phones.ringAndMiss(t.caller.phone, endedAt);
        awaitEngine(s -> s.calls().isRecorded(sid), "the missed call");
        settle();
        missedCalls++;
        if (t.threadId == 0) {
            t.threadId = join(kit.read(s -> s.contacts().byPhone(t.caller.phone)
                    .flatMap(contact -> s.threads().openOf(contact.id()))
                    .map(ThreadSummary::id)))
                    .orElseThrow(() -> new IllegalStateException("The missed call from " + t.caller.phone
                            + " opened no conversation"));
        }
    }

    private void customerSays(Talk t, String body) {
        String sid = phones.customerTexts(t.caller.phone, body);
        awaitEngine(s -> s.messages().isRecorded(sid), "a customer's text");
        settle();
    }

    private void staffSays(Talk t, String body) {
        join(conversations.reply(t.threadId, body));
        settle();
    }

    // ---- time ---------------------------------------------------------------------------------------

    private void at(Instant when, Runnable action) {
        agenda.add(new Step(when, order++, action));
    }

    /** A few seconds of typing or reading between two clicks. */
    private void think(int fromSeconds, int toSeconds) {
        clock.moveTo(min(clock.instant().plusSeconds(fromSeconds + random.nextInt(toSeconds - fromSeconds + 1)), end));
    }

    /** When the front desk answers something that came in at {@code after}: soon in hours, else first thing next open day. */
    private Instant staffTime(Instant after) {
        ZonedDateTime local = after.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean workday = hours.days().contains(local.getDayOfWeek());
        if (workday && !time.isBefore(hours.opens()) && time.isBefore(hours.closes().minusMinutes(20))) {
            return after.plus(Duration.ofMinutes(2 + random.nextInt(24)));
        }
        if (workday && time.isAfter(hours.closes()) && time.isBefore(LocalTime.of(20, 0)) && random.nextInt(10) == 0) {
            // The owner answers from home now and then.
            return after.plus(Duration.ofMinutes(10 + random.nextInt(30)));
        }
        LocalDate day = local.toLocalDate();
        if (!workday || !time.isBefore(hours.opens())) {
            day = day.plusDays(1);
        }
        while (!hours.days().contains(day.getDayOfWeek())) {
            day = day.plusDays(1);
        }
        return day.atTime(hours.opens()).atZone(zone).toInstant().plus(Duration.ofMinutes(3 + random.nextInt(50)));
    }

    /** When a customer answers: mostly within minutes, sometimes hours; nobody texts a plumber at 3 AM. */
    private Instant customerTime(Instant after) {
        int roll = random.nextInt(100);
        Duration delay = roll < 60 ? Duration.ofSeconds(60 + random.nextInt(11 * 60))
                : roll < 90 ? Duration.ofMinutes(12 + random.nextInt(78))
                : Duration.ofMinutes(120 + random.nextInt(240));
        ZonedDateTime at = after.plus(delay).atZone(zone);
        if (at.getHour() >= 22 || at.getHour() < 7) {
            LocalDate day = at.getHour() >= 22 ? at.toLocalDate().plusDays(1) : at.toLocalDate();
            return day.atTime(7, 0).atZone(zone).toInstant().plus(Duration.ofMinutes(random.nextInt(150)));
        }
        return at.toInstant();
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    // ---- waiting for the engine -------------------------------------------------------------------------

    /** Until every text queued so far has been accepted by the carrier (or given up on). */
    private void settle() {
        awaitEngine(s -> s.outbox().backlog() == 0, "the texts it queued to be sent");
    }

    private void awaitEngine(Function<ReadSession, Boolean> landed, String what) {
        long deadline = System.nanoTime() + STEP_LIMIT.toNanos();
        for (int polls = 0; !join(kit.read(landed)); polls++) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("The engine did not finish with " + what + " within "
                        + STEP_LIMIT.toSeconds() + " s");
            }
            LockSupport.parkNanos(polls < 50 ? 200_000 : 2_000_000);
        }
    }

    /** Delivery reports come a moment after each send; the last ones are waited for so every text shows delivered. */
    private void awaitDeliveries() {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (threads().stream().anyMatch(this::awaitsDelivery)) {
            if (System.nanoTime() > deadline) {
                return;
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
    }

    private boolean awaitsDelivery(ThreadDetail thread) {
        return thread.messages().stream().anyMatch(m -> m.direction() == Direction.OUTBOUND
                && m.status() == com.ringbook.domain.DeliveryStatus.SENT);
    }

    private List<ThreadDetail> threads() {
        List<ThreadDetail> all = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            List<ThreadSummary> page = join(conversations.inbox(new InboxQuery(InboxQuery.Filter.ALL, "", 500, offset)));
            for (ThreadSummary summary : page) {
                join(conversations.thread(summary.id())).ifPresent(all::add);
            }
            if (page.size() < 500) {
                return all;
            }
        }
    }

    private Summary summary(LocalDate firstDay) {
        List<ThreadDetail> threads = threads();
        List<Appointment> appointments = join(booking.appointments(firstDay, firstDay.plusYears(3)));
        List<Appointment> booked = appointments.stream().filter(Appointment::booked).toList();
        return new Summary(missedCalls, threads.size(),
                (int) threads.stream().filter(d -> d.messages().stream().map(Message::direction).anyMatch(Direction.INBOUND::equals)).count(),
                booked.size(), booked.stream().mapToLong(Appointment::valueCents).sum(),
                appointments.size() - booked.size(),
                (int) threads.stream().filter(d -> d.summary().stage() == Stage.LOST).count(),
                (int) threads.stream().filter(d -> d.summary().stage() == Stage.OPTED_OUT).count());
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
