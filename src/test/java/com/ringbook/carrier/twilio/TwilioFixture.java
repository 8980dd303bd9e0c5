package com.ringbook.carrier.twilio;

import com.ringbook.domain.CarrierSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One fake Twilio, one durable store and the carriers built on them, torn down together. Polls every
 * 100 ms so the tests stay fast; the clock stands still so times in assertions are exact.
 */
final class TwilioFixture implements AutoCloseable {
    static final String ACCOUNT_SID = "AC0123456789abcdef0123456789abcdef";
    /** Distinctive, so a leak anywhere in logs or messages is easy to spot. */
    static final String AUTH_TOKEN = "zq7secret5token9never8logged4xy";
    static final String BUSINESS = "+14155550142";
    static final String CUSTOMER = "+14155550100";
    static final String OTHER_NUMBER = "+14155550199";
    static final Instant T0 = Instant.parse("2026-11-24T20:00:00Z");
    static final Timing FAST = new Timing(Duration.ofMillis(100), Duration.ofMillis(100), Duration.ofMillis(300),
            Duration.ofSeconds(3), Duration.ofMillis(300));

    final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
    final FakeTwilioServer fake = FakeTwilioServer.start(ACCOUNT_SID, AUTH_TOKEN, clock);
    final InMemoryStateStore store = new InMemoryStateStore();
    final List<String> staffPhones = new CopyOnWriteArrayList<>(List.of("+14155550111", "+14155550112"));
    private final List<TwilioCarrier> carriers = new ArrayList<>();

    CarrierSettings settings() {
        return new CarrierSettings(CarrierSettings.Kind.TWILIO, ACCOUNT_SID, BUSINESS, fake.baseUrl(), 1, null, "", false, 20);
    }

    CarrierSettings forwardingTargetSettings() {
        CarrierSettings s = settings();
        return new CarrierSettings(s.kind(), s.accountSid(), s.businessNumber(), s.apiBase(), s.pollSeconds(), null, "",
                true, s.ringSeconds());
    }

    /** Webhooks on a port the system picks. */
    CarrierSettings webhookSettings(String publicUrl) {
        return webhookSettings(publicUrl, 0);
    }

    CarrierSettings webhookSettings(String publicUrl, int port) {
        CarrierSettings s = settings();
        return new CarrierSettings(s.kind(), s.accountSid(), s.businessNumber(), s.apiBase(), s.pollSeconds(), port,
                publicUrl, false, s.ringSeconds());
    }

    TwilioCarrier carrier() {
        return carrier(settings(), AUTH_TOKEN, FAST);
    }

    TwilioCarrier carrier(CarrierSettings settings, String token, Timing timing) {
        TwilioCarrier carrier = new TwilioCarrier(settings, token, store, clock, () -> List.copyOf(staffPhones), timing);
        carriers.add(carrier);
        return carrier;
    }

    /** An inbound call from the customer to the business number, {@code seconds} after T0. */
    FakeTwilioServer.FakeCall inbound(int n, String status, int seconds) {
        return fake.addCall(new FakeTwilioServer.FakeCall(FakeTwilioServer.sid("CA", n))
                .from(CUSTOMER).to(BUSINESS).status(status).at(T0.plusSeconds(seconds), 0));
    }

    /** A dialled leg of a call to a staff phone. */
    FakeTwilioServer.FakeCall leg(int n, int parent, String status, int duration) {
        return fake.addCall(new FakeTwilioServer.FakeCall(FakeTwilioServer.sid("CA", n))
                .parent(FakeTwilioServer.sid("CA", parent)).direction("outbound-dial").from(BUSINESS)
                .to(staffPhones.get(0)).status(status).at(T0.plusSeconds(n), duration));
    }

    static String callSid(int n) {
        return FakeTwilioServer.sid("CA", n);
    }

    @Override
    public void close() {
        carriers.forEach(TwilioCarrier::close);
        fake.close();
    }
}
