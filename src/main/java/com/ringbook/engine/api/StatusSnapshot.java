package com.ringbook.engine.api;

import java.time.Duration;

/** The status bar's figures at one moment. */
public record StatusSnapshot(
        String carrierName,
        Health carrierHealth,
        String carrierMessage,
        EngineState engineState,
        int outboxBacklog,
        Duration medianTextBackToday,
        int textBacksToday,
        int waitingThreads) {

    public enum Health { CONNECTING, OK, DEGRADED, DOWN }

    public enum EngineState { STARTING, RUNNING, STOPPING, STOPPED }
}
