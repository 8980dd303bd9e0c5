package com.ringbook.domain;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The part of the day automatic follow-ups may go out, in the business's local time: from {@code opens}
 * up to (not including) {@code closes}. Written "08:00-21:00"; a window that ends before it starts is refused.
 */
public record SendingHours(LocalTime opens, LocalTime closes) {
    public static final String EXPECTED = "a window like 08:00-21:00 (24-hour times, the end later than the start)";
    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s*");

    public SendingHours {
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("The sending window must end later than it starts.");
        }
    }

    /** @throws IllegalArgumentException with a plain-words reason when {@code text} is not a window */
    public static SendingHours parse(String text) {
        return read(text).orElseThrow(() -> new IllegalArgumentException(problem(text).orElse("Not a window")));
    }

    /** A plain-words problem with {@code text}, or empty when it reads as a window. */
    public static Optional<String> problem(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.of("Use a window like 08:00-21:00.");
        }
        try {
            LocalTime opens = time(m.group(1));
            LocalTime closes = time(m.group(2));
            return closes.isAfter(opens) ? Optional.empty()
                    : Optional.of("The window must end later than it starts (" + m.group(1) + " to " + m.group(2) + ").");
        } catch (DateTimeParseException e) {
            return Optional.of("Use 24-hour times like 08:00-21:00.");
        }
    }

    private static Optional<SendingHours> read(String text) {
        if (problem(text).isPresent()) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text);
        m.matches();
        return Optional.of(new SendingHours(time(m.group(1)), time(m.group(2))));
    }

    private static LocalTime time(String text) {
        return LocalTime.parse(text.length() == 4 ? "0" + text : text);
    }

    @Override
    public String toString() {
        return opens + "-" + closes;
    }
}
