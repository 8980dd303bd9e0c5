package com.ringbook.booking;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Times in one business zone, written the way the business reads them. */
final class Fixtures {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private Fixtures() {
    }

    /** "2026-11-23T08:00" in New York; for a time the clocks repeat, its first occurrence. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, NEW_YORK);
    }

    static List<LocalDateTime> starts(SlotSearch search) {
        return search.slots().stream().map(slot -> local(slot.start())).toList();
    }

    static Booked booked(int crew, String from, String to) {
        return new Booked(crew, at(from), at(to));
    }

    static Duration hours(double hours) {
        return Duration.ofMinutes(Math.round(hours * 60));
    }

    /** Every date from {@code first} to {@code last}, both included, except those listed. */
    static Set<LocalDate> datesBetween(String first, String last, String... except) {
        Set<LocalDate> dates = new HashSet<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            dates.add(d);
        }
        for (String e : except) {
            dates.remove(LocalDate.parse(e));
        }
        return dates;
    }

    /** One crew busy every working hour (08:00-17:00) of every weekday from {@code first} to {@code last}. */
    static List<Booked> fullDays(int crew, String first, String last) {
        List<Booked> booked = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                booked.add(new Booked(crew, d.atTime(8, 0).atZone(NEW_YORK).toInstant(),
                        d.atTime(17, 0).atZone(NEW_YORK).toInstant()));
            }
        }
        return booked;
    }
}
