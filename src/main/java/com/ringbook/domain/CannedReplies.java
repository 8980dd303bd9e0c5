package com.ringbook.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Saved replies staff drop into the composer with a keystroke instead of typing the same words all day: stored as
 * text under one key, one reply a line, each a {@link Template} ({first_name}, {business}) filled in when inserted.
 * Inserting never sends: the text lands in the composer for staff to read, change and send.
 */
public final class CannedReplies {
    public static final String KEY = "replies.canned";
    /** Enough for the list to stay a quick pick. */
    public static final int MAX_REPLIES = 30;

    public static final String DEFAULT = """
            Thanks {first_name}! We're on it and will text you shortly with a time.
            Could you send a photo of the problem? It helps us bring the right parts.
            Our technician is on the way and should be with you within the hour.
            Thanks for choosing {business}! If anything else comes up, just text us here.""";

    private CannedReplies() {
    }

    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(KEY, DEFAULT);
        return d;
    }

    /** The replies, one a line, blank lines skipped; the map must have passed {@link #validate}. */
    static List<String> list(Map<String, String> m) {
        return lines(m.getOrDefault(KEY, ""));
    }

    /** The key to a plain-words problem, naming the first reply that cannot be used; empty when all can. */
    static Map<String, String> validate(Map<String, String> m) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> replies = lines(m.getOrDefault(KEY, ""));
        if (replies.size() > MAX_REPLIES) {
            errors.put(KEY, "Keep it to " + MAX_REPLIES + " saved replies (there are " + replies.size() + ").");
            return errors;
        }
        for (int i = 0; i < replies.size(); i++) {
            String reply = replies.get(i);
            int number = i + 1;
            Template.problem(reply).ifPresent(p -> errors.putIfAbsent(KEY, "Reply " + number + ": " + p));
        }
        return errors;
    }

    /** A saved reply as the customer will read it. */
    public static String render(String reply, String business, String firstName) {
        return Template.render(reply, business, firstName);
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
