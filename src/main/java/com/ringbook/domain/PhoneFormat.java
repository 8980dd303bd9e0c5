package com.ringbook.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;

/** How a stored E.164 number is shown to people: national format for the home country, else international. */
public final class PhoneFormat {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneFormat() {
    }

    public static String pretty(String e164) {
        if (e164 == null || e164.isBlank()) {
            return "Unknown caller";
        }
        try {
            var number = UTIL.parse(e164, "US");
            return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.INTERNATIONAL);
        } catch (NumberParseException e) {
            return e164;
        }
    }
}
