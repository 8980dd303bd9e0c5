package com.ringbook.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Money as staff type it and as it is shown: always integer cents underneath, never a floating point. */
public final class Money {
    /** "400", "$1,250.50", "1250.5", " 99.99 ": an optional currency sign, digits with optional thousands commas, up to two decimals. */
    private static final Pattern TYPED = Pattern.compile("\\$?\\s*(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d{0,2})?");
    /** A job is worth less than ten million: anything above is a typo, not a job. */
    private static final long MAX_CENTS = 1_000_000_000L;

    private Money() {
    }

    /**
     * Reads an amount as typed.
     *
     * @throws IllegalArgumentException with a sentence for the user when it is not an amount of money
     */
    public static long parseCents(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (!TYPED.matcher(text).matches()) {
            throw new IllegalArgumentException("\"" + text + "\" is not an amount of money; type it like 400 or 1,250.50.");
        }
        BigDecimal amount = new BigDecimal(text.replace("$", "").replace(",", "").strip());
        long cents = amount.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
        if (cents > MAX_CENTS) {
            throw new IllegalArgumentException("$" + text.replace("$", "").strip() + " is more than a job is worth; check the amount.");
        }
        return cents;
    }

    /** Cents as currency units with two decimals, as a table or a file wants them: 180000 is "1800.00". */
    public static String plain(long cents) {
        return BigDecimal.valueOf(cents).movePointLeft(2).setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** Cents as a person reads them: 180000 is "$1,800", 30050 is "$300.50". */
    public static String shown(long cents) {
        long dollars = cents / 100;
        long rest = Math.abs(cents % 100);
        String whole = String.format("%,d", dollars);
        return (cents < 0 ? "-$" + whole.replace("-", "") : "$" + whole) + (rest == 0 ? "" : String.format(".%02d", rest));
    }
}
