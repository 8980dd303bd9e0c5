package com.ringbook.app;

import com.ringbook.carrier.simulator.SimulatedCarrier;

/** The simulated carrier behind a test's Ringbook, for screen tests that make it refuse a text. */
public final class SimulatorAccess {
    private SimulatorAccess() {
    }

    public static SimulatedCarrier of(Ringbook ringbook) {
        return ringbook.simulator().orElseThrow();
    }
}
