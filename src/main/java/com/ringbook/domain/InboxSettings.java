package com.ringbook.domain;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inbox's settings as stored (text) and as used.
 *
 * @param waitingTarget how long a customer may wait for an answer before their badge in the inbox turns red
 */
public record InboxSettings(Duration waitingTarget) {
    public static final String WAITING_TARGET_MINUTES = "inbox.waiting_target_minutes";
    static final int MIN_MINUTES = 1;
    static final int MAX_MINUTES = 240;

    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(WAITING_TARGET_MINUTES, "5");
        return d;
    }

    /** The map must have passed {@link #validate}. */
    static InboxSettings fromMap(Map<String, String> m) {
        return new InboxSettings(Duration.ofMinutes(Long.parseLong(m.get(WAITING_TARGET_MINUTES).strip())));
    }

    /** Field key to a plain-words problem. */
    static Map<String, String> validate(Map<String, String> m) {
        Map<String, String> errors = new LinkedHashMap<>();
        String text = m.get(WAITING_TARGET_MINUTES).strip();
        try {
            long minutes = Long.parseLong(text);
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                errors.put(WAITING_TARGET_MINUTES, "Use a number of minutes from 1 to 240.");
            }
        } catch (NumberFormatException e) {
            errors.put(WAITING_TARGET_MINUTES, "Use a whole number of minutes, e.g. 5.");
        }
        return errors;
    }
}
