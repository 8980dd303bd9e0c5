package com.ringbook.demo;

import static com.ringbook.demo.DemoEngineWait.join;

import com.ringbook.booking.api.BookingService;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.demo.DemoLines.JobKind;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Direction;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.engine.Engine;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.followup.FollowUpScheduler;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Runs the demo business: weeks of a small plumbing and heating shop, made to happen on a real engine.
 * Customers ring and hang up at the hours people do, get the text-back, answer (or not) in the words
 * people use, and the front desk qualifies them with the questions in Settings, fills in the lead card,
 * offers two real free slots and books the one they pick, through the same services the console calls.
 * Some jobs are cancelled or moved, some customers go elsewhere, some never answer, a few text STOP. Customers
 * who go quiet get the automatic follow-up, and some of them answer it.
 *
 * <p>Time is the demo's {@link SteppingClock}: each step happens at its moment in the script and the
 * engine is left to finish it (the call recorded, the texts accepted by the carrier) before the clock
 * moves on. With everything random drawn from one {@link Random}, the same seed and the same end make
 * the same business.
 *
 * <p>This class runs the demo from its first moment to its end and sums up what happened; the weekly mix
 * of callers is {@link DemoWeeks}, one caller's conversation {@link DemoConversation}, the time
 * {@link DemoAgenda}, and the waiting for the engine {@link DemoEngineWait}.
 */
public final class DemoBusiness {
    public static final String BUSINESS_NAME = "Harbor Plumbing & Heating";

    /** What happened, for the line the command prints. */
    public record Summary(int missedCalls, int conversations, int replied, int booked,
                          long bookedValueCents, int cancelled, int lost, int optedOut, int followUps, int answeredFollowUp) {
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

    private final Engine engine;
    private final EngineKit kit;
    private final ConversationService conversations;
    private final BookingService booking;
    private final SimulatedCarrier phones;
    private final SteppingClock clock;
    private final Random random;
    private final DemoPeople people;
    private final DemoEngineWait wait;
    private final DemoFollowUps followUps;

    /** @param followUps the follow-up loop, run in the demo's time so the same seed makes the same nudges */
    public DemoBusiness(Engine engine, BookingService booking, FollowUpScheduler followUps, SimulatedCarrier phones,
                        SteppingClock clock, long seed) {
        this.engine = engine;
        this.kit = engine.kit();
        this.conversations = engine.conversations();
        this.booking = booking;
        this.phones = phones;
        this.clock = clock;
        this.random = new Random(seed);
        this.people = new DemoPeople(random);
        this.wait = new DemoEngineWait(kit, conversations);
        this.followUps = new DemoFollowUps(followUps, kit, clock, wait);
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
        List<String> questions = settings.qualifyingQuestions();
        if (questions.size() < 3) {
            throw new IllegalStateException("The demo asks the three qualifying questions Settings start with");
        }
        for (JobKind kind : DemoLines.JOBS) {
            if (settings.schedule().jobType(kind.type()).isEmpty()) {
                throw new IllegalStateException("The demo needs the job type \"" + kind.type() + "\" in Settings");
            }
        }
        DemoAgenda agenda = new DemoAgenda(clock, random, zone, settings.hours(), now);
        agenda.onTheWay(followUps::catchUpTo);
        DemoConversation script = new DemoConversation(kit, conversations, booking, phones, clock, random, people,
                wait, agenda, zone, settings.hours(), questions, followUps);
        LocalDate firstDay = now.atZone(zone).toLocalDate().minusWeeks(weeks);
        new DemoWeeks(random, zone).plan(firstDay, now.atZone(zone).toLocalDate(), agenda, script);
        agenda.runToEnd();
        wait.awaitDeliveries();
        return summary(firstDay, script.missedCalls());
    }

    private Summary summary(LocalDate firstDay, int missedCalls) {
        List<ThreadDetail> threads = wait.threads();
        List<Appointment> appointments = join(booking.appointments(firstDay, firstDay.plusYears(3)));
        List<Appointment> booked = appointments.stream().filter(Appointment::booked).toList();
        return new Summary(missedCalls, threads.size(),
                (int) threads.stream().filter(d -> d.messages().stream().map(Message::direction).anyMatch(Direction.INBOUND::equals)).count(),
                booked.size(), booked.stream().mapToLong(Appointment::valueCents).sum(),
                appointments.size() - booked.size(),
                (int) threads.stream().filter(d -> d.summary().stage() == Stage.LOST).count(),
                (int) threads.stream().filter(d -> d.summary().stage() == Stage.OPTED_OUT).count(),
                (int) threads.stream().flatMap(d -> d.messages().stream()).filter(m -> m.kind() == MessageKind.FOLLOW_UP).count(),
                (int) threads.stream().filter(DemoBusiness::answeredAFollowUp).count());
    }

    /** A customer text came after a follow-up: the nudge brought them back. */
    private static boolean answeredAFollowUp(ThreadDetail thread) {
        boolean nudged = false;
        for (Message m : thread.messages()) {
            nudged |= m.kind() == MessageKind.FOLLOW_UP;
            if (nudged && m.direction() == Direction.INBOUND) {
                return true;
            }
        }
        return false;
    }
}
