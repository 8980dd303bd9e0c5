package com.ringbook.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Figures the status bar shows about recent text-backs; read only. */
public interface MetricsRepository {

    /** Time from each missed call ending to its text-back being accepted, for calls since {@code since}. */
    List<Duration> textBackDelays(Instant since);

    /** The plain-words reason of the latest text the carrier refused since {@code since}, if any. */
    Optional<String> latestSendFailure(Instant since);
}
