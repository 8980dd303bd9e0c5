package com.ringbook.reading;

import com.ringbook.reading.WhenParts.Part;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the days and times a reply names against now, in the business's time zone: it groups the pieces
 * {@link WhenParts} finds ("tmrw", "at 4") into mentions and turns each into a {@link When}: "tmrw at 4",
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
        List<Part> parts = WhenParts.find(words, now.toLocalDate(), slotCount, claimed);
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
}
