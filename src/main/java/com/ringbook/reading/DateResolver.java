package com.ringbook.reading;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the days and times a reply names and resolves them against now, in the business's time zone: "tmrw at 4",
 * "next wed", "the 3rd", "friday after 3", "sat morning", "12/5 at 9am". Built on java.time alone.
 *
 * <ul>
 *   <li>A weekday is the next one after today ("friday" said on a Friday is a week later); "this friday" may be
 *       today; "next friday" is the Friday of next week (weeks run Monday to Sunday), so said on a Tuesday it is
 *       ten days away, said on a Saturday six.</li>
 *   <li>"next week" is its Monday; "the weekend" and "this weekend" its Saturday, "next weekend" the one after.</li>
 *   <li>"the 3rd" is the next 3rd of a month, today included; "12/5" and "dec 5" are month first and in the
 *       coming twelve months; a year can be given ("12/5/2027").</li>
 *   <li>A bare hour from 1 to 7 is afternoon ("at 4" is 16:00), from 8 to 11 morning, 12 noon; "am"/"pm", or
 *       "morning"/"evening" beside it, decide otherwise. "morning" alone is 08:00, "afternoon" 12:00, "evening"
 *       and "tonight" 17:00, "lunch" 12:00; "after 3" is 15:00; a range ("2-4pm") is its start.</li>
 *   <li>A time with no day is its next occurrence after now (today, or tomorrow once it has passed).</li>
 *   <li>A local time that does not exist because clocks go forward (02:30 on the spring change) moves forward by
 *       the gap, as the zone's rules say.</li>
 * </ul>
 *
 * <p>A bare number is a time only with a mark: "at 4", "4pm", "4ish", "friday 4". A number that could be one of
 * the offered slots ("2" after two slots) is never read as a time without such a mark.
 */
public final class DateResolver {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})(?:/(\\d{2}|\\d{4}))?");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)");
    private static final Pattern DAY_NUMBER = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?");
    private static final Set<String> PROPOSING_BEFORE_NUMBER = Set.of("try", "say", "do", "maybe", "make",
            "it", "then", "or", "and", "be", "perhaps", "prefer", "rather", "for", "is", "with");

    private DateResolver() {
    }

    /** The first day or time the reply names, if any, against {@code now} in the business's zone. */
    public static Optional<When> resolve(String reply, ZonedDateTime now) {
        List<TimeMention> found = mentions(Words.of(reply), now, 0, Set.of());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0).when());
    }

    /** Every day or time the reply names, in the order it names them. */
    public static List<When> resolveAll(String reply, ZonedDateTime now) {
        List<When> all = new ArrayList<>();
        for (TimeMention m : mentions(Words.of(reply), now, 0, Set.of())) {
            all.add(m.when());
        }
        return all;
    }

    /** A day or time found in the words {@code [from, to)}. */
    record TimeMention(int from, int to, When when, boolean hasDate, boolean hasTime) {
    }

    private static final class Part {
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

    private static final class Mention {
        int from;
        int to;
        int sentence;
        LocalDate date;
        int specificity;
        Part clock;
        Part part;

        Mention(Part first, int sentence) {
            this.from = first.from;
            this.to = first.to;
            this.sentence = sentence;
            add(first);
        }

        boolean accepts(Part p, Words words) {
            if (p.isDate()) {
                // "monday the 30th", "wed dec 2": a weekday and a calendar date name one day; two weekdays are two
                boolean between = p.from == to || (p.from == to + 1 && Set.of("the", ",").contains(words.get(to)));
                return date == null || (between && p.specificity != specificity);
            }
            if (p.isClock()) {
                return clock == null;
            }
            return part == null;
        }

        void add(Part p) {
            from = Math.min(from, p.from);
            to = Math.max(to, p.to);
            if (p.isDate()) {
                if (date == null || p.specificity > specificity) {
                    date = p.date;
                    specificity = p.specificity;
                }
            } else if (p.isClock()) {
                clock = p;
            } else {
                part = p;
            }
        }
    }

    /**
     * @param slotCount how many slots the answered text offered: a bare number up to it is a slot, never a time
     * @param claimed   word indexes already read as something else (a chosen slot), never part of a time
     */
    static List<TimeMention> mentions(Words words, ZonedDateTime now, int slotCount, Set<Integer> claimed) {
        List<Part> parts = parts(words, now.toLocalDate(), slotCount, claimed);
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Mention> mentions = new ArrayList<>();
        Mention current = null;
        for (Part p : parts) {
            int sentence = words.sentence[p.from];
            boolean near;
            if (current == null) {
                near = false;
            } else if (sentence == current.sentence) {
                near = p.from - current.to <= 3;
            } else {
                // "today? after 4 is best": a time right after a bare day, across the stop, still belongs to it
                near = p.from - current.to <= 2 && current.clock == null && current.part == null
                        && current.date != null && !p.isDate();
            }
            if (current != null && near && current.accepts(p, words)) {
                current.add(p);
            } else {
                current = new Mention(p, sentence);
                mentions.add(current);
            }
        }
        List<TimeMention> out = new ArrayList<>();
        for (Mention m : mentions) {
            When when = resolve(m, now);
            if (when != null) {
                out.add(new TimeMention(m.from, m.to, when, m.date != null, when.time() != null));
            }
        }
        return out;
    }

    private static When resolve(Mention m, ZonedDateTime now) {
        LocalTime time = null;
        if (m.clock != null && !m.clock.before) {
            int hour = m.clock.hour;
            Boolean pm = m.clock.pm;
            if (pm == null && m.part != null) {
                pm = m.part.partPm;
            }
            if (pm != null) {
                if (pm && hour < 12) {
                    hour += 12;
                } else if (!pm && hour == 12) {
                    hour = 0;
                }
            } else if (hour >= 1 && hour <= 7) {
                hour += 12; // a trade's day: "at 4" is the afternoon
            }
            if (hour > 23 || m.clock.minute > 59) {
                return m.date == null ? null : When.on(m.date);
            }
            time = LocalTime.of(hour, m.clock.minute);
        } else if (m.part != null && !m.part.before) {
            time = LocalTime.of(m.part.partStart, 0);
        }
        LocalDate date = m.date;
        if (date == null) {
            if (time == null) {
                return null;
            }
            LocalDate today = now.toLocalDate();
            date = ZonedDateTime.ofLocal(today.atTime(time), now.getZone(), null).isAfter(now) ? today
                    : today.plusDays(1);
        }
        if (time == null) {
            return When.on(date);
        }
        // A time the clocks skip (02:30 on the spring change) is moved on by the gap, as the zone's rules say.
        LocalDateTime local = ZonedDateTime.ofLocal(date.atTime(time), now.getZone(), null).toLocalDateTime();
        return When.at(local);
    }

    private static List<Part> parts(Words words, LocalDate today, int slotCount, Set<Integer> claimed) {
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
                case "noon", "midday" -> p = clock(i, i + 1, 12, 0, true, prev);
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
                p = clockAt(words, i, slotCount, claimed);
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

    /** A clock time at word i ("4", "4:30", with "pm", "ish", a range "2-4pm"), or null when it is not one. */
    private static Part clockAt(Words words, int i, int slotCount, Set<Integer> claimed) {
        String w = words.get(i);
        Matcher m = CLOCK.matcher(w);
        if (!m.matches()) {
            return null;
        }
        int hour = Integer.parseInt(m.group(1));
        int minute = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (hour > 23 || minute > 59) {
            return null;
        }
        String prev = words.get(i - 1);
        String next = words.get(i + 1);
        if (prev.startsWith("$") || prev.equals("#") || prev.equals("option") || prev.equals("number")
                || prev.equals("slot")) {
            return null;
        }
        Boolean pm = null;
        int to = i + 1;
        if (next.equals("am") || next.equals("pm")) {
            pm = next.equals("pm");
            to = i + 2;
        }
        boolean hasMinutes = m.group(2) != null;
        boolean strong = pm != null || hasMinutes || next.equals("o'clock") || next.equals("ish")
                || Lexicon.STRONG_BEFORE_CLOCK.contains(prev)
                || (prev.equals("to") && words.get(i - 2).equals("quarter"))
                || (prev.equals("like") && Lexicon.STRONG_BEFORE_CLOCK.contains(words.get(i - 2)));
        boolean marked = strong || Lexicon.BEFORE_CLOCK.contains(prev) || dayWord(prev) || dayWord(next)
                || Lexicon.PARTS_OF_DAY.containsKey(next)
                || (next.equals("in") && Lexicon.PARTS_OF_DAY.containsKey(words.get(i + 3)))
                || PROPOSING_BEFORE_NUMBER.contains(prev);
        if (!strong && hour <= slotCount) {
            marked = false; // "2" after two slots is the second slot, "between 1 and 2" two of them
        }
        // a range "9-11", "2-4pm", "1 to 3": the start, in the half of the day of its end
        String afterRange = words.get(i + 1);
        if ((afterRange.equals("-") || afterRange.equals("to")) && CLOCK.matcher(words.get(i + 2)).matches()) {
            int end = Integer.parseInt(CLOCK.matcher(words.get(i + 2)).replaceAll("$1"));
            String endMark = words.get(i + 3);
            if (end <= 23) {
                if (endMark.equals("am") || endMark.equals("pm")) {
                    boolean endPm = endMark.equals("pm");
                    pm = hour <= end || hour == 12 ? endPm : !endPm;
                    to = i + 4;
                } else {
                    to = i + 3;
                }
                marked = marked || end <= 12;
            }
        }
        if (!marked || claimed.contains(i)) {
            return null;
        }
        if (Character.isLetter(next.isEmpty() ? ' ' : next.charAt(0)) && pm == null && !hasMinutes
                && !Lexicon.AFTER_CLOCK.contains(next) && !dayWord(next) && !next.equals("o'clock")
                && !next.equals("ish") && !Lexicon.PARTS_OF_DAY.containsKey(next) && !Lexicon.BEFORE_CLOCK.contains(prev)
                && !Words.SENTENCE_ENDS.contains(next) && !Lexicon.AFTER_SLOT_NUMBER.contains(next)
                && !Lexicon.PROPOSAL_WORDS.contains(next)) {
            return null; // "2 story house", "40 gallons", "3 bedrooms"
        }
        if (hour == 0 && pm == null && !hasMinutes) {
            return null;
        }
        int from = i;
        String twoBack = words.get(i - 2);
        if (prev.equals("past") && (twoBack.equals("half") || twoBack.equals("quarter")) && !hasMinutes) {
            minute = twoBack.equals("half") ? 30 : 15; // "half past 2"
            from = i - 2;
        } else if (prev.equals("to") && twoBack.equals("quarter") && !hasMinutes && hour >= 1) {
            hour -= 1; // "quarter to 3"
            minute = 45;
            from = i - 2;
        }
        return clock(from, to, hour, minute, pm, prev);
    }

    private static boolean dayWord(String w) {
        return Lexicon.WEEKDAYS.containsKey(w) || w.equals("tomorrow") || w.equals("today") || w.equals("tonight")
                || NUMERIC_DATE.matcher(w).matches() || ORDINAL_DAY.matcher(w).matches();
    }

    private static Part clock(int from, int to, int hour, int minute, Boolean pm, String prev) {
        Part p = new Part(from, to);
        p.hour = hour;
        p.minute = minute;
        p.pm = pm;
        p.before = prev.equals("before") || prev.equals("b4");
        return p;
    }

    private static Part partOfDay(int from, int to, int start, boolean pm) {
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
