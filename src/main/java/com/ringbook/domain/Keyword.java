package com.ringbook.domain;

import java.util.Locale;
import java.util.Set;

/** The carrier-standard one-word commands a customer can text; anything else is an ordinary reply. */
public enum Keyword {
    STOP, START, YES, HELP, NONE;

    private static final Set<String> STOP_WORDS =
            Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE");
    private static final Set<String> START_WORDS = Set.of("START", "UNSTOP");
    private static final Set<String> HELP_WORDS = Set.of("HELP", "INFO");

    /** Whole message only, ignoring case and surrounding white space: "stop by at 5" is a reply. */
    public static Keyword of(String body) {
        String word = body == null ? "" : body.strip().toUpperCase(Locale.ROOT);
        if (STOP_WORDS.contains(word)) {
            return STOP;
        }
        if (START_WORDS.contains(word)) {
            return START;
        }
        if (word.equals("YES")) {
            return YES;
        }
        if (HELP_WORDS.contains(word)) {
            return HELP;
        }
        return NONE;
    }

    /** YES opts a number back in only when it is opted out; from anyone else it is an answer. */
    public boolean optsIn(boolean currentlyOptedOut) {
        return this == START || (this == YES && currentlyOptedOut);
    }
}
