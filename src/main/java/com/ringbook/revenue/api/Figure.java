package com.ringbook.revenue.api;

/** A number on the Revenue screen that opens the calls, leads or jobs behind it. */
public enum Figure {
    MISSED("Missed calls"),
    TEXTED("Texted back"),
    REPLIED("Replied"),
    QUALIFIED("Qualified"),
    OFFERED("Offered slots"),
    BOOKED("Booked"),
    LOST("Lost");

    private final String label;

    Figure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
