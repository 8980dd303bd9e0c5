package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A STOP holds texts to its number for the moment its commit takes, and no longer. */
class OptOutHoldTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T15:00:00Z"));
    private final OptOutHold hold = new OptOutHold(clock);

    @Test
    void holdsTextsToANumberThatJustOptedOutAndOnlyThatNumber() {
        hold.optedOut("+12065550100");
        assertThat(hold.holds("+12065550100")).isTrue();
        assertThat(hold.holds("+12065550101")).isFalse();
    }

    @Test
    void letsGoAfterAMinuteAndAtOnceWhenTheCustomerOptsBackIn() {
        hold.optedOut("+12065550100");
        clock.advance(Duration.ofSeconds(59));
        assertThat(hold.holds("+12065550100")).isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(hold.holds("+12065550100")).isFalse();

        hold.optedOut("+12065550100");
        hold.optedIn("+12065550100");
        assertThat(hold.holds("+12065550100")).isFalse();
    }
}
