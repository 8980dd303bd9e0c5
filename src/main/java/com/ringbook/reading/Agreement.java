package com.ringbook.reading;

import java.util.Set;

/** The rules on plain agreement and refusal: a reply that only agrees, only thanks, or opens with no. */
final class Agreement {

    private Agreement() {
    }

    /** "not", "can't", "neither": any word that turns something down. */
    static boolean refusalWord(Analysis a) {
        for (String w : a.words.words) {
            if (Lexicon.REFUSALS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Only thanks: not a yes to anything. */
    static boolean onlyThanks(Analysis a) {
        boolean thanks = false;
        for (String w : a.words.words) {
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                continue;
            }
            if (w.equals("thanks") || w.equals("thank")) {
                thanks = true;
            } else if (!Set.of("you", "so", "much", "very", "a", "lot", "again", "emojiyes", "emoji", "for",
                    "that", "this").contains(w)) {
                return false;
            }
        }
        return thanks;
    }

    /** Nothing but agreement and politeness: "ok", "sounds good!", "yes thank you 👍". */
    static boolean onlyAgrees(Analysis a) {
        boolean core = false;
        for (String w : a.words.words) {
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                continue;
            }
            if (!Lexicon.AGREEING_WORDS.contains(w)) {
                return false;
            }
            core |= Lexicon.AGREEING_CORE.contains(w);
        }
        return core;
    }

    /** "no", "nope, sorry": a reply that opens with no and does not go on to agree. */
    static boolean startsWithNo(Analysis a) {
        return a.words.get(0).equals("no") && !a.words.get(1).equals("problem") && !a.words.get(1).equals("worries")
                && !a.words.get(1).equals("rush");
    }

    /** A plain agreement: the only slot of a one-slot offer, else "yes" to one of them. */
    static Reading accept(Analysis a, When when) {
        if (a.context.slotCount() == 1) {
            return new Reading(ReplyIntent.CHOOSE_SLOT, 1, null, null);
        }
        return new Reading(ReplyIntent.YES, null, when, null);
    }
}
