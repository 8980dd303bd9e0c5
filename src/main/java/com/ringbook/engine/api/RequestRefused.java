package com.ringbook.engine.api;

/** A request the engine will not carry out, with a reason meant to be shown to the user as it is. */
public final class RequestRefused extends RuntimeException {
    public RequestRefused(String message) {
        super(message);
    }
}
