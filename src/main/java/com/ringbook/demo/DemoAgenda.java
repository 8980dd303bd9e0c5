package com.ringbook.demo;

import com.ringbook.domain.BusinessHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * The demo's time: the agenda of steps due at their moments, run in order on the {@link SteppingClock},
 * and when the front desk and the customers get round to answering.
 */
final class DemoAgenda {
    private record Step(Instant at, long order, Runnable action) {
    }

    private final PriorityQueue<Step> agenda =
            new PriorityQueue<>(Comparator.comparing(Step::at).thenComparingLong(Step::order));
    private final SteppingClock clock;
    private final Random random;
    private final ZoneId zone;
    private final BusinessHours hours;
    private final Instant end;
    private long order;
    /** Runs before the clock moves to a step's moment, given that moment: the follow-ups due on the way. */
    private java.util.function.Consumer<Instant> onTheWay = at -> { };

    DemoAgenda(SteppingClock clock, Random random, ZoneId zone, BusinessHours hours, Instant end) {
        this.clock = clock;
        this.random = random;
        this.zone = zone;
        this.hours = hours;
        this.end = end;
    }

    Instant end() {
        return end;
    }

    /** Runs every step due by the end, each at its moment. */
    void runToEnd() {
        while (!agenda.isEmpty()) {
            Step step = agenda.poll();
            if (step.at().isAfter(end)) {
                break;
            }
            onTheWay.accept(step.at());
            clock.moveTo(step.at());
            step.action().run();
        }
        onTheWay.accept(end);
    }

    void onTheWay(java.util.function.Consumer<Instant> work) {
        this.onTheWay = work;
    }

    void at(Instant when, Runnable action) {
        agenda.add(new Step(when, order++, action));
    }

    /** A few seconds of typing or reading between two clicks. */
    void think(int fromSeconds, int toSeconds) {
        clock.moveTo(min(clock.instant().plusSeconds(fromSeconds + random.nextInt(toSeconds - fromSeconds + 1)), end));
    }

    /** When the front desk answers something that came in at {@code after}: soon in hours, else first thing next open day. */
    Instant staffTime(Instant after) {
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
    Instant customerTime(Instant after) {
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

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
