package com.ringbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.ui.common.TimeText;
import com.ringbook.ui.shell.StatusBarViewModel;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The status bar's median speed to text: milliseconds under a second, tenths of seconds above. */
class SpeedToTextFormatTest {

    @Test
    void subSecondMediansReadInMilliseconds() {
        assertThat(TimeText.seconds(Duration.ofMillis(120))).isEqualTo("120 ms");
        assertThat(TimeText.seconds(Duration.ofMillis(7))).isEqualTo("7 ms");
        assertThat(TimeText.seconds(Duration.ofMillis(999))).isEqualTo("999 ms");
        assertThat(TimeText.seconds(Duration.ofNanos(400_000))).isEqualTo("<1 ms");
    }

    @Test
    void longerMediansReadInSecondsWithOneDecimal() {
        assertThat(TimeText.seconds(Duration.ofMillis(1000))).isEqualTo("1.0 s");
        assertThat(TimeText.seconds(Duration.ofMillis(2400))).isEqualTo("2.4 s");
        assertThat(TimeText.seconds(Duration.ofMillis(2449))).isEqualTo("2.4 s");
        assertThat(TimeText.seconds(Duration.ofSeconds(42))).isEqualTo("42.0 s");
        assertThat(TimeText.seconds(Duration.ofSeconds(90))).isEqualTo("1.5 min");
    }

    @Test
    void theStatusBarShowsADashWhenNothingWasTextedToday() {
        assertThat(StatusBarViewModel.medianText(null, 0)).isEqualTo("median text-back today: —");
        assertThat(StatusBarViewModel.medianText(Duration.ZERO, 0)).isEqualTo("median text-back today: —");
        assertThat(StatusBarViewModel.medianText(Duration.ofMillis(120), 6)).isEqualTo("median text-back today: 120 ms (6 today)");
        assertThat(StatusBarViewModel.medianText(Duration.ofMillis(2400), 3)).isEqualTo("median text-back today: 2.4 s (3 today)");
    }
}
