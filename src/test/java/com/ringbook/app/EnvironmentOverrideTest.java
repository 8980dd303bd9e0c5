package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.domain.Settings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RINGBOOK_TIMEZONE sets the business's zone for one run, is checked like the setting, and is never saved. */
class EnvironmentOverrideTest {
    @TempDir
    Path dir;

    @Test
    void theTimeZoneVariableAppliesToThisRunOnly() throws Exception {
        try (Ringbook ringbook = Ringbook.open(dir, Map.of("RINGBOOK_TIMEZONE", "America/Denver"), Clock.systemUTC())) {
            assertThat(ringbook.engine().settings().effective().zone()).isEqualTo(ZoneId.of("America/Denver"));
            assertThat(ringbook.engine().settings().effective().schedule().zone()).isEqualTo(ZoneId.of("America/Denver"));
            assertThat(ringbook.engine().settings().environmentOverrides()).containsEntry(Settings.ZONE, "America/Denver");
            assertThat(ringbook.engine().settings().stored().get().get(Settings.ZONE)).isNotEqualTo("America/Denver");
        }
    }

    @Test
    void anUnknownZoneStopsTheStartWithTheReason() {
        assertThatThrownBy(() -> Ringbook.open(dir, Map.of("RINGBOOK_TIMEZONE", "Mars/Olympus"), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown time zone \"Mars/Olympus\"");
        // The failed start let go of the data dir.
        try (Ringbook again = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            assertThat(again.engine().status().snapshot().join().engineState().name()).isEqualTo("RUNNING");
        }
    }
}
