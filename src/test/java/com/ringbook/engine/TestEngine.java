package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.engine.api.ConnectionTest;
import com.ringbook.engine.api.Simulation;
import com.ringbook.store.Store;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/** Builds an engine for a test: a store, a carrier and a clock, with test stand-ins for everything else. */
public final class TestEngine {
    private final Store store;
    private final CarrierGateway carrier;
    private final Clock clock;
    private Map<String, String> overrides = Map.of();
    private Optional<Simulation> simulation = Optional.empty();
    private Credentials credentials = new InMemoryCredentials();
    private ConnectionTester connectionTester = (settings, token) -> new ConnectionTest(true, "test");

    private TestEngine(Store store, CarrierGateway carrier, Clock clock) {
        this.store = store;
        this.carrier = carrier;
        this.clock = clock;
    }

    public static TestEngine on(Store store, CarrierGateway carrier, Clock clock) {
        return new TestEngine(store, carrier, clock);
    }

    /** Settings this run takes from the environment, as RINGBOOK_* variables would give them. */
    public TestEngine overrides(Map<String, String> overrides) {
        this.overrides = overrides;
        return this;
    }

    public TestEngine simulation(Simulation simulation) {
        this.simulation = Optional.of(simulation);
        return this;
    }

    public TestEngine credentials(Credentials credentials) {
        this.credentials = credentials;
        return this;
    }

    public TestEngine connectionTester(ConnectionTester connectionTester) {
        this.connectionTester = connectionTester;
        return this;
    }

    public Engine build() {
        return new Engine(store, carrier, clock, EffectiveSettings.open(store, overrides), simulation, credentials,
                connectionTester);
    }

    public Engine start() {
        Engine engine = build();
        engine.start();
        return engine;
    }
}
