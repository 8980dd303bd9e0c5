package com.ringbook.domain;

/** What the text-back policy decided for one missed call; stored with the call so staff can see why. */
public enum TextBackDecision {
    SEND_BUSINESS_HOURS("Texted back"),
    SEND_AFTER_HOURS("Texted back (after hours)"),
    SKIP_WINDOW("Already texted recently"),
    SKIP_OPTED_OUT("Caller opted out"),
    SKIP_BLOCKED("Blocked number"),
    SKIP_STAFF("Staff phone"),
    SKIP_WITHHELD("Caller ID withheld"),
    SKIP_INVALID("Not a textable number");

    private final String label;

    TextBackDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean sends() {
        return this == SEND_BUSINESS_HOURS || this == SEND_AFTER_HOURS;
    }
}
