package com.ringbook.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pieces of a day or time a reply names, word by word, and dates the day ones against today: a day
 * ("tomorrow", "next wed", "the 3rd", "12/5", "dec 5"), a part of the day ("morning", "tonight") or a clock time,
 * read by {@link ClockTimes}. {@link DateResolver} groups the pieces and resolves them into a {@link When}.
 */
final class WhenParts {

    static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");
    static final Pattern ORDINAL_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");

    private WhenParts() {
    }

    /** A day, a part of the day or a clock time found in the words {@code [from, to)}. */
    static final class Part {
        final int from;
        final int to;
        LocalDate date;
        int specificity; // 1 relative or weekday, 2 day of month, 3 month and day
        Integer hour;
        int minute;
        Boolean pm;
        Integer partStart;
        Boolean partPm;
        boolean before;

        Part(int from, int to) {
            this.from = from;
            this.to = to;
        }

        boolean isDate() {
            return date != null;
        }

        boolean isClock() {
            return hour != null;
        }

        boolean isPartOfDay() {
            return partStart != null;
        }
    }

    /**
     * @param slotCount how many slots the answered text offered: a bare number up to it is a slot, never a time
     * @param claimed   word indexes already read as something else (a chosen slot), never part of a time
     */
    static List<Part> find(Words words, LocalDate today, int slotCount, Set<Integer> claimed) {
        List<Part> parts = new ArrayList<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            if (claimed.contains(i)) {
                continue;
            }
            String w = words.get(i);
            String prev = words.get(i - 1);
            String next = words.get(i + 1);
            Part p = null;
            switch (w) {
                case "today", "now" -> {
                    if (w.equals("today")) {
                        p = date(i, i + 1, today, 1);
                    }
                }
                case "tonight" -> {
                    p = date(i, i + 1, today, 1);
                    parts.add(p);
                    p = partOfDay(i, i + 1, 17, true);
                }
                case "tomorrow" -> {
                    if (prev.equals("after") && words.get(i - 2).equals("day")) {
                        p = date(i - 2, i + 1, today.plusDays(2), 1);
                    } else {
                        p = date(i, i + 1, today.plusDays(1), 1);
                    }
                }
                case "week" -> {
                    if (prev.equals("next") || prev.equals("following")) {
                        boolean afterWeekday = Lexicon.WEEKDAYS.containsKey(words.get(i - 2));
                        if (!afterWeekday) {
                            p = date(i - 1, i + 1, today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)), 1);
                        }
                    } else if (prev.equals("a") && words.get(i - 2).equals("in")) {
                        p = date(i - 2, i + 1, today.plusWeeks(1), 1);
                    }
                }
                case "weekend" -> {
                    // "weekend appointments", "do you do weekend hours": a kind of time, not a day
                    boolean kind = Set.of("appointments", "appointment", "hours", "availability", "service", "rates",
                            "rate", "slots", "work", "calls", "jobs", "visits").contains(next);
                    if (!prev.equals("every") && !kind) {
                        p = date(i, i + 1, weekday(today, DayOfWeek.SATURDAY, prev.equals("next") ? 1 : 0), 1);
                    }
                }
                case "noon", "midday" -> p = ClockTimes.clock(i, i + 1, 12, 0, true, prev);
                case "midnight" -> {
                }
                default -> p = null;
            }
            if (p == null && Lexicon.WEEKDAYS.containsKey(w)) {
                int mode = 2; // the next one after today
                if (prev.equals("next") || prev.equals("following")
                        || (next.equals("next") && words.get(i + 2).equals("week"))) {
                    mode = 1;
                } else if (prev.equals("this") || prev.equals("coming")) {
                    mode = 0;
                }
                int to = next.equals("next") && words.get(i + 2).equals("week") ? i + 3 : i + 1;
                p = date(i, to, weekday(today, Lexicon.WEEKDAYS.get(w), mode), 1);
            }
            if (p == null && Lexicon.MONTHS.containsKey(w)) {
                Month month = Lexicon.MONTHS.get(w);
                Matcher day = DAY_NUMBER.matcher(next);
                Matcher dayBefore = DAY_NUMBER.matcher(prev.equals("of") ? words.get(i - 2) : prev);
                if (day.matches() && Integer.parseInt(day.group(1)) >= 1) {
                    int year = -1;
                    String after = words.get(i + 2);
                    if (Words.isNumber(after, 4) && after.length() == 4) {
                        year = Integer.parseInt(after);
                    }
                    p = monthDay(i, year > 0 ? i + 3 : i + 2, today, month, Integer.parseInt(day.group(1)), year);
                } else if (dayBefore.matches() && !claimed.contains(i - 1)) {
                    int from = prev.equals("of") ? i - 2 : i - 1;
                    p = monthDay(from, i + 1, today, month, Integer.parseInt(dayBefore.group(1)), -1);
                    // the day number was already taken as a day of the month: replace it
                    parts.removeIf(q -> q.from >= from && q.isDate());
                }
            }
            if (p == null) {
                Matcher numeric = NUMERIC_DATE.matcher(w);
                if (numeric.matches()) {
                    int a = Integer.parseInt(numeric.group(1));
                    int b = Integer.parseInt(numeric.group(2));
                    int year = numeric.group(3) == null ? -1 : Integer.parseInt(numeric.group(3));
                    if (year >= 0 && year < 100) {
                        year += 2000;
                    }
                    int month = a;
                    int day = b;
                    if (a > 12 && b <= 12) {
                        month = b;
                        day = a;
                    }
                    if (month >= 1 && month <= 12) {
                        p = monthDay(i, i + 1, today, Month.of(month), day, year);
                    }
                }
            }
            if (p == null) {
                Matcher ordinal = ORDINAL_DAY.matcher(w);
                boolean nextIsMonth = Lexicon.MONTHS.containsKey(next)
                        || (next.equals("of") && Lexicon.MONTHS.containsKey(words.get(i + 2)));
                if (ordinal.matches() && !Lexicon.SLOT_NOUNS.contains(next) && !nextIsMonth) {
                    int day = Integer.parseInt(ordinal.group(1));
                    if (day >= 1 && day <= 31) {
                        p = date(i, i + 1, dayOfMonth(today, day), 2);
                    }
                }
            }
            if (p == null && w.equals("in") && (Words.isNumber(next, 2) || Lexicon.NUMBER_WORDS.containsKey(next)
                    || next.equals("a"))) {
                String unit = words.get(i + 2);
                int count = next.equals("a") ? 1 : Words.isNumber(next, 2) ? Integer.parseInt(next)
                        : Lexicon.NUMBER_WORDS.get(next);
                if (unit.startsWith("day")) {
                    p = date(i, i + 3, today.plusDays(count), 1);
                } else if (unit.startsWith("week") && !next.equals("a")) {
                    p = date(i, i + 3, today.plusWeeks(count), 1);
                }
            }
            if (p == null && Lexicon.PARTS_OF_DAY.containsKey(w) && !w.equals("noon") && !w.equals("midday")) {
                int start = Lexicon.PARTS_OF_DAY.get(w);
                boolean pm = start >= 12;
                int from = i;
                if (prev.equals("late")) {
                    start = w.equals("morning") ? 10 : w.equals("afternoon") ? 15 : start;
                    from = i - 1;
                }
                if (!(w.equals("lunch") && (next.equals("break") || prev.equals("my")))) {
                    p = partOfDay(from, i + 1, start, pm);
                    p.before = prev.equals("before");
                }
            }
            if (p == null && w.equals("first") && next.equals("thing")) {
                p = partOfDay(i, i + 2, 8, false);
            }
            if (p == null) {
                p = ClockTimes.clockAt(words, i, slotCount, claimed);
            }
            if (p != null) {
                parts.add(p);
                if (p.to > i + 1) {
                    i = p.to - 1; // the words it used ("dec 5", "2-4pm", "wednesday next week") are done
                }
            }
        }
        parts.sort((x, y) -> Integer.compare(x.from, y.from));
        return parts;
    }

    static Part partOfDay(int from, int to, int start, boolean pm) {
        Part p = new Part(from, to);
        p.partStart = start;
        p.partPm = pm;
        return p;
    }

    private static Part date(int from, int to, LocalDate date, int specificity) {
        Part p = new Part(from, to);
        p.date = date;
        p.specificity = specificity;
        return p;
    }

    private static Part monthDay(int from, int to, LocalDate today, Month month, int day, int year) {
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        LocalDate date;
        if (year > 0) {
            if (day > month.length(java.time.Year.isLeap(year))) {
                return null;
            }
            date = LocalDate.of(year, month, day);
        } else {
            int y = today.getYear();
            while (day > month.length(java.time.Year.isLeap(y))) {
                y++; // the 29th of February: the next year that has one
            }
            date = LocalDate.of(y, month, day);
            if (date.isBefore(today)) {
                int next = y + 1;
                while (day > month.length(java.time.Year.isLeap(next))) {
                    next++;
                }
                date = LocalDate.of(next, month, day);
            }
        }
        return date(from, to, date, 3);
    }

    /** The next day of the month with this number, today included (the 31st skips short months). */
    static LocalDate dayOfMonth(LocalDate today, int day) {
        LocalDate month = today.withDayOfMonth(1);
        for (int i = 0; i < 13; i++) {
            if (day <= month.lengthOfMonth()) {
                LocalDate candidate = month.withDayOfMonth(day);
                if (!candidate.isBefore(today)) {
                    return candidate;
                }
            }
            month = month.plusMonths(1);
        }
        return today;
    }

    /**
     * A weekday: mode 0 "this friday" (today if it is Friday), 1 "next friday" (the one in next week, weeks Monday to
     * Sunday), 2 "friday" (the next one after today).
     */
    static LocalDate weekday(LocalDate today, DayOfWeek day, int mode) {
        if (mode == 0 && today.getDayOfWeek() == day) {
            return today;
        }
        LocalDate coming = today.with(TemporalAdjusters.next(day));
        if (mode == 1) {
            LocalDate endOfWeek = today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            return coming.isAfter(endOfWeek) ? coming : coming.plusWeeks(1);
        }
        return coming;
    }
}
