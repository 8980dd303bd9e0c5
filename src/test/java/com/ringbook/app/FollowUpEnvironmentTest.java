package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.domain.FollowUpSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RINGBOOK_FOLLOWUP_AFTER and RINGBOOK_SENDING_HOURS set follow-ups for one run; a value that does not read stops the start. */
class FollowUpEnvironmentTest {
    @TempDir
    Path dir;

    @Test
    void theVariablesApplyToThisRunOnly() {
        try (Ringbook ringbook = Ringbook.open(dir, Map.of("RINGBOOK_FOLLOWUP_AFTER", "PT10S",
                "RINGBOOK_SENDING_HOURS", "09:00-17:30"), Clock.systemUTC())) {
            FollowUpSettings run = ringbook.engine().settings().effective().followUp();
            assertThat(run.after()).isEqualTo(Duration.ofSeconds(10));
            assertThat(run.hours().opens()).isEqualTo(LocalTime.of(9, 0));
            assertThat(run.hours().closes()).isEqualTo(LocalTime.of(17, 30));
            Map<String, String> stored = ringbook.engine().settings().stored().join();
            assertThat(stored).doesNotContainKey(FollowUpSettings.AFTER_FOR_RUN);
            assertThat(stored.getOrDefault(FollowUpSettings.SENDING_HOURS, "08:00-21:00")).isEqualTo("08:00-21:00");
        }
    }

    @Test
    void anUnreadableValueStopsTheStartNamingTheVariableAndWhatWasExpected() {
        assertThatThrownBy(() -> Ringbook.open(dir, Map.of("RINGBOOK_FOLLOWUP_AFTER", "3h"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("RINGBOOK_FOLLOWUP_AFTER is \"3h\", which cannot be read: expected an ISO-8601 duration");
        assertThatThrownBy(() -> Ringbook.open(dir, Map.of("RINGBOOK_SENDING_HOURS", "21:00-08:00"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("RINGBOOK_SENDING_HOURS is \"21:00-08:00\", which cannot be read: expected a window like 08:00-21:00")
                .hasMessageContaining("The window must end later than it starts");
        try (Ringbook again = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            assertThat(again.engine().settings().effective().followUp().after()).isEqualTo(Duration.ofHours(3));
        }
    }
}
