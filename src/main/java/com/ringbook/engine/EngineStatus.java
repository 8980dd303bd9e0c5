package com.ringbook.engine;

import com.ringbook.carrier.CarrierHealth;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.StatusService;
import com.ringbook.engine.api.StatusSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status service the console calls, and where the engine's moving parts report their state:
 * the carrier's health and the engine's own lifecycle, each change announced on the feed.
 */
final class EngineStatus implements StatusService {
    private static final Logger log = LoggerFactory.getLogger(EngineStatus.class);
    private final ReadPool reads;
    private final EffectiveSettings settings;
    private final String carrierName;
    private final ChangeFeed feed;
    private final Clock clock;
    private static final CarrierHealth STANDBY = new CarrierHealth(CarrierHealth.State.OK,
            "Calls and texts go through the engine's desk; this desk stands by and takes over if that desk goes.");
    private volatile CarrierHealth carrierHealth = new CarrierHealth(CarrierHealth.State.CONNECTING, "connecting");
    private volatile StatusSnapshot.EngineState state = StatusSnapshot.EngineState.STARTING;
    /** Holds or releases the outbox (the sender's switch); the flag below is what the status bar shows. */
    private final Consumer<Boolean> holdOutbox;
    private volatile boolean textingPaused;
    /** Whether this desk's carrier is the one working: false on a standby desk of a shared store. */
    private volatile BooleanSupplier carrierHere = () -> true;
    /** Which desk runs the engine, in words, on a shared store; null on a single PC. */
    private volatile Supplier<String> engineDesk = () -> null;

    EngineStatus(ReadPool reads, EffectiveSettings settings, String carrierName, ChangeFeed feed, Clock clock,
                 Consumer<Boolean> holdOutbox) {
        this.holdOutbox = holdOutbox;
        this.reads = reads;
        this.settings = settings;
        this.carrierName = carrierName;
        this.feed = feed;
        this.clock = clock;
    }

    void carrierHealth(CarrierHealth health) {
        carrierHealth = health;
        feed.publish(new EngineEvent.StatusChanged());
    }

    /** Announced by the engine itself where a screen should hear of it (it has started). */
    void state(StatusSnapshot.EngineState state) {
        this.state = state;
    }

    @Override
    public CompletableFuture<Boolean> pauseTexting(boolean pause) {
        return CompletableFuture.completedFuture(textingPaused(pause));
    }

    /** Pauses or resumes texting at once; says whether it is now paused. */
    boolean textingPaused(boolean pause) {
        holdOutbox.accept(pause);
        textingPaused = pause;
        log.info(pause ? "Texting paused: texts wait in the outbox" : "Texting resumed");
        feed.publish(new EngineEvent.StatusChanged());
        return pause;
    }

    boolean textingPaused() {
        return textingPaused;
    }

    void carrierHere(BooleanSupplier carrierHere) {
        this.carrierHere = carrierHere;
    }

    void engineDesk(Supplier<String> engineDesk) {
        this.engineDesk = engineDesk;
    }

    @Override
    public CompletableFuture<StatusSnapshot> snapshot() {
        // A standby's own carrier is stopped: what it last said (or "connecting") would be stale; the engine's desk
        // is the one taking calls.
        CarrierHealth health = carrierHere.getAsBoolean() ? carrierHealth : STANDBY;
        boolean paused = textingPaused;
        String desk = engineDesk.get();
        ZoneId zone = settings.current().zone();
        Instant startOfDay = LocalDate.now(clock.withZone(zone)).atStartOfDay(zone).toInstant();
        return reads.read(s -> {
            List<Duration> delays = s.metrics().textBackDelays(startOfDay).stream().sorted().toList();
            Duration median = delays.isEmpty() ? null : delays.get((delays.size() - 1) / 2);
            boolean carrierTrouble = health.state() == CarrierHealth.State.DOWN
                    || health.state() == CarrierHealth.State.DEGRADED;
            String problem = carrierTrouble ? health.message() : s.metrics().latestSendFailure(startOfDay).orElse(null);
            return new StatusSnapshot(carrierName, health == STANDBY ? StatusSnapshot.Health.STANDBY
                            : StatusSnapshot.Health.valueOf(health.state().name()),
                    health.message(), state, s.outbox().backlog(), median, delays.size(), s.threads().waitingCount(), problem,
                    paused, desk);
        });
    }
}
