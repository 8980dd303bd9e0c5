package com.ringbook.reading;

import com.ringbook.reading.DateResolver.TimeMention;
import java.util.Set;

/**
 * The rules' reading of the questions in a reply: which sentences ask for a time, ask to book, or ask about something
 * else, and whether such a question holds the booking over ("yes but how much?", "before I book, are you licensed?").
 */
final class Questions {

    private static final Phrases RESCHEDULE = Phrases.of("reschedule", "rebook");
    private static final Phrases HOW_ABOUT = Phrases.of("how about", "what about", "how bout", "what bout");
    private static final Phrases ASKS_FOR_ANY = Phrases.of("do you have", "any", "anything");

    private Questions() {
    }

    static void classifyQuestions(Analysis a) {
        int n = a.words.size();
        int start = 0;
        for (int s = 0; s < a.words.asks.length; s++) {
            int end = start;
            while (end < n && a.words.sentence[end] == s) {
                end++;
            }
            if (a.words.asks[s] && end > start) {
                classifySentence(a, s, start, end);
            } else if (end > start && indirectQuestion(a, start, end)) {
                a.infoQuestion = true;
                a.infoSentences.add(s);
                a.indirectSentences.add(s);
                a.hold |= holds(a, s, start, end) || a.phraseIn(Lexicon.HOLDS, start, end)
                        || a.phraseIn(Lexicon.CONDITIONS, start, end);
            }
            start = end;
        }
    }

    static void classifySentence(Analysis a, int sentence, int start, int end) {
        boolean habit = a.phraseIn(Lexicon.HABIT_QUESTIONS, start, end);
        boolean topic = false;
        for (int i = start; i < end; i++) {
            if (Lexicon.QUESTION_TOPICS.contains(a.words.get(i)) || a.words.get(i).startsWith("$")) {
                topic = true;
            }
        }
        boolean mention = false;
        for (int m = 0; m < a.mentions.size(); m++) {
            int at = a.mentions.get(m).from();
            if (at >= start && at < end && !a.refusedMention[m] && askedFor(a, a.mentions.get(m), sentence)) {
                mention = true;
            }
        }
        boolean other = a.phraseIn(Lexicon.OTHER_TIME_PHRASES, start, end) || a.phraseIn(Lexicon.ANOTHER, start, end)
                || (TimeRequests.reschedule(a) && a.phraseIn(RESCHEDULE, start, end));
        if (a.phraseIn(Lexicon.POSTPONES, start, end)) {
            mention = false; // "can I let you know tomorrow?": when they will answer, not a time asked for
            other = false;
        }
        boolean plural = false;
        for (int i = start; i < end; i++) {
            if (Lexicon.PLURAL_DAYS.contains(a.words.get(i))) {
                plural = true;
            }
        }
        boolean slotNamed = false;
        for (int i : a.slots.claimed()) {
            if (i >= start && i < end) {
                slotNamed = true;
            }
        }
        boolean slotMention = false;
        for (int m = 0; m < a.mentions.size(); m++) {
            int at = a.mentions.get(m).from();
            if (at >= start && at < end && TimeRequests.namesAnOfferedSlot(a, a.mentions.get(m))) {
                slotMention = true;
            }
        }
        boolean howAbout = a.phraseIn(HOW_ABOUT, start, end);
        if (!habit && !topic && !slotMention && (mention || other || howAbout || (plural
                && a.phraseIn(ASKS_FOR_ANY, start, end)))) {
            a.timeQuestion = true;
        } else if ((slotNamed || slotMention) && !topic && !habit) {
            a.bookingQuestion = true;
        } else if (!habit && !topic && isBookingRequest(a, start, end)) {
            a.bookingQuestion = true;
        } else if (hasContent(a, start, end)) {
            a.infoQuestion = true;
            a.infoSentences.add(sentence);
            a.hold |= holds(a, sentence, start, end);
        }
    }

    /**
     * A day or time in a question that asks for it: with a word that proposes or asks after openings ("can you
     * do friday?", "is friday possible?", "anything thursday?"), or nearly alone in its clause ("friday at 10?",
     * "neither works, thursday?"); not "what do I need to do before tuesday?".
     */
    static boolean askedFor(Analysis a, TimeMention m, int sentence) {
        if (TimeRequests.proposalCue(a, sentence)) {
            return true;
        }
        int start = 0;
        while (start < a.words.size() && a.words.sentence[start] != sentence) {
            start++;
        }
        int end = start;
        while (end < a.words.size() && a.words.sentence[end] == sentence) {
            end++;
        }
        for (int i = start; i < end; i++) {
            if (Lexicon.AVAILABILITY_WORDS.contains(a.words.get(i))) {
                return true;
            }
        }
        int clause = a.words.clause[m.from()];
        int content = 0;
        for (int i = 0; i < a.words.size(); i++) {
            if (a.words.clause[i] != clause || inAnyMention(a, i)) {
                continue;
            }
            String w = a.words.get(i);
            if (Character.isLetterOrDigit(w.charAt(0)) && !Lexicon.LITTLE_WORDS.contains(w)
                    && !Lexicon.GREETINGS.contains(w)) {
                content++;
            }
        }
        return content == 0;
    }

    static boolean inAnyMention(Analysis a, int i) {
        for (TimeMention m : a.mentions) {
            if (i >= m.from() && i < m.to()) {
                return true;
            }
        }
        return false;
    }

    /** "can you book it?", "could we schedule that please?": asks to book, not about anything else. */
    static boolean isBookingRequest(Analysis a, int start, int end) {
        boolean verb = false;
        boolean ask = false;
        for (int i = start; i < end; i++) {
            String w = a.words.get(i);
            if (w.equals("book") || w.equals("schedule") || w.equals("reserve") || w.equals("confirm")
                    || w.equals("lock") || w.equals("pencil") || (w.equals("put") && a.words.get(i + 2).equals("down"))
                    || (w.equals("sign") && a.words.get(i + 2).equals("up"))) {
                verb = true;
            }
            if ((w.equals("can") || w.equals("could") || w.equals("would") || w.equals("will"))
                    && Set.of("you", "we", "i").contains(a.words.get(i + 1))) {
                ask = true;
            }
            if (Set.of("how", "what", "what's", "when", "where", "who", "why", "which", "online", "website",
                    "app", "instead", "deposit").contains(w)) {
                return false;
            }
        }
        return verb && ask;
    }

    /** A question with something in it: not just "?" or "hmm?". */
    static boolean hasContent(Analysis a, int start, int end) {
        for (int i = start; i < end; i++) {
            String w = a.words.get(i);
            if (Character.isLetterOrDigit(w.charAt(0)) && !Lexicon.FILLERS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    static boolean indirectQuestion(Analysis a, int start, int end) {
        return a.phraseIn(Lexicon.INDIRECT_QUESTIONS, start, end) || priceCondition(a, start, end);
    }

    /** "yes if it's under $200", "as long as it's less than 150": a booking that waits on the price. */
    static boolean priceCondition(Analysis a, int start, int end) {
        boolean amount = false;
        for (int i = start; i < end; i++) {
            String w = a.words.get(i);
            String next = a.words.get(i + 1);
            if (w.startsWith("$") || (Words.isNumber(w, 5) && (next.equals("dollars") || next.equals("bucks")
                    || next.equals("usd") || Integer.parseInt(w) >= 20 && !next.equals("am")
                    && !next.equals("pm") && !next.startsWith(":")))) {
                amount = true;
            }
        }
        return amount && a.phraseIn(Lexicon.CONDITIONS, start, end);
    }

    /**
     * A hold at the head of the question, or in a short sentence just before it: "yes but how much?", "before I
     * book, are you licensed?", "Just to make sure... do you allow pets?".
     */
    static boolean holds(Analysis a, int sentence, int start, int end) {
        int q = a.words.questionStartOf(sentence);
        int head = Math.min(end, q > start ? Math.min(q, start + 4) : start + 4);
        if (a.phraseIn(Lexicon.HOLDS, start, head) || a.phraseIn(Lexicon.CONDITIONS, start, q > start ? q : end)) {
            return true;
        }
        int previousStart = start - 1;
        while (previousStart > 0 && a.words.sentence[previousStart - 1] == sentence - 1) {
            previousStart--;
        }
        return sentence > 0 && start - previousStart <= 7 && !a.words.asks[sentence - 1]
                && a.phraseIn(Lexicon.HOLDS, previousStart, start);
    }

    /** Every slot number found stands in a sentence that asks ("2? what does that mean"). */
    static boolean chosenOnlyAsking(Analysis a) {
        for (int i : a.slots.claimed()) {
            if (!a.words.asks(i)) {
                return false;
            }
        }
        return true;
    }
}
