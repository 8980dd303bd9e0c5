package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.FollowUp.Situation;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The follow-up settings: defaults, what Settings refuses in plain words, and the wait a run may set in seconds. */
class FollowUpSettingsTest {

    @Test
    void defaultsAreOneNudgeAfterThreeHoursBetween08And21() {
        FollowUpSettings d = Settings.fromMap(Map.of()).followUp();
        assertThat(d.after()).isEqualTo(Duration.ofHours(3));
        assertThat(d.maxNudges()).isEqualTo(1);
        assertThat(d.hours()).isEqualTo(new SendingHours(LocalTime.of(8, 0), LocalTime.of(21, 0)));
        assertThat(d.template(Situation.AFTER_OFFER)).contains("want me to find a better time?");
    }

    @Test
    void settingsRefuseAShortWaitAWindowEndingBeforeItStartsAndABadTemplate() {
        Map<String, String> problems = Settings.validate(Map.of(
                FollowUpSettings.AFTER_MINUTES, "4",
                FollowUpSettings.SENDING_HOURS, "21:00-08:00",
                FollowUpSettings.MAX_NUDGES, "9",
                FollowUpSettings.TEMPLATE_OFFER, "Hi {name}"));
        assertThat(problems).containsEntry(FollowUpSettings.AFTER_MINUTES,
                "Use a number of minutes from 5 to 10080 (a week); 180 is three hours.");
        assertThat(problems).containsEntry(FollowUpSettings.SENDING_HOURS,
                "The window must end later than it starts (21:00 to 08:00).");
        assertThat(problems).containsEntry(FollowUpSettings.MAX_NUDGES, "Use 0 (no follow-ups) to 3.");
        assertThat(problems.get(FollowUpSettings.TEMPLATE_OFFER)).contains("Unknown placeholder {name}");
        assertThat(Settings.validate(Map.of(FollowUpSettings.SENDING_HOURS, "8 to 9")))
                .containsEntry(FollowUpSettings.SENDING_HOURS, "Use a window like 08:00-21:00.");
        assertThat(Settings.validate(Map.of(FollowUpSettings.AFTER_MINUTES, "5", FollowUpSettings.SENDING_HOURS, "7:30-19:00")))
                .isEmpty();
    }

    @Test
    void aRunMaySetTheWaitInSecondsWhichSettingsWouldRefuse() {
        Settings run = Settings.fromMap(Map.of(FollowUpSettings.AFTER_FOR_RUN, "PT10S"));
        assertThat(run.followUp().after()).isEqualTo(Duration.ofSeconds(10));
        assertThat(Settings.validate(Map.of(FollowUpSettings.AFTER_FOR_RUN, "PT10S"))).isEmpty();
        assertThat(Settings.validate(Map.of(FollowUpSettings.AFTER_FOR_RUN, "3 hours")))
                .containsEntry(FollowUpSettings.AFTER_FOR_RUN, "Use an ISO-8601 duration such as PT3H, PT90M or PT10S.");
    }
}
