package com.ringbook.carrier;

/** What the status bar says about the carrier connection, in words a receptionist understands. */
public record CarrierHealth(State state, String message) {

    public enum State { CONNECTING, OK, DEGRADED, DOWN }

    public static CarrierHealth ok(String message) {
        return new CarrierHealth(State.OK, message);
    }
}
