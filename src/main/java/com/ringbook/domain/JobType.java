package com.ringbook.domain;

import java.time.Duration;
import java.util.Objects;

/**
 * A kind of job the business books, how long a crew is busy with it, and what it is usually worth.
 *
 * @param name              what the business calls it ("Drain cleaning")
 * @param length            how long the crew is booked for it, in real elapsed time
 * @param defaultValueCents the value an appointment of this type gets unless staff enter another, in cents
 */
public record JobType(String name, Duration length, long defaultValueCents) {

    public JobType {
        Objects.requireNonNull(name, "A job type needs a name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("A job type needs a name.");
        }
        Objects.requireNonNull(length, "A job type needs a length");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException(name + " must take some time (got " + Durations.words(length) + ").");
        }
        if (defaultValueCents < 0) {
            throw new IllegalArgumentException(name + " cannot be worth less than nothing (got " + defaultValueCents
                    + " cents).");
        }
    }
}
