package com.ringbook.reading;

import java.util.List;
import java.util.Map;

/**
 * How a word is spelled: the usual texting spellings and typos mapped to one word ("tmrw", "2moro" and "tomorow" are
 * all "tomorrow"), long runs of one letter squeezed ("yesss" is "yes"), and a word one typo away from a word the rules
 * lean on read as that word.
 */
final class Spellings {

    private Spellings() {
    }


    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tmrow", "tomorrow"),
            Map.entry("tmro", "tomorrow"), Map.entry("tmw", "tomorrow"), Map.entry("tomo", "tomorrow"),
            Map.entry("tomorow", "tomorrow"), Map.entry("tommorow", "tomorrow"), Map.entry("tommorrow", "tomorrow"),
            Map.entry("tomorrrow", "tomorrow"), Map.entry("tomorro", "tomorrow"), Map.entry("2moro", "tomorrow"),
            Map.entry("2morrow", "tomorrow"), Map.entry("2mrw", "tomorrow"), Map.entry("2morow", "tomorrow"),
            Map.entry("tomm", "tomorrow"), Map.entry("tmrrw", "tomorrow"), Map.entry("tomarrow", "tomorrow"),
            Map.entry("tonite", "tonight"), Map.entry("2nite", "tonight"), Map.entry("tonigh", "tonight"),
            Map.entry("2day", "today"), Map.entry("tday", "today"), Map.entry("todays", "today"),
            Map.entry("mon", "monday"), Map.entry("monady", "monday"),
            Map.entry("mnday", "monday"),
            Map.entry("tue", "tuesday"), Map.entry("tues", "tuesday"), Map.entry("tu", "tuesday"),
            Map.entry("tusday", "tuesday"), Map.entry("teusday", "tuesday"), Map.entry("tuesdy", "tuesday"),
            Map.entry("tuseday", "tuesday"), Map.entry("tuesady", "tuesday"),
            Map.entry("wed", "wednesday"), Map.entry("weds", "wednesday"), Map.entry("wendsday", "wednesday"),
            Map.entry("wensday", "wednesday"), Map.entry("wednsday", "wednesday"), Map.entry("wednesdy", "wednesday"),
            Map.entry("wedensday", "wednesday"), Map.entry("wedsday", "wednesday"), Map.entry("wenesday", "wednesday"),
            Map.entry("wednseday", "wednesday"), Map.entry("wedneday", "wednesday"),
            Map.entry("thu", "thursday"), Map.entry("thur", "thursday"), Map.entry("thurs", "thursday"),
            Map.entry("thrusday", "thursday"), Map.entry("thursay", "thursday"), Map.entry("thurday", "thursday"),
            Map.entry("thusday", "thursday"), Map.entry("thurdsay", "thursday"), Map.entry("thr", "thursday"),
            Map.entry("fri", "friday"), Map.entry("fryday", "friday"), Map.entry("firday", "friday"),
            Map.entry("friay", "friday"), Map.entry("fridy", "friday"), Map.entry("frid", "friday"),
            Map.entry("sat", "saturday"), Map.entry("saterday", "saturday"), Map.entry("saturdy", "saturday"),
            Map.entry("satuday", "saturday"), Map.entry("satruday", "saturday"), Map.entry("saturady", "saturday"),
            Map.entry("sun", "sunday"), Map.entry("sundy", "sunday"), Map.entry("sunady", "sunday"),
            Map.entry("nxt", "next"), Map.entry("wk", "week"), Map.entry("wknd", "weekend"),
            Map.entry("wkend", "weekend"), Map.entry("weekened", "weekend"),
            Map.entry("mornin", "morning"), Map.entry("morn", "morning"), Map.entry("aftn", "afternoon"), Map.entry("aft", "afternoon"),
            Map.entry("afternon", "afternoon"), Map.entry("arvo", "afternoon"), Map.entry("eve", "evening"),
            Map.entry("evng", "evening"), Map.entry("nite", "night"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plse", "please"),
            Map.entry("pleas", "please"), Map.entry("pleae", "please"), Map.entry("pleaes", "please"),
            Map.entry("plez", "please"), Map.entry("plis", "please"), Map.entry("pleasee", "please"),
            Map.entry("thx", "thanks"), Map.entry("thnx", "thanks"), Map.entry("thnks", "thanks"),
            Map.entry("tnx", "thanks"), Map.entry("thanx", "thanks"), Map.entry("tks", "thanks"),
            Map.entry("ty", "thanks"), Map.entry("tyvm", "thanks"), Map.entry("thankyou", "thanks"),
            Map.entry("okay", "ok"), Map.entry("okey", "ok"), Map.entry("oki", "ok"), Map.entry("okk", "ok"),
            Map.entry("k", "ok"), Map.entry("kk", "ok"), Map.entry("okie", "ok"), Map.entry("okey-dokey", "ok"),
            Map.entry("okays", "ok"), Map.entry("ok's", "ok"), Map.entry("okkay", "ok"),
            Map.entry("yeah", "yes"), Map.entry("yea", "yes"), Map.entry("yep", "yes"), Map.entry("yup", "yes"),
            Map.entry("yess", "yes"), Map.entry("yesss", "yes"), Map.entry("yeas", "yes"), Map.entry("yas", "yes"),
            Map.entry("yse", "yes"), Map.entry("yez", "yes"), Map.entry("yres", "yes"), Map.entry("ye", "yes"),
            Map.entry("yeh", "yes"), Map.entry("yah", "yes"), Map.entry("yeap", "yes"), Map.entry("yesh", "yes"),
            Map.entry("ya", "yes"), Map.entry("y", "yes"), Map.entry("yesir", "yes"), Map.entry("yessir", "yes"), Map.entry("yeahh", "yes"),
            Map.entry("nope", "no"), Map.entry("nah", "no"), Map.entry("naw", "no"), Map.entry("nay", "no"),
            Map.entry("noo", "no"), Map.entry("nooo", "no"), Map.entry("nop", "no"),
            Map.entry("cant", "can't"), Map.entry("cannot", "can't"), Map.entry("dont", "don't"),
            Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"), Map.entry("wont", "won't"),
            Map.entry("isnt", "isn't"), Map.entry("arent", "aren't"), Map.entry("wouldnt", "wouldn't"),
            Map.entry("couldnt", "couldn't"), Map.entry("shouldnt", "shouldn't"), Map.entry("havent", "haven't"),
            Map.entry("aint", "ain't"), Map.entry("wasnt", "wasn't"),
            Map.entry("im", "i'm"), Map.entry("ive", "i've"), Map.entry("ill", "i'll"), Map.entry("id", "i'd"),
            Map.entry("youre", "you're"), Map.entry("thats", "that's"),
            Map.entry("whats", "what's"), Map.entry("wats", "what's"), Map.entry("wat", "what"),
            Map.entry("hows", "how's"), Map.entry("whos", "who's"), Map.entry("lets", "let's"),
            Map.entry("theres", "there's"), Map.entry("itll", "it'll"), Map.entry("thatll", "that'll"),
            Map.entry("itd", "it'd"), Map.entry("thatd", "that'd"), Map.entry("wed've", "we'd've"),
            Map.entry("u", "you"), Map.entry("ya'll", "y'all"), Map.entry("ur", "your"), Map.entry("r", "are"),
            Map.entry("b4", "before"), Map.entry("l8r", "later"), Map.entry("l8er", "later"), Map.entry("w", "with"),
            Map.entry("abt", "about"), Map.entry("bout", "about"), Map.entry("cuz", "because"),
            Map.entry("appt", "appointment"), Map.entry("appts", "appointments"), Map.entry("apt", "apt"),
            Map.entry("avail", "available"), Map.entry("availible", "available"), Map.entry("avaliable", "available"),
            Map.entry("avalable", "available"), Map.entry("availalbe", "available"), Map.entry("availabe", "available"),
            Map.entry("sumthing", "something"), Map.entry("somethin", "something"),
            Map.entry("anythin", "anything"), Map.entry("anyting", "anything"), Map.entry("nething", "anything"),
            Map.entry("wanna", "want"), Map.entry("gonna", "going"), Map.entry("gotta", "got"),
            Map.entry("prolly", "probably"), Map.entry("def", "definitely"), Map.entry("deffo", "definitely"),
            Map.entry("definately", "definitely"), Map.entry("definitly", "definitely"), Map.entry("deff", "definitely"),
            Map.entry("perfecto", "perfect"), Map.entry("perf", "perfect"), Map.entry("prefect", "perfect"),
            Map.entry("sonds", "sounds"), Map.entry("sounda", "sounds"),
            Map.entry("gud", "good"), Map.entry("gd", "good"), Map.entry("grt", "great"), Map.entry("gr8", "great"),
            Map.entry("gret", "great"), Map.entry("nvm", "nevermind"), 
            Map.entry("nm", "nevermind"), Map.entry("rn", "now"),
            Map.entry("sry", "sorry"), Map.entry("srry", "sorry"), Map.entry("soz", "sorry"),
            Map.entry("xmas", "christmas"), Map.entry("hr", "hour"), Map.entry("hrs", "hours"),
            Map.entry("mins", "minutes"), Map.entry("min", "minutes"),
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
            Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"),
            Map.entry("oclock", "o'clock"), Map.entry("nither", "neither"), Map.entry("niether", "neither"),
            Map.entry("neather", "neither"), Map.entry("nieter", "neither"), Map.entry("neiter", "neither"),
            Map.entry("nether", "neither"), Map.entry("neithr", "neither"), Map.entry("eather", "either"),
            Map.entry("eiter", "either"), Map.entry("eithr", "either"), Map.entry("ether", "either"));

    /** Words the rules lean on, so a typo of one (one letter off, or two swapped) is read as the word. */
    private static final List<String> FUZZY_TARGETS = List.of("tomorrow", "tonight", "morning", "afternoon",
            "evening", "weekend", "weekends", "neither", "available", "availability", "appointment", "interested",
            "instead", "another", "different", "schedule", "perfect", "please", "thanks", "definitely", "absolutely",
            "unfortunately", "earlier", "anything", "something", "option", "second", "whichever", "question",
            "anytime", "nevermind", "someone", "estimate", "licensed", "insured", "warranty", "address", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "september",
            "october", "november", "december", "sounds", "awesome", "otherwise", "possible", "earliest", "preferably",
            "prefer", "rather", "better", "either", "works", "appointments", "tomorrows", "openings", "opening");

    /** The one spelling of a texting spelling or known typo, or the word itself. */
    static String canonical(String w) {
        return SPELLINGS.getOrDefault(w, w);
    }

    /** A word the rules lean on that this unknown word is one typo away from, keeping its first letter; or itself. */
    static String fuzzy(String w) {
        if (w.length() < 5 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        String found = null;
        for (String target : FUZZY_TARGETS) {
            if (target.length() >= 6 && target.charAt(0) == w.charAt(0) && Math.abs(target.length() - w.length()) <= 1
                    && oneEditApart(w, target)) {
                if (found != null && !found.equals(target)) {
                    return w; // two words are as near: leave it
                }
                found = target;
            }
        }
        return found == null ? w : found;
    }

    /** One letter added, dropped or changed, or two neighbours swapped (and not equal). */
    private static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int i = 0;
        int j = 0;
        boolean skipped = false;
        while (i < longer.length() && j < shorter.length()) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                i++;
                j++;
            } else if (!skipped) {
                skipped = true;
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Shortens a run of three or more of the same letter to one ("yesss" to "yes", "sooo" to "so"). */
    static String squeeze(String w) {
        if (w.length() < 4) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        int run = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            run = i > 0 && w.charAt(i - 1) == c ? run + 1 : 1;
            if (run <= 2 || Character.isDigit(c)) {
                b.append(c);
            }
        }
        String twice = b.toString();
        if (twice.equals(w)) {
            return w;
        }
        // "yess" and "pleasee" are not words either: prefer the spelling with one letter where it is known
        String once = twice.replaceAll("([a-z])\\1$", "$1");
        return SPELLINGS.containsKey(once) || Lexicon.KNOWN.contains(once) ? once : twice;
    }
}
