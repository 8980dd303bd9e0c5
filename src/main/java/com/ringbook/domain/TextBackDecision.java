package com.ringbook.domain;

/** What the text-back policy decided for one missed call; stored with the call so staff can see why. */
public enum TextBackDecision {
    SEND_BUSINESS_HOURS("Texted back", "Texted back", "Ringbook texted the caller back; the text should arrive in a moment."),
    SEND_AFTER_HOURS("Texted back (after hours)", "Texted back (after hours)",
            "Ringbook texted the caller back with the after-hours message; it should arrive in a moment."),
    SKIP_WINDOW("Already texted recently", "Not texted: already texted recently",
            "Not texted: this number was already texted back within the text-once window (Settings)."),
    SKIP_OPTED_OUT("Caller opted out", "Not texted: caller opted out",
            "Not texted: this number texted STOP. It can text START to hear from you again."),
    SKIP_BLOCKED("Blocked number", "Not texted: blocked number", "Not texted: this number is on the blocked list."),
    SKIP_STAFF("Staff phone", "Not texted: staff phone", "Not texted: this number is on the staff list."),
    SKIP_WITHHELD("Caller ID withheld", "Not texted: number withheld", "Not texted: the caller withheld their number."),
    SKIP_INVALID("Not a textable number", "Not texted: not a phone number",
            "Not texted: the caller ID is not a phone number that can get texts."),
    /** The carrier refused an earlier text to this number as one that cannot take texts. */
    SKIP_UNREACHABLE("Can't get texts", "Not texted: carrier refused this number",
            "Not texted: the carrier refused an earlier text to this number because it can't get texts.");

    private final String label;
    private final String outcome;
    private final String explanation;

    TextBackDecision(String label, String outcome, String explanation) {
        this.label = label;
        this.outcome = outcome;
        this.explanation = explanation;
    }

    /** Short, beside a missed call inside a thread. */
    public String label() {
        return label;
    }

    /** What Ringbook did, in a few words: a line of the calls screen. */
    public String outcome() {
        return outcome;
    }

    /** What Ringbook did, as a sentence for the person who just rang (the simulator). */
    public String explanation() {
        return explanation;
    }

    public boolean sends() {
        return this == SEND_BUSINESS_HOURS || this == SEND_AFTER_HOURS;
    }
}
