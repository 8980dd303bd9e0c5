package com.ringbook.app;

import com.ringbook.carrier.CarrierStateStore;
import com.ringbook.carrier.twilio.ConnectionCheck;
import com.ringbook.carrier.twilio.TwilioCarrier;
import com.ringbook.domain.CarrierSettings;
import com.ringbook.engine.ConnectionTester;
import com.ringbook.engine.api.ConnectionTest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** "Test connection": a throwaway, never-started Twilio carrier built from the draft settings. */
final class TwilioConnectionTester implements ConnectionTester {
    /** The check reads no cursor and writes none. */
    private static final CarrierStateStore NO_STATE = new CarrierStateStore() {
        @Override
        public Optional<String> get(String key) {
            return Optional.empty();
        }

        @Override
        public void put(String key, String value) {
            // A connection check keeps nothing.
        }
    };

    private final Clock clock;

    TwilioConnectionTester(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ConnectionTest test(CarrierSettings settings, String authToken) {
        try (TwilioCarrier probe = new TwilioCarrier(settings, authToken, NO_STATE, clock, List::of)) {
            ConnectionCheck check = probe.testConnection();
            return new ConnectionTest(check.ok(), check.message());
        } catch (IllegalArgumentException e) {
            return new ConnectionTest(false, e.getMessage());
        }
    }
}
