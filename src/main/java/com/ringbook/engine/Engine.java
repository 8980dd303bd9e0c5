package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.engine.api.CallLogService;
import com.ringbook.engine.api.ChangeEvents;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.SettingsService;
import com.ringbook.engine.api.Simulation;
import com.ringbook.engine.api.StatusService;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.store.Store;
import com.ringbook.textback.TextBackService;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts, stops and wires the engine's parts (intake, outbox sender, change feed, the services the
 * console calls) over one store and one carrier. The console and the headless service both run
 * exactly this; the console only adds windows.
 */
public final class Engine implements ConsoleService, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);

    private final Store store;
    private final CarrierGateway carrier;
    private final Optional<Simulation> simulation;
    private final ChangeFeed feed = new ChangeFeed();
    private final ReadPool reads;
    private final OutboxSender sender;
    private final Intake intake;
    private final EngineStatus status;
    private final EngineConversations conversations;
    private final EngineSettings settingsService;
    private final EngineKit kit;
    private final EngineCallLog callLog;

    /** @param simulation the customer side of the simulated carrier, when that is the carrier */
    public Engine(Store store, CarrierGateway carrier, Clock clock, EffectiveSettings settings,
                  Optional<Simulation> simulation, Credentials credentials, ConnectionTester connectionTester) {
        this.store = store;
        this.carrier = carrier;
        this.simulation = simulation;
        this.reads = new ReadPool(store);
        this.sender = new OutboxSender(store, carrier, clock, feed, 8, OutboxSender.WINDOW);
        this.status = new EngineStatus(reads, settings, carrier.displayName(), feed, clock, sender::pause);
        Conversations rules = new Conversations(sender::noteOptOut, sender::noteOptIn);
        this.intake = new Intake(store, clock, settings::current, new TextBackService(), rules, feed, sender,
                status::carrierHealth);
        this.kit = new EngineKit(store, reads, rules, sender, feed, clock, settings);
        this.conversations = new EngineConversations(kit, rules);
        this.callLog = new EngineCallLog(kit, feed);
        this.settingsService = new EngineSettings(store, reads, settings, credentials, connectionTester, feed);
    }

    /** What the capabilities' services (booking, follow-ups, revenue) build on. */
    public EngineKit kit() {
        return kit;
    }

    /**
     * Pauses (or resumes) texting: calls and replies are still recorded, texts wait in the outbox.
     *
     * @return whether texting is now paused
     */
    public boolean pauseTexting(boolean pause) {
        return status.textingPaused(pause);
    }

    /** Whether texting is paused now (the tray's menu item follows it). */
    public boolean textingPaused() {
        return status.textingPaused();
    }

    /** Resumes whatever the last run left unsent, then starts listening to the carrier. */
    public void start() {
        int unsettled = store.write(s -> s.outbox().markUnsentAsUnknown()).join();
        if (unsettled > 0) {
            log.info("{} text(s) from the last run will be checked with the carrier before sending", unsettled);
        }
        sender.start();
        carrier.start(intake);
        status.state(StatusSnapshot.EngineState.RUNNING);
        feed.publish(new EngineEvent.StatusChanged());
        log.info("Engine running with carrier {}", carrier.displayName());
    }

    @Override
    public ConversationService conversations() {
        return conversations;
    }

    @Override
    public CallLogService calls() {
        return callLog;
    }

    @Override
    public SettingsService settings() {
        return settingsService;
    }

    @Override
    public StatusService status() {
        return status;
    }

    @Override
    public ChangeEvents events() {
        return feed;
    }

    @Override
    public Optional<Simulation> simulation() {
        return simulation;
    }

    @Override
    public void close() {
        status.state(StatusSnapshot.EngineState.STOPPING);
        // Each part stops even if one before it fails (a full disk can make the carrier's last save throw).
        List.<Runnable>of(carrier::close, intake::close, sender::close, reads::close).forEach(part -> {
            try {
                part.run();
            } catch (RuntimeException e) {
                log.warn("A part of the engine did not stop cleanly", e);
            }
        });
        status.state(StatusSnapshot.EngineState.STOPPED);
        log.info("Engine stopped");
    }
}
