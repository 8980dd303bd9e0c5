package com.ringbook.engine.api;

/** What changed, so a screen re-reads just that; events carry ids, never stale copies of data. */
public sealed interface EngineEvent {

    record ThreadChanged(long threadId) implements EngineEvent {
    }

    /**
     * A customer's text was recorded on this thread (published after its ThreadChanged; never for our own texts, nor
     * for a text the carrier delivered again, nor for a STOP, START or HELP, which Ringbook answers or records itself
     * and nobody needs to answer): what a desktop notice of a new reply listens for.
     */
    record CustomerTexted(long threadId) implements EngineEvent {
    }

    /** Something that moves the status bar: outbox size, carrier health, engine state, metrics. */
    record StatusChanged() implements EngineEvent {
    }

    record SettingsChanged() implements EngineEvent {
    }
}
