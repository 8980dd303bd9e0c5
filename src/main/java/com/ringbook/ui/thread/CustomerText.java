package com.ringbook.ui.thread;

import com.ringbook.domain.CustomerThread;
import com.ringbook.domain.Stage;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How a customer's history reads: dates in the business's zone, money in its country's currency, outcomes in plain words. */
final class CustomerText {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private CustomerText() {
    }

    /** "Mar 3, 2026"; empty for no date. */
    static String date(Instant at, ZoneId zone) {
        return at == null ? "" : DATE.format(at.atZone(zone));
    }

    /**
     * Integer cents in the currency of the business's country ({@code region}, two letters): "$1,250" for the US,
     * "£300.50" for GB; whole amounts without decimals. The bare number when the country has no currency.
     */
    static String money(long cents, String region) {
        NumberFormat format;
        try {
            format = NumberFormat.getCurrencyInstance(Locale.US);
            format.setCurrency(Currency.getInstance(new Locale("", region == null ? "US" : region)));
        } catch (IllegalArgumentException | NullPointerException e) {
            format = NumberFormat.getNumberInstance(Locale.US);
        }
        int decimals = cents % 100 == 0 ? 0 : 2;
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** "1 job booked · $350", "No jobs booked yet". */
    static String jobs(int count, long cents, String region) {
        if (count == 0) {
            return "No jobs booked yet";
        }
        return count + (count == 1 ? " job booked · " : " jobs booked · ") + money(cents, region);
    }

    /** How a conversation ended, or where it stands: "Booked for Mar 5 · $350 · Repair", "Lost · Price: too dear". */
    static String outcome(CustomerThread t, ZoneId zone, String region) {
        return switch (t.stage()) {
            // Date and value first: a narrow column cuts the end of the line.
            case BOOKED -> t.hasJob()
                    ? "Booked for " + DAY.format(t.jobStart().atZone(zone)) + " · " + money(t.jobValueCents(), region)
                    + (t.jobType() == null ? "" : " · " + t.jobType())
                    : "Booked";
            case LOST -> "Lost" + (t.lostReason() == null ? "" : " · " + t.lostReason().label())
                    + (t.lostNote() == null ? "" : ": " + t.lostNote());
            case OPTED_OUT -> "Opted out";
            case NEW, QUALIFYING, SLOTS_OFFERED -> "Open · " + t.stage().label();
        };
    }

    /** The style of a history line: booked, lost, opted-out or open. */
    static String kind(Stage stage) {
        return switch (stage) {
            case BOOKED -> "booked";
            case LOST -> "lost";
            case OPTED_OUT -> "opted-out";
            case NEW, QUALIFYING, SLOTS_OFFERED -> "open";
        };
    }
}
