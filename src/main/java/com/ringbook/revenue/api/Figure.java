package com.ringbook.revenue.api;

/** A number on the Revenue screen that opens the calls, leads or jobs behind it. */
public enum Figure {
    MISSED("Missed calls"),
    TEXTED("Texted back"),
    REPLIED("Replied"),
    QUALIFIED("Qualified"),
    OFFERED("Offered slots"),
    BOOKED("Booked"),
    LOST("Lost"),
    /** Booked jobs that came after a follow-up was sent on their thread (the "After a follow-up" tile). */
    AFTER_FOLLOW_UP("Booked after a follow-up");

    private final String label;

    Figure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
