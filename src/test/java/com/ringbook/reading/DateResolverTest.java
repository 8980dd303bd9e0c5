package com.ringbook.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DateResolverTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Monday 23 November 2026, 14:00 in New York. */
    private static final ZonedDateTime MONDAY = LocalDateTime.of(2026, 11, 23, 14, 0).atZone(NEW_YORK);

    private static String resolve(String text, ZonedDateTime now) {
        return DateResolver.resolve(text, now).map(When::toString).orElse("none");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tmrw at 4                                  | 2026-11-24T16:00
            tomorrow at 4pm                            | 2026-11-24T16:00
            2moro @ 4                                  | 2026-11-24T16:00
            next wed                                   | 2026-12-02
            wednesday                                  | 2026-11-25
            this wednesday                             | 2026-11-25
            wednesday next week                        | 2026-12-02
            next monday                                | 2026-11-30
            the 3rd                                    | 2026-12-03
            on the 30th                                | 2026-11-30
            the 31st                                   | 2026-12-31
            friday after 3                             | 2026-11-27T15:00
            sat morning                                | 2026-11-28T08:00
            saturday afternoon                         | 2026-11-28T12:00
            thursday evening                           | 2026-11-26T17:00
            12/5 at 9am                                | 2026-12-05T09:00
            12/5/2027                                  | 2027-12-05
            25/12                                      | 2026-12-25
            dec 5th at 10                              | 2026-12-05T10:00
            5th of december                            | 2026-12-05
            january 3                                  | 2027-01-03
            Wed Dec 2 at 2:30                          | 2026-12-02T14:30
            monday the 30th                            | 2026-11-30
            next week                                  | 2026-11-30
            this weekend                               | 2026-11-28
            next weekend                               | 2026-12-05
            day after tomorrow                         | 2026-11-25
            in 3 days                                  | 2026-11-26
            tonight                                    | 2026-11-23T17:00
            today at 4                                 | 2026-11-23T16:00
            at 4                                       | 2026-11-23T16:00
            at 1                                       | 2026-11-24T13:00
            at 10                                      | 2026-11-24T10:00
            at 7                                       | 2026-11-23T19:00
            7am                                        | 2026-11-24T07:00
            noon                                       | 2026-11-24T12:00
            9 in the morning                           | 2026-11-24T09:00
            7 tonight                                  | 2026-11-23T19:00
            tomorrow night at 8                        | 2026-11-24T20:00
            2-4pm tuesday                              | 2026-11-24T14:00
            11-1 thursday                              | 2026-11-26T11:00
            friday 4ish                                | 2026-11-27T16:00
            around 10:45 friday                        | 2026-11-27T10:45
            1030am thurs                               | 2026-11-26T10:30
            half past 9 on friday                      | 2026-11-27T09:30
            quarter to 3 tomorrow                      | 2026-11-24T14:45
            wendsday at 3                              | 2026-11-25T15:00
            thrusday 10am                              | 2026-11-26T10:00
            friday before noon                         | 2026-11-27
            a 2 story house                            | none
            it's $40                                   | none
            40 gallons                                 | none
            sometime                                   | none
            """)
    void resolvesAgainstNow(String text, String expected) {
        assertThat(resolve(text, MONDAY)).isEqualTo(expected);
    }

    @Test
    void aRefusedDayAndTheOneProposedAreBothFoundInOrder() {
        assertThat(DateResolver.resolveAll("can't do tuesday, how about thursday at 10", MONDAY))
                .extracting(When::toString).containsExactly("2026-11-24", "2026-11-26T10:00");
        assertThat(DateResolver.resolveAll("Tuesday, or Wednesday?", MONDAY))
                .extracting(When::toString).containsExactly("2026-11-24", "2026-11-25");
    }

    @Test
    void weekdaysCountFromTodayAndNextMeansTheOneInNextWeek() {
        ZonedDateTime friday = LocalDateTime.of(2026, 11, 27, 9, 0).atZone(NEW_YORK);
        assertThat(resolve("friday", friday)).isEqualTo("2026-12-04");
        assertThat(resolve("this friday", friday)).isEqualTo("2026-11-27");
        assertThat(resolve("next friday", friday)).isEqualTo("2026-12-04");
        ZonedDateTime saturday = LocalDateTime.of(2026, 11, 28, 9, 0).atZone(NEW_YORK);
        assertThat(resolve("next monday", saturday)).isEqualTo("2026-11-30");
        assertThat(resolve("monday", saturday)).isEqualTo("2026-11-30");
    }

    @Test
    void aDateOnceItHasPassedIsNextYearsAndTheTwentyNinthOfFebruaryWaitsForALeapYear() {
        assertThat(resolve("11/20", MONDAY)).isEqualTo("2027-11-20");
        assertThat(resolve("feb 29", MONDAY)).isEqualTo("2028-02-29");
    }

    @Test
    void todayIsTheBusinesssTodayNotTheMachines() {
        // 03:00 UTC on 24 November: still the 23rd in New York, already the afternoon of the 24th in Auckland
        Instant instant = Instant.parse("2026-11-24T03:00:00Z");
        ZonedDateTime newYork = instant.atZone(NEW_YORK);
        ZonedDateTime auckland = instant.atZone(ZoneId.of("Pacific/Auckland"));
        assertThat(resolve("tomorrow", newYork)).isEqualTo("2026-11-24");
        assertThat(resolve("tomorrow", auckland)).isEqualTo("2026-11-25");
        assertThat(resolve("the 24th", newYork)).isEqualTo("2026-11-24");
        assertThat(resolve("the 24th", auckland)).isEqualTo("2026-11-24");
        // a bare time is its next occurrence in the business's day: 22:00 in New York, 16:00 in Auckland
        assertThat(resolve("at 9am", newYork)).isEqualTo("2026-11-24T09:00");
        assertThat(resolve("at 9am", auckland)).isEqualTo("2026-11-25T09:00");
        assertThat(resolve("at 5", auckland)).isEqualTo("2026-11-24T17:00");
        assertThat(resolve("at 5", newYork)).isEqualTo("2026-11-24T17:00");
        assertThat(resolve("friday", ZonedDateTime.of(2026, 11, 27, 23, 30, 0, 0, ZoneId.of("Asia/Kolkata"))))
                .isEqualTo("2026-12-04");
    }

    @Test
    void aTimeTheClocksSkipMovesForwardByTheGap() {
        // New York springs forward on Sunday 8 March 2026: 02:00 becomes 03:00
        ZonedDateTime saturday = LocalDateTime.of(2026, 3, 7, 20, 0).atZone(NEW_YORK);
        assertThat(resolve("tomorrow at 2:30am", saturday)).isEqualTo("2026-03-08T03:30");
        assertThat(resolve("tomorrow at 2", saturday)).isEqualTo("2026-03-08T14:00");
        assertThat(resolve("sunday morning", saturday)).isEqualTo("2026-03-08T08:00");
        // London on Sunday 29 March 2026: 01:00 becomes 02:00
        ZonedDateTime london = LocalDateTime.of(2026, 3, 28, 12, 0).atZone(ZoneId.of("Europe/London"));
        assertThat(resolve("sunday at 1:15am", london)).isEqualTo("2026-03-29T02:15");
    }

    @Test
    void aTimeTheClocksRepeatKeepsItsLocalTimeAndDaysStayWholeAcrossTheChange() {
        // New York falls back on Sunday 1 November 2026: 01:00-02:00 happens twice
        ZonedDateTime saturday = LocalDateTime.of(2026, 10, 31, 22, 0).atZone(NEW_YORK);
        assertThat(resolve("tomorrow at 1:30am", saturday)).isEqualTo("2026-11-01T01:30");
        assertThat(resolve("monday at 9", saturday)).isEqualTo("2026-11-02T09:00");
        // Sydney falls back on Sunday 5 April 2026 (03:00 becomes 02:00): the days after are still whole days
        ZonedDateTime sydney = LocalDateTime.of(2026, 4, 4, 23, 30).atZone(ZoneId.of("Australia/Sydney"));
        assertThat(resolve("tomorrow", sydney)).isEqualTo("2026-04-05");
        assertThat(resolve("day after tomorrow at 10", sydney)).isEqualTo("2026-04-06T10:00");
    }

    @Test
    void aBareTimeIsItsNextOccurrenceMeasuredInRealTimeAcrossTheChange() {
        // 01:30 EST on the spring-forward night: 03:00 EDT is ninety minutes away, so it is today
        ZonedDateTime night = LocalDateTime.of(2026, 3, 8, 1, 30).atZone(NEW_YORK);
        assertThat(resolve("at 3am", night)).isEqualTo("2026-03-08T03:00");
        assertThat(resolve("at 1am", night)).isEqualTo("2026-03-09T01:00");
    }

    @Test
    void aNumberThatCouldBeAnOfferedSlotIsNotReadAsATimeWithoutAMark() {
        Words words = Words.of("how about 2");
        assertThat(DateResolver.mentions(words, MONDAY, 2, java.util.Set.of())).isEmpty();
        assertThat(DateResolver.mentions(words, MONDAY, 1, java.util.Set.of())).hasSize(1);
        assertThat(DateResolver.mentions(Words.of("at 2"), MONDAY, 2, java.util.Set.of())).hasSize(1);
        assertThat(resolve("between 1 and 2", MONDAY)).isEqualTo("2026-11-24T13:00");
    }
}
