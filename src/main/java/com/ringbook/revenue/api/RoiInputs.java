package com.ringbook.revenue.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * What the ROI calculator starts from: missed calls and recovered (booked) calls a week, what a job is worth, and
 * what Ringbook and an answering service cost a month. Counts may have decimals (an average of several weeks);
 * money is integer cents.
 */
public record RoiInputs(BigDecimal missedPerWeek, BigDecimal recoveredPerWeek, long jobValueCents, long ringbookMonthlyCents,
                        long answeringMonthlyCents) {
    /** A plan price to start from; the owner types their own. */
    public static final long RINGBOOK_MONTHLY_CENTS = 99_00;
    /** A typical small answering service's monthly fee, to start from; the owner types their quote. */
    public static final long ANSWERING_MONTHLY_CENTS = 300_00;
    /** The playbook's worked example: 8 missed calls a week, 4 of them booked, $400 a job. */
    public static final RoiInputs PLAYBOOK = new RoiInputs(BigDecimal.valueOf(8), BigDecimal.valueOf(4), 400_00,
            RINGBOOK_MONTHLY_CENTS, ANSWERING_MONTHLY_CENTS);

    public RoiInputs {
        Objects.requireNonNull(missedPerWeek);
        Objects.requireNonNull(recoveredPerWeek);
    }

    /** Recovered calls as a share of missed ones, in percent with one decimal; empty with no missed calls. */
    public java.util.Optional<BigDecimal> recoveryPercent() {
        if (missedPerWeek.signum() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(recoveredPerWeek.multiply(BigDecimal.valueOf(100))
                .divide(missedPerWeek, 1, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /** The same inputs with the recovered calls a week that a recovery rate (percent) of the missed ones makes. */
    public RoiInputs withRecoveryPercent(BigDecimal percent) {
        BigDecimal recovered = missedPerWeek.multiply(percent).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return new RoiInputs(missedPerWeek, recovered, jobValueCents, ringbookMonthlyCents, answeringMonthlyCents);
    }
}
