package com.ringbook.domain;

import java.time.Instant;

/** A caller, keyed by E.164 phone number. */
public record Contact(long id, String phone, String name, String address, boolean optedOut, Instant lastTextBackAt) {

    /** The name a template greets with; never empty. */
    public String firstNameOr(String fallback) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        return name.trim().split("\\s+")[0];
    }
}
