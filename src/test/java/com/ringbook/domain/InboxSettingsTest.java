package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inbox's waiting target: five minutes unless set, a whole number of minutes from 1 to 240. */
class InboxSettingsTest {

    @Test
    void theTargetIsFiveMinutesUntilSetAndThenWhatWasSet() {
        assertThat(Settings.fromMap(Map.of()).inbox().waitingTarget()).isEqualTo(Duration.ofMinutes(5));
        assertThat(Settings.fromMap(Map.of(InboxSettings.WAITING_TARGET_MINUTES, " 15 ")).inbox().waitingTarget())
                .isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aTargetOutsideOneToTwoHundredFortyMinutesIsRefusedInPlainWords() {
        for (String ok : new String[] {"1", "240", "30"}) {
            assertThat(Settings.validate(Map.of(InboxSettings.WAITING_TARGET_MINUTES, ok))).as(ok).isEmpty();
        }
        assertThat(Settings.validate(Map.of(InboxSettings.WAITING_TARGET_MINUTES, "0")))
                .containsEntry(InboxSettings.WAITING_TARGET_MINUTES, "Use a number of minutes from 1 to 240.");
        assertThat(Settings.validate(Map.of(InboxSettings.WAITING_TARGET_MINUTES, "241")))
                .containsEntry(InboxSettings.WAITING_TARGET_MINUTES, "Use a number of minutes from 1 to 240.");
        assertThat(Settings.validate(Map.of(InboxSettings.WAITING_TARGET_MINUTES, "five")))
                .containsEntry(InboxSettings.WAITING_TARGET_MINUTES, "Use a whole number of minutes, e.g. 5.");
        assertThat(Settings.validate(Map.of(InboxSettings.WAITING_TARGET_MINUTES, "")))
                .containsKey(InboxSettings.WAITING_TARGET_MINUTES);
    }
}
