package com.ringbook.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * When the business works, in its own local time: for each day of the week, the spans it is open.
 *
 * <p>A span whose closing time is not after its opening time runs past midnight into the next day
 * (22:00-06:00 is a night shift; 00:00-00:00 is the whole day). Such a span belongs to the day it opens on.
 * A day with no spans is not worked. Spans never overlap one another, a night shift and the next morning's
 * span included, and at least one day is worked.
 *
 * @param days the spans of each worked day, earliest opening first; days not worked are absent
 */
public record WorkingHours(Map<DayOfWeek, List<Span>> days) {

    private static final long DAY_SECONDS = Duration.ofDays(1).toSeconds();
    private static final long WEEK_SECONDS = 7 * DAY_SECONDS;

    /** One opening: from {@code opens} to {@code closes}, past midnight when {@code closes} is not after it. */
    public record Span(LocalTime opens, LocalTime closes) {

        public Span {
            Objects.requireNonNull(opens, "A working span needs an opening time");
            Objects.requireNonNull(closes, "A working span needs a closing time");
        }

        /** Whether the span runs past midnight into the next day. */
        public boolean overnight() {
            return !closes.isAfter(opens);
        }

        /** The span's length on a day without a clock change. */
        public Duration length() {
            Duration length = Duration.between(opens, closes);
            return overnight() ? length.plusDays(1) : length;
        }

        @Override
        public String toString() {
            return opens + "-" + closes;
        }
    }

    public WorkingHours {
        Objects.requireNonNull(days, "Working hours need a map of days");
        EnumMap<DayOfWeek, List<Span>> copy = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, spans) -> {
            Objects.requireNonNull(day, "Working hours cannot have a day that is null");
            Objects.requireNonNull(spans, () -> name(day) + " has no list of spans");
            if (!spans.isEmpty()) {
                List<Span> sorted = new ArrayList<>(spans);
                sorted.forEach(span -> Objects.requireNonNull(span, () -> name(day) + " has a span that is null"));
                sorted.sort(Comparator.comparing(Span::opens));
                copy.put(day, List.copyOf(sorted));
            }
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("Working hours need at least one day with opening hours.");
        }
        refuseOverlaps(copy);
        days = Collections.unmodifiableMap(copy);
    }

    /** Monday to Friday, 08:00-17:00. */
    public static WorkingHours defaults() {
        return every(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0), LocalTime.of(17, 0));
    }

    /** The same one span on each of the given days. */
    public static WorkingHours every(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {
        Map<DayOfWeek, List<Span>> map = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : days) {
            map.put(day, List.of(new Span(opens, closes)));
        }
        return new WorkingHours(map);
    }

    /** These hours with {@code day}'s spans replaced by one span. */
    public WorkingHours with(DayOfWeek day, LocalTime opens, LocalTime closes) {
        return with(day, List.of(new Span(opens, closes)));
    }

    /** These hours with {@code day}'s spans replaced; an empty list means the day is not worked. */
    public WorkingHours with(DayOfWeek day, List<Span> spans) {
        Map<DayOfWeek, List<Span>> map = new EnumMap<>(DayOfWeek.class);
        map.putAll(days);
        map.put(day, spans);
        return new WorkingHours(map);
    }

    /** These hours with {@code day} not worked. */
    public WorkingHours closed(DayOfWeek day) {
        return with(day, List.of());
    }

    /** The spans that open on {@code day}, earliest first; empty when the day is not worked. */
    public List<Span> spansOn(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }

    /** The longest span of the week, as long as it is on a day without a clock change. */
    public Duration longestSpan() {
        return days.values().stream().flatMap(List::stream).map(Span::length)
                .max(Comparator.naturalOrder()).orElseThrow();
    }

    private static void refuseOverlaps(Map<DayOfWeek, List<Span>> days) {
        record Placed(DayOfWeek day, Span span, long start, long end) {
        }
        List<Placed> placed = new ArrayList<>();
        days.forEach((day, spans) -> {
            for (Span span : spans) {
                long start = (day.getValue() - 1) * DAY_SECONDS + span.opens().toSecondOfDay();
                placed.add(new Placed(day, span, start, start + span.length().toSeconds()));
            }
        });
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                Placed a = placed.get(i);
                Placed b = placed.get(j);
                // Sunday's night shift runs into Monday: compare with the other span a week either side too.
                for (long shift = -WEEK_SECONDS; shift <= WEEK_SECONDS; shift += WEEK_SECONDS) {
                    if (a.start() < b.end() + shift && b.start() + shift < a.end()) {
                        throw new IllegalArgumentException(name(a.day()) + "'s " + a.span() + " overlaps "
                                + name(b.day()) + "'s " + b.span() + "; working spans must not overlap.");
                    }
                }
            }
        }
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.US);
    }

    /**
     * @throws IllegalArgumentException with a sentence for the user when a job of this length fits in no
     *     working span
     */
    public void requireFits(Duration jobLength, String prefix) {
        Objects.requireNonNull(jobLength, "A job needs a length");
        if (jobLength.isNegative() || jobLength.isZero()) {
            throw new IllegalArgumentException(prefix + "A job must take some time (got "
                    + Durations.words(jobLength) + ").");
        }
        Duration longest = longestSpan();
        if (jobLength.compareTo(longest) > 0) {
            throw new IllegalArgumentException(prefix + "A " + Durations.words(jobLength)
                    + " job does not fit in any working day (the longest is " + Durations.words(longest) + ").");
        }
    }
}
