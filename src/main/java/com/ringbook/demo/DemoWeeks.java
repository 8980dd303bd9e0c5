package com.ringbook.demo;

import com.ringbook.demo.DemoBusiness.Fate;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The weekly mix of the demo: how many new callers each week, on which days and at what hours they ring,
 * and how their stories go, each first call put on the agenda.
 */
final class DemoWeeks {
    /** Missed calls by day of the week, Monday first: the weekend's problems ring on Monday. */
    private static final int[] DAY_WEIGHTS = {24, 16, 15, 15, 16, 7, 4};
    /** Calls in business hours by hour, 08:00 first. */
    private static final int[] HOUR_WEIGHTS = {9, 10, 9, 8, 9, 8, 7, 7, 6};

    private final Random random;
    private final ZoneId zone;

    DemoWeeks(Random random, ZoneId zone) {
        this.random = random;
        this.zone = zone;
    }

    /** Week by week from the first day: 6 to 13 new callers, Mondays busiest, a mix of how their stories go. */
    void plan(LocalDate firstDay, LocalDate lastDay, DemoAgenda agenda, DemoConversation script) {
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
                agenda.at(at, () -> script.firstCall(fate, at));
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
}
