package com.ringbook.domain;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The opt-in side of the settings: the short confirmation a customer gets when they text START (or
 * another opt-in keyword) after STOP. Carriers expect one; it says who is texting and how to stop again.
 */
public record OptInSettings(String confirmation) {
    public static final String CONFIRMATION = "template.opt_in";
    public static final String DEFAULT_CONFIRMATION =
            "{business}: you're opted back in to texts. Reply STOP to opt out.";

    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(CONFIRMATION, DEFAULT_CONFIRMATION);
        return d;
    }

    /** The map must have passed {@link #validate}. */
    static OptInSettings fromMap(Map<String, String> m) {
        return new OptInSettings(m.get(CONFIRMATION));
    }

    /** Field key to a plain-words problem; checked like the other templates. */
    static Map<String, String> validate(Map<String, String> m) {
        Map<String, String> errors = new LinkedHashMap<>();
        Template.problem(m.get(CONFIRMATION)).ifPresent(p -> errors.put(CONFIRMATION, p));
        return errors;
    }
}
