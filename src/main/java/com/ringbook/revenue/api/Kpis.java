package com.ringbook.revenue.api;

import java.util.OptionalInt;

/**
 * The tiles at the top of the Revenue screen: this week's figures, and the range's recovered revenue carried over a
 * year.
 *
 * @param recoveryPercent  this week's booked jobs per missed call, in percent (empty with no missed calls)
 * @param replyPercent     this week's replies per text-back, in percent (empty with no text-backs)
 * @param annualisedCents  the range's average week of recovered revenue times 52
 */
public record Kpis(WeekFigures thisWeek, OptionalInt recoveryPercent, OptionalInt replyPercent, long annualisedCents) {
}
