package com.ringbook.ui.owner;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;

/** How the Revenue screen writes its numbers: money in the business's currency, seconds, shares, weeks. */
final class RevenueText {
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("MMM d", Locale.US);

    private RevenueText() {
    }

    /** The currency sign of the business's country ("$" in the US, "£" in Britain); "$" when it has none. */
    static String symbol(String region) {
        try {
            Currency currency = Currency.getInstance(new Locale("", region));
            return currency.getSymbol(Locale.forLanguageTag("en-" + region));
        } catch (IllegalArgumentException | NullPointerException e) {
            return "$";
        }
    }

    /** 160000 cents in the US is "$1,600"; 30050 is "$300.50". */
    static String money(long cents, String region) {
        long whole = Math.abs(cents) / 100;
        long rest = Math.abs(cents) % 100;
        return (cents < 0 ? "-" : "") + symbol(region) + String.format(Locale.US, "%,d", whole)
                + (rest == 0 ? "" : String.format(Locale.US, ".%02d", rest));
    }

    /** "0.8 s", "12 s", "2 min 5 s"; a dash when there is nothing to time. */
    static String seconds(Optional<Duration> duration) {
        if (duration.isEmpty()) {
            return "—";
        }
        long ms = duration.get().toMillis();
        if (ms < 10_000) {
            return String.format(Locale.US, "%.1f s", ms / 1000.0);
        }
        long s = Math.round(ms / 1000.0);
        return s < 120 ? s + " s" : (s / 60) + " min " + (s % 60) + " s";
    }

    static String percent(java.util.OptionalInt share) {
        return share.isPresent() ? share.getAsInt() + "%" : "—";
    }

    /** "Nov 15": the day a week begins, as the chart's axis shows it. */
    static String week(LocalDate start) {
        return WEEK.format(start);
    }

    /** "Nov 15 – Nov 21". */
    static String weekRange(LocalDate start) {
        return WEEK.format(start) + " – " + WEEK.format(start.plusDays(6));
    }

    static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
