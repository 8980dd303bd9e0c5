package com.ringbook.textback;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.Contact;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.Settings;
import com.ringbook.domain.TextBackDecision;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextBackPolicyTest {
    private static final String CALLER = "+12065550142";
    /** A Tuesday, 10:00 in Chicago. */
    private static final Instant TUESDAY_MORNING = Instant.parse("2026-11-24T16:00:00Z");
    private static final Instant TUESDAY_NIGHT = Instant.parse("2026-11-25T04:00:00Z");
    private static final Instant SATURDAY_NOON = Instant.parse("2026-11-28T18:00:00Z");

    private final Settings settings = Settings.fromMap(Map.of(
            Settings.ZONE, "America/Chicago",
            Settings.STAFF, "+12065550100",
            Settings.BLOCKED, "+12065550199"));

    private static PhoneNumbers.Parsed caller(String raw) {
        return PhoneNumbers.parse(raw, "US");
    }

    private static Optional<Contact> contact(boolean optedOut, Instant lastTextBack) {
        return Optional.of(new Contact(7, CALLER, null, null, optedOut, lastTextBack));
    }

    @Test
    void aNewCallerInBusinessHoursGetsTheBusinessHoursText() {
        assertThat(TextBackPolicy.decide(caller(CALLER), Optional.empty(), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SEND_BUSINESS_HOURS);
    }

    @Test
    void eveningsAndWeekendsGetTheAfterHoursText() {
        assertThat(TextBackPolicy.decide(caller(CALLER), Optional.empty(), settings, TUESDAY_NIGHT))
                .isEqualTo(TextBackDecision.SEND_AFTER_HOURS);
        assertThat(TextBackPolicy.decide(caller(CALLER), Optional.empty(), settings, SATURDAY_NOON))
                .isEqualTo(TextBackDecision.SEND_AFTER_HOURS);
    }

    @Test
    void neverTwiceInsideTheWindow() {
        Instant last = TUESDAY_MORNING.minus(Duration.ofHours(23));
        assertThat(TextBackPolicy.decide(caller(CALLER), contact(false, last), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_WINDOW);
        Instant longAgo = TUESDAY_MORNING.minus(Duration.ofHours(25));
        assertThat(TextBackPolicy.decide(caller(CALLER), contact(false, longAgo), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SEND_BUSINESS_HOURS);
    }

    @Test
    void neverToOptedOutBlockedStaffWithheldOrInvalidCallers() {
        assertThat(TextBackPolicy.decide(caller(CALLER), contact(true, null), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_OPTED_OUT);
        assertThat(TextBackPolicy.decide(caller("(206) 555-0199"), Optional.empty(), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_BLOCKED);
        assertThat(TextBackPolicy.decide(caller("+1 206 555 0100"), Optional.empty(), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_STAFF);
        assertThat(TextBackPolicy.decide(caller("anonymous"), Optional.empty(), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_WITHHELD);
        assertThat(TextBackPolicy.decide(caller("+7378742833"), Optional.empty(), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_WITHHELD);
        assertThat(TextBackPolicy.decide(caller("555"), Optional.empty(), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_INVALID);
    }

    @Test
    void onlyRealCustomersOpenAThread() {
        assertThat(TextBackPolicy.opensThread(TextBackDecision.SKIP_WINDOW)).isTrue();
        assertThat(TextBackPolicy.opensThread(TextBackDecision.SKIP_OPTED_OUT)).isTrue();
        assertThat(TextBackPolicy.opensThread(TextBackDecision.SKIP_STAFF)).isFalse();
        assertThat(TextBackPolicy.opensThread(TextBackDecision.SKIP_WITHHELD)).isFalse();
    }

    @Test
    void aNumberTheCarrierRefusedIsNotTextedAgain() {
        Optional<String> refused = Optional.of("This number is not a mobile phone and cannot receive texts.");
        assertThat(TextBackPolicy.decide(caller(CALLER), contact(false, null), refused, settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SKIP_UNREACHABLE);
        assertThat(TextBackPolicy.decide(caller(CALLER), contact(false, null), Optional.empty(), settings, TUESDAY_MORNING))
                .isEqualTo(TextBackDecision.SEND_BUSINESS_HOURS);
        assertThat(TextBackPolicy.opensThread(TextBackDecision.SKIP_UNREACHABLE)).as("shown on its thread").isTrue();
    }
}
