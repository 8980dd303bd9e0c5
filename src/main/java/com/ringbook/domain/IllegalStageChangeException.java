package com.ringbook.domain;

/** A stage move the stage machine does not allow, with a message fit to show the receptionist. */
public final class IllegalStageChangeException extends IllegalStateException {
    private final Stage from;
    private final Stage to;

    public IllegalStageChangeException(Stage from, Stage to) {
        super("A " + from.label().toLowerCase() + " conversation can't be marked " + to.label().toLowerCase() + ".");
        this.from = from;
        this.to = to;
    }

    public Stage from() {
        return from;
    }

    public Stage to() {
        return to;
    }
}
