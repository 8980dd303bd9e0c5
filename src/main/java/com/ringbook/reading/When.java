package com.ringbook.reading;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A day, or a day and a time, a reply names, in the business's local time: "friday" is a date, "friday at 3" a
 * date and a time. Printed as ISO-8601 without seconds ({@code 2026-11-27}, {@code 2026-11-27T15:00}).
 */
public record When(LocalDate date, LocalTime time) {

    public When {
        Objects.requireNonNull(date, "A time a reply names has at least a date");
    }

    public static When on(LocalDate date) {
        return new When(date, null);
    }

    public static When at(LocalDateTime dateTime) {
        return new When(dateTime.toLocalDate(), dateTime.toLocalTime());
    }

    /** Reads the ISO form back ({@code 2026-11-27} or {@code 2026-11-27T15:00}). */
    public static When parse(String iso) {
        String text = iso.strip();
        return text.contains("T") ? at(LocalDateTime.parse(text)) : on(LocalDate.parse(text));
    }

    public Optional<LocalTime> timeOfDay() {
        return Optional.ofNullable(time);
    }

    @Override
    public String toString() {
        return time == null ? date.toString() : date + "T" + time;
    }
}
