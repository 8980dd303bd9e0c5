package com.ringbook.carrier.twilio;

/** The answer to the Settings screen's "Test connection" button, in words for whoever installs Ringbook. */
public record ConnectionCheck(boolean ok, String message) {

    static ConnectionCheck passed(String message) {
        return new ConnectionCheck(true, message);
    }

    static ConnectionCheck failed(String message) {
        return new ConnectionCheck(false, message);
    }
}
