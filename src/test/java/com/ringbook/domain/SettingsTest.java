package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {

    @Test
    void defaultsAreValidAndComplete() {
        assertThat(Settings.validate(Map.of())).isEmpty();
        Settings settings = Settings.fromMap(Map.of());
        assertThat(settings.textBackWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(settings.hours().days()).containsExactly(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        assertThat(settings.hours().opens()).isEqualTo(LocalTime.of(8, 0));
        assertThat(settings.carrier().kind()).isEqualTo(CarrierSettings.Kind.SIMULATOR);
        assertThat(settings.carrier().pollSeconds()).isEqualTo(5);
    }

    @Test
    void everyBadFieldGetsItsOwnPlainMessage() {
        Map<String, String> draft = new HashMap<>();
        draft.put(Settings.BUSINESS_NAME, " ");
        draft.put(Settings.ZONE, "Mars/Olympus");
        draft.put(Settings.OPENS, "9am");
        draft.put(Settings.TEMPLATE_OPEN, "Hi {nme}");
        draft.put(Settings.WINDOW_HOURS, "soon");
        draft.put(Settings.STAFF, "+1 206 555 0100\nnot a phone");
        draft.put(Settings.DAYS, "MON,FUNDAY");
        Map<String, String> errors = Settings.validate(draft);
        assertThat(errors).containsOnlyKeys(Settings.BUSINESS_NAME, Settings.ZONE, Settings.OPENS, Settings.TEMPLATE_OPEN,
                Settings.WINDOW_HOURS, Settings.STAFF, Settings.DAYS);
        assertThat(errors.get(Settings.STAFF)).contains("not a phone");
        assertThat(errors.get(Settings.ZONE)).contains("Mars/Olympus");
    }

    @Test
    void whatPassesValidationAlsoLoadsStrayBlanksAndLowerCaseIncluded() {
        Map<String, String> typed = Map.of(
                Settings.ZONE, "America/Chicago ",
                Settings.OPENS, " 08:00",
                Settings.REGION, "us ",
                Settings.STAFF, "(206) 555-0100",
                CarrierSettings.KIND, "twilio",
                CarrierSettings.ACCOUNT_SID, "AC" + "0".repeat(32),
                CarrierSettings.NUMBER, "(415) 555-0142");
        assertThat(Settings.validate(typed)).isEmpty();

        Settings settings = Settings.fromMap(typed);

        assertThat(settings.zone().getId()).isEqualTo("America/Chicago");
        assertThat(settings.staffPhones()).containsExactly("+12065550100");
        assertThat(settings.carrier().businessNumber()).as("compared with what Twilio reports").isEqualTo("+14155550142");
    }

    @Test
    void closingMustFollowOpening() {
        assertThat(Settings.validate(Map.of(Settings.OPENS, "17:00", Settings.CLOSES, "08:00")))
                .containsKey(Settings.CLOSES);
    }

    @Test
    void staffAndBlockedNumbersAreStoredAsE164WhateverTheWayTheyWereTyped() {
        Settings settings = Settings.fromMap(Map.of(
                Settings.STAFF, "(206) 555-0100  Mike\n+1 206-555-0101",
                Settings.BLOCKED, "206.555.0199"));
        assertThat(settings.staffPhones()).containsExactly("+12065550100", "+12065550101");
        assertThat(settings.blockedPhones()).containsExactly("+12065550199");
    }

    @Test
    void twilioNeedsAnAccountSidAndNumber() {
        Map<String, String> errors = Settings.validate(Map.of(CarrierSettings.KIND, "twilio"));
        assertThat(errors).containsKeys(CarrierSettings.ACCOUNT_SID, CarrierSettings.NUMBER);
        assertThat(Settings.validate(Map.of(CarrierSettings.KIND, "twilio",
                CarrierSettings.ACCOUNT_SID, "AC" + "0".repeat(32),
                CarrierSettings.NUMBER, "+12065550100"))).isEmpty();
        assertThat(Settings.validate(Map.of(CarrierSettings.WEBHOOK_PORT, "99999"))).containsKey(CarrierSettings.WEBHOOK_PORT);
    }
}
