package com.ringbook.reading;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which offered slots a reply names by number or position: "2", "#1", "option 2", "the first one", "2nd", "the
 * later one", "1 works", "not 2, 1 please". A number that is a time ("at 2", "2pm"), an amount ("$2", "2 story") or
 * inside a question that is not a request to book ("is option 1 more expensive?") names no slot.
 *
 * @param chosen  the slots named and not turned down
 * @param refused the slots turned down ("2 doesn't work")
 * @param claimed the word indexes read as slot numbers, so they are not read as times as well
 */
record SlotChoice(Set<Integer> chosen, Set<Integer> refused, Set<Integer> claimed) {

    private static final Set<String> NUMBER_LEAD = Set.of("#", "option", "number", "slot", "choice", "no",
            "opt", "nr", "num");

    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\d{1,2}(:\\d\\d)?");

    private static final Set<String> ASKING_BEFORE = Set.of("anything", "something", "any", "got", "have", "come", "be",
            "get");

    private static final Set<String> PREFERRING = Set.of("like", "prefer", "want", "with");

    private static final Set<String> BOOKING_VERBS = Set.of("get", "have", "take", "book", "do", "grab", "go",
            "choose", "pick", "reserve", "schedule", "put", "sign", "pencil", "lock", "select", "confirm");

    static SlotChoice find(Words words, int slotCount) {
        Set<Integer> chosen = new TreeSet<>();
        Set<Integer> refused = new TreeSet<>();
        Set<Integer> claimed = new TreeSet<>();
        int n = words.size();
        for (int i = 0; i < n; i++) {
            int slot = slotAt(words, i, slotCount);
            if (slot < 1) {
                continue;
            }
            if (words.asks(i) && !bookingRequest(words, i) && !alone(words, i)) {
                continue;
            }
            claimed.add(i);
            if (refusedInClause(words, i)) {
                refused.add(slot);
            } else {
                chosen.add(slot);
            }
        }
        chosen.removeAll(refused);
        return new SlotChoice(chosen, refused, claimed);
    }

    /** The slot the word at i names, or 0. */
    private static int slotAt(Words words, int i, int slotCount) {
        String w = words.get(i);
        String prev = words.get(i - 1);
        String next = words.get(i + 1);
        boolean lead = NUMBER_LEAD.contains(prev) && !(prev.equals("no") && i == 1);
        if (Words.isNumber(w, 2) || (Lexicon.NUMBER_WORDS.containsKey(w) && !w.equals("one"))
                || (w.equals("one") && (lead || alone(words, i)))) {
            int value = Words.isNumber(w, 2) ? Integer.parseInt(w) : Lexicon.NUMBER_WORDS.get(w);
            if (value < 1 || value > slotCount) {
                return 0;
            }
            if (lead) {
                return value;
            }
            if (Lexicon.BEFORE_CLOCK.contains(prev) || prev.startsWith("$") || Lexicon.MONTHS.containsKey(prev)
                    || Lexicon.WEEKDAYS.containsKey(prev) || prev.equals("in") || prev.equals("than")) {
                return 0;
            }
            if (next.equals("am") || next.equals("pm") || next.equals("o'clock") || next.equals("ish")
                    || ((next.equals("-") || next.equals("to")) && CLOCK.matcher(words.get(i + 2)).matches())
                    || next.equals("of") || next.equals("x") || next.equals("%")) {
                return 0;
            }
            if (!next.isEmpty() && Character.isLetterOrDigit(next.charAt(0)) && !Lexicon.AFTER_SLOT_NUMBER.contains(next)
                    && !Lexicon.SLOT_NOUNS.contains(next) && !next.startsWith("emoji")) {
                return 0; // "2 story house", "2 guys", "1 hour"
            }
            return value;
        }
        Integer ordinal = Lexicon.ORDINAL_WORDS.get(w);
        if (ordinal != null) {
            if (ordinal > slotCount || next.equals("thing") || next.equals("of") || Lexicon.MONTHS.containsKey(next)
                    || prev.equals("on") || Lexicon.MONTHS.containsKey(prev) || Lexicon.WEEKDAYS.containsKey(prev)
                    || next.equals("time") && prev.equals("the") && words.get(i + 2).equals("i")) {
                return 0;
            }
            boolean word = Character.isLetter(w.charAt(0));
            boolean opens = prev.isEmpty() || !Character.isLetterOrDigit(prev.charAt(0)) || Lexicon.FILLERS.contains(prev);
            if (word && !Lexicon.SLOT_NOUNS.contains(next) && !prev.equals("the") && !alone(words, i) && !opens
                    && !BOOKING_VERBS.contains(prev) && !PREFERRING.contains(prev)) {
                return 0; // "information first.", "first, how much": not a slot
            }
            if (Lexicon.SLOT_NOUNS.contains(next) || next.isEmpty() || Words.SENTENCE_ENDS.contains(next)
                    || next.equals(",") || (Lexicon.AFTER_SLOT_NUMBER.contains(next) && !next.equals("the"))
                    || next.startsWith("emoji") || (word && prev.equals("the"))) {
                return ordinal;
            }
            return 0;
        }
        boolean namedAfter = Lexicon.SLOT_NOUNS.contains(next) && !next.equals("available");
        boolean asking = ASKING_BEFORE.contains(prev);
        switch (w) {
            case "last", "latest", "later" -> {
                if (asking || prev.equals("a") || prev.equals("an")) {
                    return 0;
                }
                if (namedAfter || (w.equals("last") && (prev.equals("the") || next.isEmpty()
                        || Words.SENTENCE_ENDS.contains(next) || next.equals("please")))) {
                    return slotCount;
                }
                return 0;
            }
            case "earlier", "earliest", "sooner", "soonest" -> {
                if (asking || prev.equals("an") || prev.equals("a")) {
                    return 0;
                }
                boolean superlative = w.equals("earliest") || w.equals("soonest");
                boolean whichever = words.has("whichever") || words.has("which ever");
                if (namedAfter || (superlative && !next.equals("available") && !next.equals("possible")
                        && !next.equals("you") && !next.equals("time")) || whichever) {
                    return 1;
                }
                return 0;
            }
            case "middle" -> {
                return slotCount == 3 && namedAfter ? 2 : 0;
            }
            default -> {
                return 0;
            }
        }
    }

    /** A question that asks to book: "can I get the first one?", "could you book me in for 2?". */
    private static boolean bookingRequest(Words words, int i) {
        int start = i;
        while (start > 0 && words.sentence[start - 1] == words.sentence[i]) {
            start--;
        }
        for (int j = start; j < i; j++) {
            String w = words.get(j);
            if ((w.equals("can") || w.equals("could") || w.equals("may")) && j + 2 <= i) {
                String who = words.get(j + 1);
                String verb = words.get(j + 2);
                if ((who.equals("i") || who.equals("we")) && (BOOKING_VERBS.contains(verb)
                        || words.get(j + 3).equals("the") && BOOKING_VERBS.contains(verb))) {
                    return true;
                }
                if (who.equals("you") && BOOKING_VERBS.contains(verb)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The sentence is just this word and punctuation or fillers: "2?", "#1!", "one." */
    private static boolean alone(Words words, int i) {
        int sentence = words.sentence[i];
        for (int j = 0; j < words.size(); j++) {
            if (j == i || words.sentence[j] != sentence) {
                continue;
            }
            String w = words.get(j);
            if (Character.isLetterOrDigit(w.charAt(0)) && !Lexicon.FILLERS.contains(w) && !NUMBER_LEAD.contains(w)
                    && !w.startsWith("emoji")) {
                return false;
            }
        }
        return true;
    }

    private static boolean refusedInClause(Words words, int i) {
        int clause = words.clause[i];
        for (int j = 0; j < words.size(); j++) {
            if (words.clause[j] != clause) {
                continue;
            }
            String w = words.get(j);
            if (w.equals("can't") || w.equals("not") || w.equals("don't") || w.equals("doesn't") || w.equals("won't")
                    || w.equals("neither") || w.equals("nor") || w.equals("bad") || w.equals("busy")
                    || w.equals("isn't") || w.equals("wouldn't") || w.equals("unable") || w.equals("except")
                    || (w.equals("no") && j + 1 < words.size() && Words.isNumber(words.get(j + 1), 1))) {
                return true;
            }
        }
        return false;
    }
}
