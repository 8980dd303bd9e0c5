package com.ringbook.demo;

import static com.ringbook.demo.DemoEngineWait.join;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.booking.api.SlotTaken;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.demo.DemoBusiness.Fate;
import com.ringbook.demo.DemoLines.JobKind;
import com.ringbook.demo.DemoLines.Urgency;
import com.ringbook.demo.DemoPeople.Caller;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.BusinessHours;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.EngineKit;
import com.ringbook.engine.api.ConversationService;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The script of one caller's conversation: the missed call and the text-back, the problem described, the
 * desk's qualifying questions and the customer's answers, the two slots offered and the one booked (or the
 * customer lost), with both sides of the phone played through the same services the console calls.
 */
final class DemoConversation {
    private final EngineKit kit;
    private final ConversationService conversations;
    private final BookingService booking;
    private final SimulatedCarrier phones;
    private final SteppingClock clock;
    private final Random random;
    private final DemoPeople people;
    private final DemoEngineWait wait;
    private final DemoAgenda agenda;
    private final ZoneId zone;
    private final List<String> questions;
    private final DemoChanges changes;
    private final DemoFollowUps followUps;
    private final List<Caller> callers = new ArrayList<>();
    private int missedCalls;

    DemoConversation(EngineKit kit, ConversationService conversations, BookingService booking, SimulatedCarrier phones,
                     SteppingClock clock, Random random, DemoPeople people, DemoEngineWait wait, DemoAgenda agenda,
                     ZoneId zone, BusinessHours hours, List<String> questions, DemoFollowUps followUps) {
        this.kit = kit;
        this.conversations = conversations;
        this.booking = booking;
        this.phones = phones;
        this.clock = clock;
        this.random = random;
        this.people = people;
        this.wait = wait;
        this.agenda = agenda;
        this.zone = zone;
        this.questions = questions;
        this.followUps = followUps;
        this.changes = new DemoChanges(this, booking, clock, random, wait, agenda, zone, hours);
    }

    /** The missed calls rung so far. */
    int missedCalls() {
        return missedCalls;
    }

    void firstCall(Fate fate, Instant endedAt) {
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
        DemoTalk talk = new DemoTalk(caller, returning.isPresent(), fate, job, problem, urgency, value);
        ring(talk, endedAt);
        Instant next = endedAt;
        if (fate != Fate.NOT_A_JOB && random.nextInt(10) == 0) {
            // Rings again a minute or two later, before reading the text: the call joins the same conversation.
            Instant again = endedAt.plusSeconds(60 + random.nextInt(180));
            agenda.at(again, () -> ring(talk, again));
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

    private void firstMove(DemoTalk t, Instant after) {
        switch (t.fate) {
            case SILENT -> {
                // The automatic follow-up goes after the silence; some answer it and go on to book.
                Optional<Instant> nudge = followUps.nudgeAt(t.threadId);
                if (nudge.isPresent() && random.nextInt(100) < 40) {
                    t.fate = Fate.BOOKS;
                    agenda.at(agenda.customerTime(nudge.get()), () -> describeProblem(t));
                }
                // The others never answer: the conversation stays open, and the caller never calls back.
            }
            case STOP -> agenda.at(agenda.customerTime(after), () -> {
                customerSays(t, DemoLines.pick(random, DemoLines.STOPS));
                t.caller.optedOut = true;
            });
            case NOT_A_JOB -> agenda.at(agenda.customerTime(after), () -> notAJob(t));
            default -> agenda.at(agenda.customerTime(after), () -> describeProblem(t));
        }
    }

    private void notAJob(DemoTalk t) {
        boolean sales = random.nextInt(3) == 0;
        customerSays(t, DemoLines.pick(random, sales ? DemoLines.SALES : DemoLines.WRONG_NUMBER));
        agenda.at(agenda.staffTime(clock.instant()), () -> {
            if (!sales) {
                staffSays(t, "No worries, have a good day!");
            }
            if (sales) {
                lose(t, LostReason.SPAM, null, "Not a job: sales call");
            } else {
                lose(t, LostReason.OTHER, "Wrong number", "Not a job: wrong number");
            }
        });
    }

    private void describeProblem(DemoTalk t) {
        if (t.returning) {
            customerSays(t, "hi its " + t.first() + " again. " + t.problem);
        } else if (random.nextInt(100) < 15) {
            customerSays(t, DemoLines.pick(random, DemoLines.VAGUE_FIRST));
            agenda.at(agenda.staffTime(clock.instant()), () -> {
                staffSays(t, "Hi! " + questions.get(0));
                agenda.at(agenda.customerTime(clock.instant()), () -> {
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

    private void afterProblem(DemoTalk t) {
        Instant now = clock.instant();
        if (t.fate == Fate.PRICE || random.nextInt(100) < 12) {
            t.askedPrice = true;
            Instant asks = now.plusSeconds(30 + random.nextInt(150));
            agenda.at(asks, () -> customerSays(t, DemoLines.pick(random, DemoLines.PRICE_QUESTIONS)));
            now = asks;
        }
        agenda.at(agenda.staffTime(now), () -> qualify(t));
    }

    /** The first answer from the desk: the price if asked, then how urgent it is (and the address, to save a text). */
    private void qualify(DemoTalk t) {
        if (t.nameKnown && !t.returning) {
            join(conversations.renameContact(t.threadId, t.first()));
            agenda.think(10, 40);
        }
        String hello = t.nameKnown ? "Thanks " + t.first() + "! " : "Thanks! ";
        if (t.askedPrice) {
            staffSays(t, hello + t.job.price());
            if (t.fate == Fate.PRICE) {
                agenda.at(agenda.customerTime(clock.instant()), () -> {
                    customerSays(t, DemoLines.pick(random, DemoLines.TOO_EXPENSIVE));
                    agenda.at(agenda.staffTime(clock.instant()), () -> {
                        staffSays(t, "Understood, thanks for checking with us. We're here if you change your mind.");
                        lose(t, LostReason.PRICE, null, "Lost: price");
                    });
                });
                return;
            }
            agenda.think(20, 60);
            hello = "";
        }
        if (t.returning) {
            staffSays(t, hello + questions.get(1) + " And is this at " + t.caller.street() + " again?");
        } else {
            t.combinedQuestions = random.nextInt(100) < 40;
            staffSays(t, hello + questions.get(1) + (t.combinedQuestions ? " " + questions.get(2) : ""));
        }
        agenda.at(agenda.customerTime(clock.instant()), () -> answerUrgency(t));
    }

    private void answerUrgency(DemoTalk t) {
        if (t.fate == Fate.ELSEWHERE && random.nextBoolean()) {
            goesElsewhere(t, DemoLines.WENT_ELSEWHERE);
            return;
        }
        String urgency = DemoLines.pick(random, t.urgency.answers);
        if (t.returning) {
            customerSays(t, urgency + ". " + DemoLines.pick(random, DemoLines.SAME_ADDRESS));
            agenda.at(agenda.staffTime(clock.instant()), () -> offer(t, null));
        } else if (t.combinedQuestions) {
            customerSays(t, urgency + ". " + addressAnswer(t));
            t.nameKnown = true;
            t.addressKnown = true;
            agenda.at(agenda.staffTime(clock.instant()), () -> offer(t, null));
        } else {
            customerSays(t, urgency);
            agenda.at(agenda.staffTime(clock.instant()), () -> {
                staffSays(t, DemoLines.pick(random, DemoLines.ACKS) + questions.get(2));
                agenda.at(agenda.customerTime(clock.instant()), () -> {
                    customerSays(t, addressAnswer(t));
                    t.nameKnown = true;
                    t.addressKnown = true;
                    agenda.at(agenda.staffTime(clock.instant()), () -> offer(t, null));
                });
            });
        }
    }

    private String addressAnswer(DemoTalk t) {
        Caller c = t.caller;
        String access = c.access == null ? "" : ". " + c.access;
        return switch (random.nextInt(4)) {
            case 0 -> c.fullName() + ", " + c.address + access;
            case 1 -> "its " + c.address + access + ". name is " + c.fullName();
            case 2 -> c.address + access + " - " + c.fullName();
            default -> c.fullName() + " - " + c.address.toLowerCase() + access;
        };
    }

    private void goesElsewhere(DemoTalk t, List<String> lines) {
        customerSays(t, DemoLines.pick(random, lines));
        agenda.at(agenda.staffTime(clock.instant()), () -> {
            staffSays(t, "No problem, glad you're sorted! Save this number in case you ever need us.");
            if (lines == DemoLines.TOO_LATE) {
                lose(t, LostReason.WENT_ELSEWHERE, "Needed someone sooner",
                        "Lost: needed someone sooner than our first opening");
            } else {
                lose(t, LostReason.WENT_ELSEWHERE, null, "Lost: went with someone else");
            }
        });
    }

    /** Fills in the lead card and offers the next free slots, as drafted, with a word in front. */
    void offer(DemoTalk t, String intro) {
        join(booking.saveLead(t.threadId, t.card(null)));
        agenda.think(20, 90);
        SlotOffer draft = join(booking.draftOffer(t.threadId, t.job.type()));
        agenda.think(15, 60);
        String lead = intro != null ? intro
                : DemoLines.pick(random, DemoLines.OFFER_INTROS).replace("{first}", t.first());
        join(booking.sendOffer(t.threadId, draft.jobType(), draft.slots(), lead + draft.text()));
        wait.settle();
        t.offered = draft.slots();
        t.offers++;
        Instant sent = clock.instant();
        if (t.fate == Fate.GHOSTS) {
            // The automatic follow-up offers to find a better time; a few take it up, the rest are let go.
            Optional<Instant> nudge = followUps.nudgeAt(t.threadId);
            if (nudge.isPresent() && random.nextInt(100) < 35) {
                t.fate = Fate.BOOKS;
                agenda.at(agenda.customerTime(nudge.get()), () -> choose(t));
            } else {
                agenda.at(agenda.staffTime(sent.plus(Duration.ofDays(3 + random.nextInt(2)))),
                        () -> lose(t, LostReason.NO_REPLY, null, "Lost: no reply after we offered times or the follow-up"));
            }
        } else if (t.fate == Fate.ELSEWHERE && t.offers == 1) {
            boolean today = draft.slots().get(0).start().atZone(zone).toLocalDate().equals(sent.atZone(zone).toLocalDate());
            agenda.at(agenda.customerTime(sent), () -> goesElsewhere(t, today ? DemoLines.WENT_ELSEWHERE : DemoLines.TOO_LATE));
        } else {
            agenda.at(agenda.customerTime(sent), () -> choose(t));
        }
    }

    private void choose(DemoTalk t) {
        int number = t.offered.size() == 1 ? 1 : random.nextInt(100) < 55 ? 1 : 2;
        customerSays(t, DemoLines.choice(random, number, t.offered.size()));
        TimeSlot chosen = t.offered.get(number - 1);
        agenda.at(agenda.staffTime(clock.instant()), () -> book(t, chosen));
    }

    /** Books the chosen time; when it went meanwhile (or has passed), offers fresh slots instead. */
    private void book(DemoTalk t, TimeSlot slot) {
        Appointment booked;
        try {
            booked = join(booking.book(t.threadId, slot, t.caller.address));
        } catch (SlotTaken taken) {
            if (t.offers >= 4) {
                staffSays(t, "Sorry " + t.first() + ", we're booked solid right now. We'll text you if something opens up.");
                lose(t, LostReason.OTHER, "No time that worked", "Lost: no time that worked");
            } else {
                offer(t, DemoLines.pick(random, DemoLines.SLOT_TAKEN));
            }
            return;
        }
        wait.settle();
        t.appointment = booked;
        t.caller.booked = true;
        Optional<Fate> change = changes.laterChange(t, booked);
        if (change.isEmpty()) {
            done(t);
            return;
        }
        t.fate = change.get();
        // Some time before the job: the customer phones the office, and staff change it here.
        Instant earliest = clock.instant().plus(Duration.ofMinutes(10));
        Instant latest = booked.slot().start().minus(Duration.ofMinutes(45));
        long span = Duration.between(earliest, latest).toMinutes();
        Instant when = agenda.staffTime(earliest.plus(Duration.ofMinutes(random.nextInt((int) (span / 2) + 1))));
        if (!when.isBefore(latest)) {
            when = earliest.plus(Duration.ofMinutes(random.nextInt((int) Math.min(span, 20) + 1)));
        }
        agenda.at(when, t.fate == Fate.CANCELS ? () -> changes.cancel(t) : () -> changes.move(t));
    }

    /**
     * Notes why on the lead card and marks the conversation lost for {@code reason}, as staff pick it in the dialog,
     * with a short note where the reason alone would not say it. The reason follows from the fate, so the reasons'
     * proportions are the fates' and no extra random draw shifts the rest of the demo.
     */
    void lose(DemoTalk t, LostReason reason, String note, String why) {
        join(booking.saveLead(t.threadId, t.card(why)));
        agenda.think(5, 20);
        join(conversations.markRead(t.threadId));
        join(conversations.markLost(t.threadId, reason, note));
        done(t);
    }

    void done(DemoTalk t) {
        t.caller.busy = false;
        t.caller.freeFrom = t.appointment != null ? t.appointment.slot().end().plus(Duration.ofDays(7)) : clock.instant();
    }

    // ---- the two sides of the phone -------------------------------------------------------------------

    /** The caller rings and hangs up; the network reports it a few seconds later, and the text-back goes out. */
    private void ring(DemoTalk t, Instant endedAt) {
        clock.moveTo(DemoAgenda.min(endedAt.plusSeconds(2 + random.nextInt(6)), agenda.end()));
        String sid = phones.ringAndMiss(t.caller.phone, endedAt);
        wait.awaitEngine(s -> s.calls().isRecorded(sid), "the missed call");
        wait.settle();
        missedCalls++;
        if (t.threadId == 0) {
            t.threadId = join(kit.read(s -> s.contacts().byPhone(t.caller.phone)
                    .flatMap(contact -> s.threads().openOf(contact.id()))
                    .map(ThreadSummary::id)))
                    .orElseThrow(() -> new IllegalStateException("The missed call from " + t.caller.phone
                            + " opened no conversation"));
        }
    }

    void customerSays(DemoTalk t, String body) {
        String sid = phones.customerTexts(t.caller.phone, body);
        wait.awaitEngine(s -> s.messages().isRecorded(sid), "a customer's text");
        wait.settle();
    }

    void staffSays(DemoTalk t, String body) {
        join(conversations.reply(t.threadId, body));
        wait.settle();
    }
}
