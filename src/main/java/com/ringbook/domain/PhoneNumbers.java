package com.ringbook.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads phone numbers and turns them into E.164, using libphonenumber, two ways: numbers staff type
 * ({@link #parse}) must be valid by libphonenumber's ranges, so a typo gets a clear message; caller IDs
 * the carrier delivered ({@link #callerId}) need only be possible numbers, because libphonenumber's
 * ranges lag behind newly opened area codes and the carrier knows best (a text to a truly bad number
 * is refused, and that answer marks it).
 */
public final class PhoneNumbers {

    /** What a caller ID turned out to be. */
    public sealed interface Parsed permits Valid, Withheld, Invalid {
        String raw();
    }

    public record Valid(String raw, String e164) implements Parsed {
    }

    public record Withheld(String raw) implements Parsed {
    }

    public record Invalid(String raw, String reason) implements Parsed {
    }

    /**
     * Placeholders carriers put in the From of a call whose caller ID is hidden. The numeric ones are
     * what "ANONYMOUS", "RESTRICTED", "UNAVAILABLE" and "BLOCKED" spell on a keypad, as Twilio sends them.
     */
    private static final Set<String> WITHHELD = Set.of(
            "", "anonymous", "restricted", "unknown", "private", "unavailable", "blocked", "withheld",
            "+266696687", "+7378742833", "+86282452253", "+2562533", "266696687", "7378742833");

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** A number staff typed: valid by libphonenumber's known ranges. */
    public static Parsed parse(String raw, String defaultRegion) {
        return read(raw, defaultRegion, true);
    }

    /** A caller ID (or a texter's number) as the carrier delivered it: any possible number is textable. */
    public static Parsed callerId(String raw, String defaultRegion) {
        return read(raw, defaultRegion, false);
    }

    private static Parsed read(String raw, String defaultRegion, boolean strict) {
        String trimmed = raw == null ? "" : raw.trim();
        if (WITHHELD.contains(trimmed.toLowerCase(Locale.ROOT))) {
            return new Withheld(trimmed);
        }
        try {
            PhoneNumber number = UTIL.parse(trimmed, defaultRegion);
            if (strict ? !UTIL.isValidNumber(number) : !UTIL.isPossibleNumber(number)) {
                return new Invalid(trimmed, strict ? "not a valid phone number" : "not a possible phone number");
            }
            return new Valid(trimmed, UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            return new Invalid(trimmed, "not a phone number");
        }
    }

    /** The E.164 form of a number typed by staff, or empty when it is not a valid number. */
    public static Optional<String> normalize(String raw, String defaultRegion) {
        return parse(raw, defaultRegion) instanceof Valid v ? Optional.of(v.e164()) : Optional.empty();
    }

    public static boolean isKnownRegion(String region) {
        return region != null && UTIL.getSupportedRegions().contains(region.toUpperCase(Locale.ROOT));
    }
}
