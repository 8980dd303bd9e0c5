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

    /**
     * Changes may have been missed (another desk's changes could not be heard for a while, on a shared store): every
     * screen re-reads all it shows.
     */
    record EverythingChanged() implements EngineEvent {
    }

    /**
     * The call log changed: a missed call was recorded (texted back or not; one that opens no conversation moves
     * no thread), or staff let a number be texted again. A text-back's delivery moves its thread instead.
     */
    record CallsChanged() implements EngineEvent {
    }
}
