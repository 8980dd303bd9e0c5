package com.ringbook.engine.api;

/**
 * A request the engine will not carry out, with a reason meant to be shown to the user as it is. A
 * capability may say more with a subclass (booking's "slot taken", say).
 */
public class RequestRefused extends RuntimeException {
    public RequestRefused(String message) {
        super(message);
    }
}
