package com.ringbook.revenue.api;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One week of the owner's figures. The week begins on {@code weekStart} (the business's local date, its locale's
 * first day of the week) and lasts seven local days. Missed calls, text-backs and the leads' progress count in the
 * week of the call; {@code booked} counts jobs booked that week and not cancelled since, from threads that began
 * with a missed call, and {@code recoveredCents} is their value as staff last edited it.
 *
 * @param medianTextBack time from a missed call ending to its text-back leaving (empty: nothing texted that week)
 * @param lost           leads of the week since marked lost; {@code optedOut}: whose caller texted STOP
 * @param afterFollowUp  jobs booked that week after a follow-up; empty while follow-ups are not tracked
 */
public record WeekFigures(
        LocalDate weekStart,
        int missed,
        int texted,
        int replied,
        int qualified,
        int offered,
        int booked,
        long recoveredCents,
        Optional<Duration> medianTextBack,
        Optional<Duration> p90TextBack,
        int lost,
        int optedOut,
        Optional<Integer> afterFollowUp) {

    public int count(Figure figure) {
        return switch (figure) {
            case MISSED -> missed;
            case TEXTED -> texted;
            case REPLIED -> replied;
            case QUALIFIED -> qualified;
            case OFFERED -> offered;
            case BOOKED -> booked;
            case LOST -> lost;
            case AFTER_FOLLOW_UP -> afterFollowUp.orElse(0);
        };
    }
}
