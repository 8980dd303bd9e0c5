package com.ringbook.revenue;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.FollowUp;
import com.ringbook.domain.LostMark;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.OutboxItem;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.domain.TimeSlot;
import com.ringbook.store.Store;
import com.ringbook.store.WriteSession;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small business's weeks with known answers, written through the store's own write path: a US business in
 * Chicago (weeks begin on Sunday). Placed around the week holding {@code today}, so a test with a real clock sees the
 * same figures as one with a fixed clock. With {@code W} this week's Sunday and {@code P} the Sunday before:
 *
 * <pre>
 * week P: Ann   call Mon 10:00, texted in 2 s, replies, staff ask, slots offered, booked Tue for $400
 *         Bob   call Tue 09:00, texted in 4 s, replies, staff ask, offered, booked Wed for $300, edited to $350
 *         Cal   call Wed 14:00, texted in 10 s, replies, staff ask, booked Thu for $500, cancelled Fri
 *         Dee   call Thu 11:00, texted in 6 s, never replies, marked lost: went elsewhere
 *         (withheld) call Fri 12:00, not texted, no thread
 *         (staff phone) call Fri 13:00: not a customer, not counted
 *         Gus   call Sat 23:30, texted in 3 s (the week's last half hour: in P, not W)
 * week W: Hal   call Sun 23:30, texted in 1 s, replies, staff ask, booked Mon for $200
 *         Ivy   texts first (no missed call), booked Mon for $900: not recovered revenue
 * </pre>
 *
 * Week P: missed 6, texted 5, replied 3, qualified 3, offered 2, booked 2, $750.00, median 4 s, p90 10 s, 1 lost.
 * Week W: missed 1, texted 1, replied 1, qualified 1, offered 0, booked 1, $200.00, median 1 s, p90 1 s.
 * Every week before P: nothing.
 */
public final class RevenueFixture {
    public static final ZoneId ZONE = ZoneId.of("America/Chicago");
    public static final Map<String, String> SETTINGS = Map.of(Settings.ZONE, ZONE.getId(), Settings.REGION, "US",
            Settings.BUSINESS_NAME, "Fixture Plumbing");

    private final LocalDate thisWeek;
    private final AtomicInteger sids = new AtomicInteger();

    private RevenueFixture(LocalDate thisWeek) {
        this.thisWeek = thisWeek;
    }

    /** This week's Sunday for {@code now} in Chicago. */
    public static LocalDate thisWeek(Instant now) {
        return new Weeks(ZONE, java.time.DayOfWeek.SUNDAY).startOf(LocalDate.ofInstant(now, ZONE));
    }

    /** Writes the business's settings and weeks into an empty store. */
    public static void write(Store store, Instant now) {
        new RevenueFixture(thisWeek(now)).writeAll(store);
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
    }

    private void writeAll(Store store) {
        LocalDate p = thisWeek.minusWeeks(1);
        store.write(s -> {
            s.settings().put(SETTINGS);
            long ann = lead(s, "Ann", "+13125550101", at(p.plusDays(1), 10, 0), 2);
            replied(s, ann, at(p.plusDays(1), 10, 5));
            asked(s, ann, at(p.plusDays(1), 10, 10));
            offered(s, ann, at(p.plusDays(1), 10, 20));
            booked(s, ann, at(p.plusDays(2), 9, 0), 400_00);

            long bob = lead(s, "Bob", "+13125550102", at(p.plusDays(2), 9, 0), 4);
            replied(s, bob, at(p.plusDays(2), 9, 3));
            asked(s, bob, at(p.plusDays(2), 9, 6));
            offered(s, bob, at(p.plusDays(2), 9, 30));
            followedUp(s, bob, at(p.plusDays(2), 12, 30));
            long bobJob = booked(s, bob, at(p.plusDays(3), 8, 0), 300_00);
            s.appointments().setValue(bobJob, 350_00);

            long cal = lead(s, "Cal", "+13125550103", at(p.plusDays(3), 14, 0), 10);
            replied(s, cal, at(p.plusDays(3), 14, 2));
            asked(s, cal, at(p.plusDays(3), 14, 4));
            long calJob = booked(s, cal, at(p.plusDays(4), 9, 0), 500_00);
            s.appointments().cancel(calJob, "found someone cheaper", at(p.plusDays(5), 9, 0));
            s.threads().setStage(cal, Stage.QUALIFYING, at(p.plusDays(5), 9, 0));

            long dee = lead(s, "Dee", "+13125550104", at(p.plusDays(4), 11, 0), 6);
            s.threads().markLost(dee, new LostMark(LostReason.WENT_ELSEWHERE, null, Stage.NEW, at(p.plusDays(5), 11, 0)));

            call(s, "withheld", null, null, at(p.plusDays(5), 12, 0), TextBackDecision.SKIP_WITHHELD);
            call(s, "+13125550999", null, null, at(p.plusDays(5), 13, 0), TextBackDecision.SKIP_STAFF);

            lead(s, "Gus", "+13125550107", at(p.plusDays(6), 23, 30), 3);

            long hal = lead(s, "Hal", "+13125550108", at(thisWeek, 23, 30), 1);
            replied(s, hal, at(thisWeek, 23, 35));
            asked(s, hal, at(thisWeek, 23, 40));
            booked(s, hal, at(thisWeek.plusDays(1), 8, 0), 200_00);

            long ivy = s.threads().create(s.contacts().upsert("+13125550109", at(thisWeek.plusDays(1), 7, 0)).id(),
                    at(thisWeek.plusDays(1), 7, 0));
            s.messages().insertInbound(ivy, sid(), "Hi, can you fix a boiler?", at(thisWeek.plusDays(1), 7, 0), true);
            asked(s, ivy, at(thisWeek.plusDays(1), 7, 5));
            booked(s, ivy, at(thisWeek.plusDays(1), 8, 30), 900_00);
            return null;
        }).join();
    }

    private String sid() {
        return "SID" + sids.incrementAndGet();
    }

    /** A missed call that opens a thread and is texted back {@code textSeconds} later. */
    private long lead(WriteSession s, String name, String phone, Instant ended, int textSeconds) {
        Instant detected = ended.plusSeconds(1);
        long contact = s.contacts().upsert(phone, detected).id();
        s.contacts().setName(contact, name);
        long thread = s.threads().create(contact, detected);
        long call = call(s, phone, contact, thread, ended, TextBackDecision.SEND_BUSINESS_HOURS);
        OutboxItem text = s.outbox().queue(thread, MessageKind.TEXT_BACK, phone, "Sorry we missed you", call, detected);
        s.outbox().recordAccepted(text.id(), sid(), DeliveryStatus.SENT, ended.plusSeconds(textSeconds));
        return thread;
    }

    private long call(WriteSession s, String caller, Long contact, Long thread, Instant ended, TextBackDecision decision) {
        Instant detected = ended.plusSeconds(1);
        return s.calls().insert(sid(), caller, contact, thread, ended, detected, decision).orElseThrow();
    }

    private void replied(WriteSession s, long thread, Instant at) {
        s.messages().insertInbound(thread, sid(), "Yes please, the sink is leaking", at, true);
    }

    private void asked(WriteSession s, long thread, Instant at) {
        String phone = s.threads().summary(thread).orElseThrow().phone();
        s.outbox().queue(thread, MessageKind.STAFF_REPLY, phone, "What's the address?", null, at);
        s.threads().setStage(thread, Stage.QUALIFYING, at);
    }

    /** A follow-up nudge sent on the thread (the scheduler's own rows and text), so a later booking counts as after one. */
    private void followedUp(WriteSession s, long thread, Instant at) {
        String phone = s.threads().summary(thread).orElseThrow().phone();
        OutboxItem nudge = s.outbox().queue(thread, MessageKind.FOLLOW_UP, phone, "Still need a hand?", null, at);
        FollowUp planned = s.followUps().schedule(thread, nudge.messageId(), 1, FollowUp.Situation.AFTER_OFFER, at, at);
        s.followUps().markSent(planned.id(), nudge.messageId(), at);
    }

    private void offered(WriteSession s, long thread, Instant at) {
        Instant start = at.plus(Duration.ofDays(2));
        s.offers().save(thread, "Repair", List.of(new TimeSlot(1, start, start.plus(Duration.ofHours(2)), start,
                start.plus(Duration.ofHours(1)))), at);
        s.threads().setStage(thread, Stage.SLOTS_OFFERED, at);
    }

    private long booked(WriteSession s, long thread, Instant at, long cents) {
        Instant start = at.plus(Duration.ofDays(3));
        long id = s.appointments().book(thread, new TimeSlot(1, start, start.plus(Duration.ofHours(2)), start,
                start.plus(Duration.ofHours(1))), "1 Main St", "Repair", cents, at);
        s.threads().setStage(thread, Stage.BOOKED, at);
        return id;
    }
}
