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
}
