package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.CarrierListener;
import java.util.Objects;

/** Tells the listener about the connection only when what it would say changes, not on every poll. */
final class HealthReporter {
    private final CarrierListener listener;
    private CarrierHealth last;

    HealthReporter(CarrierListener listener) {
        this.listener = listener;
    }

    /** @return whether this was news, so callers can log a change once instead of on every poll */
    synchronized boolean report(CarrierHealth.State state, String message) {
        CarrierHealth health = new CarrierHealth(state, message);
        if (Objects.equals(health, last)) {
            return false;
        }
        last = health;
        listener.onHealth(health);
        return true;
    }
}
