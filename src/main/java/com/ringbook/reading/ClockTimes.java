package com.ringbook.reading;

import com.ringbook.reading.WhenParts.Part;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a clock time at one word: "4", "4:30", "4pm", "4ish", "half past 2", "quarter to 3", a range "2-4pm". A
 * bare number is a time only with a mark ("at 4", "friday 4"), and one that could be an offered slot never is.
 */
final class ClockTimes {

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})(?::(\\d\\d))?");
    private static final Set<String> PROPOSING_BEFORE_NUMBER = Set.of("try", "say", "do", "maybe", "make",
            "it", "then", "or", "and", "be", "perhaps", "prefer", "rather", "for", "is", "with");

    private ClockTimes() {
    }

    /** A clock time at word i ("4", "4:30", with "pm", "ish", a range "2-4pm"), or null when it is not one. */
    static Part clockAt(Words words, int i, int slotCount, Set<Integer> claimed) {
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
                || WhenParts.NUMERIC_DATE.matcher(w).matches() || WhenParts.ORDINAL_DAY.matcher(w).matches();
    }

    static Part clock(int from, int to, int hour, int minute, Boolean pm, String prev) {
        Part p = new Part(from, to);
        p.hour = hour;
        p.minute = minute;
        p.pm = pm;
        p.before = prev.equals("before") || prev.equals("b4");
        return p;
    }
}
