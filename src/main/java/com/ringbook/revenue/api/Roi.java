package com.ringbook.revenue.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What recovered calls are worth, and how soon each way of recovering them pays for itself. Pure arithmetic in cents
 * (a year is 52 weeks, a month a twelfth of it), so the screen recomputes it at every keystroke.
 *
 * @param weeklyCents           recovered calls a week times the job's value
 * @param monthlyCents          a twelfth of the year
 * @param yearlyCents           52 weeks
 * @param ringbookPaybackDays   days of recovered revenue that pay a month of Ringbook (empty: nothing recovered)
 * @param ringbookNetYearlyCents recovered revenue a year less a year of Ringbook
 * @param answeringPaybackDays  the same for the answering service
 * @param answeringNetYearlyCents recovered revenue a year less a year of the answering service
 */
public record Roi(long weeklyCents, long monthlyCents, long yearlyCents, Optional<BigDecimal> ringbookPaybackDays,
                  long ringbookNetYearlyCents, Optional<BigDecimal> answeringPaybackDays, long answeringNetYearlyCents) {
    public static final int WEEKS_A_YEAR = 52;

    public static Roi of(RoiInputs in) {
        long weekly = in.recoveredPerWeek().multiply(BigDecimal.valueOf(in.jobValueCents())).setScale(0, RoundingMode.HALF_UP)
                .longValueExact();
        long yearly = weekly * WEEKS_A_YEAR;
        long monthly = BigDecimal.valueOf(yearly).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact();
        return new Roi(weekly, monthly, yearly, payback(in.ringbookMonthlyCents(), weekly), yearly - 12 * in.ringbookMonthlyCents(),
                payback(in.answeringMonthlyCents(), weekly), yearly - 12 * in.answeringMonthlyCents());
    }

    /** How many days of recovered revenue a month's fee takes, one decimal. */
    private static Optional<BigDecimal> payback(long monthlyFeeCents, long weeklyCents) {
        if (weeklyCents <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(monthlyFeeCents).multiply(BigDecimal.valueOf(7))
                .divide(BigDecimal.valueOf(weeklyCents), 1, RoundingMode.UP));
    }

    /** What choosing Ringbook over the answering service leaves a year (negative: the service costs less). */
    public long ringbookAdvantageYearlyCents() {
        return ringbookNetYearlyCents - answeringNetYearlyCents;
    }

    /** Reads a count as typed ("8", "7.5"); a sentence for the user when it is not one. */
    public static BigDecimal parseCount(String typed, String what) {
        String text = typed == null ? "" : typed.strip();
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100_000)) > 0 || value.scale() > 2) {
                throw new NumberFormatException();
            }
            return value.stripTrailingZeros();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": \"" + text + "\" is not a number of calls; type it like 8 or 7.5.");
        }
    }

    /** Problems with the inputs together (more recovered than missed), none when they make sense. */
    public static List<String> problems(RoiInputs in) {
        List<String> problems = new ArrayList<>();
        if (in.recoveredPerWeek().compareTo(in.missedPerWeek()) > 0) {
            problems.add("More calls recovered than missed: recovered calls are some of the missed ones.");
        }
        return problems;
    }
}
