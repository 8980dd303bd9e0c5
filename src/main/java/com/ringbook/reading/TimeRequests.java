package com.ringbook.reading;

import com.ringbook.reading.DateResolver.TimeMention;
import java.util.Set;

/**
 * The rules on days and times named in a reply: which are turned down, which are proposed, whether the reply asks for
 * another time ("can you do friday?", "can we reschedule?") or agrees to the one it names ("wednesday works").
 */
final class TimeRequests {

    private static final Phrases MAYBE_LATER = Phrases.of("maybe", "i'll try", "will try", "we'll try");
    private static final Phrases WANTS_PLURAL = Phrases.of("do you have", "any", "better", "prefer", "rather", "only");
    private static final Phrases AGREES = Phrases.of("is fine", "is good", "is great", "is perfect", "works", "is ok",
                    "is best", "please", "would work", "would be great", "would be fine", "would be good", "i can do",
                    "is better");

    private TimeRequests() {
    }

    /** Whether a day or time is turned down by its clause ("can't do tuesday", "wednesday is bad"). */
    static boolean refused(Analysis a, TimeMention m) {
        String before = a.words.get(m.from() - 1);
        if (before.equals("until") || before.equals("till") || before.equals("after")) {
            return false;
        }
        int clause = a.words.clause[m.from()];
        int start = m.from();
        while (start > 0 && a.words.clause[start - 1] == clause) {
            start--;
        }
        int end = m.to();
        while (end < a.words.size() && a.words.clause[end] == clause) {
            end++;
        }
        for (int i = start; i < end; i++) {
            if (i >= m.from() && i < m.to()) {
                continue;
            }
            String w = a.words.get(i);
            if (Lexicon.REFUSALS.contains(w)) {
                // "no" only refuses as its own word before the day: "no, friday" is a new clause anyway
                if (w.equals("no") && (a.words.get(i + 1).equals("problem") || a.words.get(i + 1).equals("worries"))) {
                    continue;
                }
                return true;
            }
        }
        return Lexicon.REFUSAL_PHRASES.in(a.words, start, end);
    }

    static boolean proposalCue(Analysis a, int sentence) {
        int start = 0;
        while (start < a.words.size() && a.words.sentence[start] != sentence) {
            start++;
        }
        int end = start;
        while (end < a.words.size() && a.words.sentence[end] == sentence) {
            end++;
        }
        for (int i = start; i < end; i++) {
            if (Lexicon.PROPOSAL_WORDS.contains(a.words.get(i))) {
                return true;
            }
        }
        return Lexicon.PROPOSAL_PHRASES.in(a.words, start, end);
    }

    /** "can we reschedule?", "I need to reschedule" (but not "can I reschedule later if something comes up?"). */
    static boolean reschedule(Analysis a) {
        int at = a.words.find("reschedule", 0);
        if (at < 0) {
            at = a.words.find("rebook", 0);
        }
        if (at < 0) {
            return false;
        }
        int s = a.words.sentence[at];
        for (int i = 0; i < a.words.size(); i++) {
            if (a.words.sentence[i] == s && (a.words.get(i).equals("if") || a.words.get(i).equals("policy"))) {
                return false;
            }
        }
        return true;
    }

    static boolean anotherAsked(Analysis a) {
        for (int at = 0; at < a.words.size(); at++) {
            if (Lexicon.ANOTHER.at(a.words, at) && (a.words.asks(at) || proposalCue(a, a.words.sentence[at])
                    && !a.anyPhrase(MAYBE_LATER, false))) {
                return true;
            }
        }
        return false;
    }

    static boolean asksForAnotherTime(Analysis a) {
        if (a.timeQuestion) {
            return true;
        }
        if (a.otherTimePhrase && !a.infoQuestion) {
            return true;
        }
        if (a.proposed != null && !a.postpones && !a.infoSentences.contains(a.words.sentence[a.proposed.from()])
                && !namesAnOfferedSlot(a, a.proposed)
                && (a.proposedHasCue || ((a.declines || anyRefused(a)) && !agreedInClause(a, a.proposed)))) {
            return true;
        }
        return a.pluralTime && (a.anyPhrase(WANTS_PLURAL, false))
                && !a.infoQuestion;
    }

    /** "wednesday works", "tomorrow is great", "the morning one": agrees to the time rather than asking for it. */
    static boolean acceptsTheTime(Analysis a) {
        if (a.proposedHasCue) {
            return false;
        }
        if (namesAnOfferedSlot(a, a.proposed)) {
            return true;
        }
        return a.declines ? agreedInClause(a, a.proposed) : a.accepts;
    }

    /** "the wednesday slot", "the morning one", "the 1-3 slot": a time followed by a word for a slot. */
    static boolean namesAnOfferedSlot(Analysis a, TimeMention m) {
        for (int i = m.to(); i < Math.min(a.words.size(), m.to() + 2); i++) {
            String w = a.words.get(i);
            if (Set.of("one", "slot", "option", "appointment", "appt", "window", "time", "opening", "spot")
                    .contains(w)) {
                return true;
            }
            if (!w.equals("am") && !w.equals("pm")) {
                break;
            }
        }
        return false;
    }

    /** "tomorrow doesn't work, wednesday is fine": agreement in the clause of the time itself. */
    static boolean agreedInClause(Analysis a, TimeMention m) {
        int clause = a.words.clause[m.from()];
        int start = m.from();
        while (start > 0 && a.words.clause[start - 1] == clause) {
            start--;
        }
        int end = m.to();
        while (end < a.words.size() && a.words.clause[end] == clause) {
            end++;
        }
        if (m.to() < a.words.size() && Set.of("will", "does", "would", "is").contains(a.words.get(m.to()))
                && (m.to() + 1 >= end || !Character.isLetterOrDigit(a.words.get(m.to() + 1).charAt(0)))) {
            return true; // "... but tuesday will"
        }
        return a.phraseIn(AGREES, start, end) && !proposalCue(a, a.words.sentence[m.from()]);
    }

    static boolean anyRefused(Analysis a) {
        for (boolean r : a.refusedMention) {
            if (r) {
                return true;
            }
        }
        return false;
    }
}
