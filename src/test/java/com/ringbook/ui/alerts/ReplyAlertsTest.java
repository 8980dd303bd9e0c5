package com.ringbook.ui.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a customer's text earns a desktop notice: never in front of the receptionist, never a flood. */
class ReplyAlertsTest {
    private static final Instant T0 = Instant.parse("2026-03-03T17:00:00Z");
    private final ReplyAlerts alerts = new ReplyAlerts(Duration.ofMillis(1500), Duration.ofSeconds(10));

    private static Instant at(double seconds) {
        return T0.plusMillis((long) (seconds * 1000));
    }

    @Test
    void oneTextWhileTheConsoleIsBehindIsOneNoticeAfterAMoment() {
        alerts.customerTexted(7, at(0), false);

        assertThat(alerts.dueAt()).contains(at(1.5));
        assertThat(alerts.take(at(1), false)).as("still gathering").isEmpty();
        assertThat(alerts.take(at(1.5), false)).contains(new ReplyAlerts.One(7, 1));
        assertThat(alerts.take(at(20), false)).as("shown once").isEmpty();
        assertThat(alerts.dueAt()).isEmpty();
    }

    @Test
    void nothingWhileTheConsoleIsInFront() {
        alerts.customerTexted(7, at(0), true);
        assertThat(alerts.dueAt()).isEmpty();

        alerts.customerTexted(8, at(1), false);
        alerts.consoleInFront();
        assertThat(alerts.take(at(5), false)).as("seen when the console came forward").isEmpty();

        alerts.customerTexted(9, at(10), false);
        assertThat(alerts.take(at(12), true)).as("the console is in front by the time it is due").isEmpty();
        assertThat(alerts.take(at(13), false)).isEmpty();
    }

    @Test
    void aBurstIsOneNoticeThatCountsThem() {
        alerts.customerTexted(1, at(0), false);
        alerts.customerTexted(2, at(0.2), false);
        alerts.customerTexted(3, at(0.9), false);

        assertThat(alerts.take(at(1.5), false)).contains(new ReplyAlerts.Many(3, 3, 3));
        assertThat(ReplyAlerts.title(new ReplyAlerts.Many(3, 3, 3))).isEqualTo("3 new replies");
    }

    @Test
    void severalTextsFromOneCustomerAreAboutThatConversation() {
        alerts.customerTexted(4, at(0), false);
        alerts.customerTexted(4, at(0.5), false);

        assertThat(alerts.take(at(2), false)).contains(new ReplyAlerts.One(4, 2));
    }

    @Test
    void afterANoticeTheNextWaitsAQuietSpellAndGathersWhatCameMeanwhile() {
        alerts.customerTexted(1, at(0), false);
        assertThat(alerts.take(at(1.5), false)).isPresent();

        alerts.customerTexted(2, at(2), false);
        alerts.customerTexted(3, at(6), false);
        alerts.customerTexted(2, at(9), false);

        assertThat(alerts.dueAt()).contains(at(11.5));
        assertThat(alerts.take(at(4), false)).isEmpty();
        assertThat(alerts.take(at(11.5), false)).contains(new ReplyAlerts.Many(3, 2, 2));
    }

    @Test
    void theFirstWordsFitOnALine() {
        assertThat(ReplyAlerts.firstWords("  Kitchen sink\n is leaking  ", 80)).isEqualTo("Kitchen sink is leaking");
        assertThat(ReplyAlerts.firstWords("The water heater in the basement is making a loud banging noise", 30))
                .isEqualTo("The water heater in the…");
        assertThat(ReplyAlerts.firstWords("x".repeat(50), 10)).isEqualTo("xxxxxxxxxx…");
        assertThat(ReplyAlerts.firstWords(null, 10)).isEmpty();
    }
}
