package com.ringbook.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The owner's figures, read only, each for a run of consecutive weeks given as their boundaries ({@code n + 1}
 * instants for {@code n} weeks: week {@code i} is {@code [bounds[i], bounds[i+1])}). Every query is one statement
 * for all the weeks at once; none walks threads one by one.
 *
 * <p>A missed call here is any recorded call but one from a staff phone. A lead is a thread that began with a
 * missed call (the call that opened it); it is counted in the week of that call.
 */
public interface RevenueRepository {

    /** What became of one week's missed calls and the leads they opened. */
    record Conversations(int missed, int texted, int replied, int qualified, int offered, int lost, int optedOut) {
        public static final Conversations NONE = new Conversations(0, 0, 0, 0, 0, 0, 0);
    }

    /** Jobs booked in a week (still booked) from threads that began with a missed call, and their value in cents. */
    record Bookings(int booked, long valueCents) {
        public static final Bookings NONE = new Bookings(0, 0);
    }

    /** How fast a week's missed calls were texted back: how many were, and the median and p90 delay (null: none). */
    record TextSpeed(int texted, Long medianMillis, Long p90Millis) {
        public static final TextSpeed NONE = new TextSpeed(0, null, null);
    }

    /** Which figure's threads to list. */
    enum Step { MISSED, TEXTED, REPLIED, QUALIFIED, OFFERED, BOOKED, LOST,
        /** The jobs counted by {@link #bookedAfterFollowUp}: booked after a follow-up was sent on their thread. */
        AFTER_FOLLOW_UP }

    /**
     * One line behind a figure: the thread (null for a call that opened none, e.g. a withheld number), who, when
     * (the call, or the booking), and a detail (the text-back delay in ms, or the job's value in cents; else null).
     */
    record Behind(Long threadId, String name, String phone, Instant at, Long amount) {
    }

    /** Per week, in order: missed, texted, and how far the leads got. */
    List<Conversations> conversations(List<Instant> bounds);

    /** Per week, in order: jobs booked that week and not cancelled since, from leads; their value as last edited. */
    List<Bookings> bookings(List<Instant> bounds);

    /** Per week, in order: time from a missed call ending to its text-back being accepted by the carrier. */
    List<TextSpeed> textSpeed(List<Instant> bounds);

    /**
     * Leads of {@code [from, to)} that were lost, by the reason staff gave (a {@code LostReason} name), most first;
     * "not recorded" for those lost without one.
     */
    Map<String, Integer> lostByReason(Instant from, Instant to);

    /**
     * Per week, jobs booked (and not cancelled since) from leads after a follow-up had been sent on their thread
     * (appointments.after_follow_up). Empty only for a store that cannot tell.
     */
    Optional<List<Integer>> bookedAfterFollowUp(List<Instant> bounds);

    /** Every weekly figure at once, as the screen reads them: each list (or the optional one) as its own method gives. */
    record Weekly(List<Conversations> conversations, List<Bookings> bookings, List<TextSpeed> textSpeed,
                  Optional<List<Integer>> afterFollowUp) {
    }

    /**
     * The four weekly reads together; a store may answer them in fewer statements (SQLite: one over the weeks' calls,
     * one over their jobs) than the four methods one by one.
     */
    default Weekly weekly(List<Instant> bounds) {
        return new Weekly(conversations(bounds), bookings(bounds), textSpeed(bounds), bookedAfterFollowUp(bounds));
    }

    /** The calls, leads or jobs behind a figure for {@code [from, to)}, newest first, at most {@code limit}. */
    List<Behind> behind(Step step, Instant from, Instant to, int limit);
}
