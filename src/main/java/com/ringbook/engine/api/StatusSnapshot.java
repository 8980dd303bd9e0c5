package com.ringbook.engine.api;

import java.time.Duration;

/**
 * The status bar's figures at one moment. {@code problem} is what needs attention, in plain words: the
 * carrier's own complaint when it is down or degraded, else the latest text it refused today; null
 * when all is well. {@code textingPaused}: the office paused texting (the tray's Pause texting); texts
 * wait in the outbox until it is resumed. {@code engineDesk}: on a store several desks share, which one runs the
 * engine, in words; null on a single PC.
 */
public record StatusSnapshot(
        String carrierName,
        Health carrierHealth,
        String carrierMessage,
        EngineState engineState,
        int outboxBacklog,
        Duration medianTextBackToday,
        int textBacksToday,
        int waitingThreads,
        String problem,
        boolean textingPaused,
        String engineDesk) {

    /**
     * A snapshot of a desk on a store no other desk shares: {@code engineDesk} (which desk runs the engine, as the
     * status bar says it, "Engine: Front desk (another desk)") is null.
     */
    public StatusSnapshot(String carrierName, Health carrierHealth, String carrierMessage, EngineState engineState,
                          int outboxBacklog, Duration medianTextBackToday, int textBacksToday, int waitingThreads,
                          String problem, boolean textingPaused) {
        this(carrierName, carrierHealth, carrierMessage, engineState, outboxBacklog, medianTextBackToday,
                textBacksToday, waitingThreads, problem, textingPaused, null);
    }

    /** A snapshot with texting running (not paused). */
    public StatusSnapshot(String carrierName, Health carrierHealth, String carrierMessage, EngineState engineState,
                          int outboxBacklog, Duration medianTextBackToday, int textBacksToday, int waitingThreads,
                          String problem) {
        this(carrierName, carrierHealth, carrierMessage, engineState, outboxBacklog, medianTextBackToday,
                textBacksToday, waitingThreads, problem, false);
    }

    /** The carrier's health on this desk; {@code STANDBY}: it runs on the engine's desk, another one (shared store). */
    public enum Health { CONNECTING, OK, DEGRADED, DOWN, STANDBY }

    public enum EngineState { STARTING, RUNNING, STOPPING, STOPPED }
}
