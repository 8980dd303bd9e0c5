package com.ringbook.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's simulated time: it stands still until the demo moves it, and it only ever moves forward,
 * so the engine sees weeks of a business go by in seconds and every timestamp comes from the script,
 * never from how fast the machine ran it.
 */
public final class SteppingClock extends Clock {
    private volatile Instant now;

    public SteppingClock(Instant start) {
        this.now = start;
    }

    /** Moves to {@code to}; a time at or before the current one leaves the clock where it is. */
    public synchronized void moveTo(Instant to) {
        if (to.isAfter(now)) {
            now = to;
        }
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("The demo's clock only moves forward (asked to move " + by + ").");
        }
        synchronized (this) {
            now = now.plus(by);
        }
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
