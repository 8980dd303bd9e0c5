package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"(206) 555-0100", "206.555.0100", "+1 206 555 0100", "12065550100", " +12065550100 "})
    void normalisesToE164(String typed) {
        assertThat(PhoneNumbers.parse(typed, "US")).isEqualTo(new PhoneNumbers.Valid(typed.trim(), "+12065550100"));
    }

    @Test
    void usesTheDefaultRegionForNationalNumbers() {
        assertThat(PhoneNumbers.normalize("020 7946 0018", "GB")).contains("+442079460018");
    }

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "Restricted", "+266696687", "+7378742833", "", "  "})
    void recognisesWithheldCallerIds(String raw) {
        assertThat(PhoneNumbers.parse(raw, "US")).isInstanceOf(PhoneNumbers.Withheld.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "call me", "+1 000 000 0000"})
    void rejectsNumbersThatCannotBeTexted(String raw) {
        assertThat(PhoneNumbers.parse(raw, "US")).isInstanceOf(PhoneNumbers.Invalid.class);
    }

    /** Ten digits but an exchange starting with 1: outside libphonenumber's ranges, yet a possible number. */
    private static final String NEW_RANGE = "+1 206 155 0142";

    @Test
    void aCallerIdTheCarrierDeliveredNeedsOnlyBeAPossibleNumber() {
        assertThat(PhoneNumbers.callerId(NEW_RANGE, "US")).isEqualTo(new PhoneNumbers.Valid(NEW_RANGE, "+12061550142"));
        assertThat(PhoneNumbers.callerId("(206) 155-0142", "US")).isEqualTo(new PhoneNumbers.Valid("(206) 155-0142", "+12061550142"));
    }

    @Test
    void aNumberStaffTypeMustBeValid() {
        assertThat(PhoneNumbers.parse(NEW_RANGE, "US")).isInstanceOf(PhoneNumbers.Invalid.class);
        assertThat(PhoneNumbers.normalize(NEW_RANGE, "US")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12", "call me", "+1 206 555 01", "+1 206 555 014 2222"})
    void aCallerIdThatCannotBeANumberIsStillInvalid(String raw) {
        assertThat(PhoneNumbers.callerId(raw, "US")).isInstanceOf(PhoneNumbers.Invalid.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anonymous", "+266696687", ""})
    void aWithheldCallerIdIsWithheldEitherWay(String raw) {
        assertThat(PhoneNumbers.callerId(raw, "US")).isInstanceOf(PhoneNumbers.Withheld.class);
    }
}
