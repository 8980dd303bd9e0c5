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
import com.ringbook.store.EngineLock;
import com.ringbook.store.Store;
import com.ringbook.store.StoreChanges;
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
    private final Optional<EngineLock> lock;
    private final EffectiveSettings effective;
    private final Clock clock;
    /** Between {@link #start} and {@link #standDown}: on a shared store, part of the sender's fence. */
    private volatile boolean running;
    /** The sender's loop runs from the first start to close; between runs the fence keeps it idle. */
    private boolean senderStarted;

    /** @param simulation the customer side of the simulated carrier, when that is the carrier */
    public Engine(Store store, CarrierGateway carrier, Clock clock, EffectiveSettings settings,
                  Optional<Simulation> simulation, Credentials credentials, ConnectionTester connectionTester) {
        this(store, carrier, clock, settings, simulation, credentials, connectionTester, Optional.empty());
    }

    /**
     * An engine on a store several desks share: it is started only while this desk holds {@code lock}, and no text
     * leaves unless {@link EngineLock#held()} says so right before.
     */
    public Engine(Store store, CarrierGateway carrier, Clock clock, EffectiveSettings settings,
                  Optional<Simulation> simulation, Credentials credentials, ConnectionTester connectionTester,
                  Optional<EngineLock> lock) {
        this.lock = lock;
        this.clock = clock;
        this.effective = settings;
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
        lock.ifPresent(l -> {
            // Both: the lock may be back before start() has marked what the last holder left as unknown.
            sender.fence(() -> running && l.held());
            status.engineDesk(() -> engineDeskText(l.holder()));
            status.carrierHere(() -> running);
        });
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

    /**
     * Resumes whatever the last run left unsent, then starts listening to the carrier. On a shared store it runs each
     * time this desk takes the engine lock, again after a {@link #standDown}; never while it runs already.
     */
    public synchronized void start() {
        if (running) {
            throw new IllegalStateException("The engine is running already");
        }
        int unsettled = store.write(s -> s.outbox().markUnsentAsUnknown()).join();
        if (unsettled > 0) {
            log.info("{} text(s) from the last run will be checked with the carrier before sending", unsettled);
        }
        if (lock.isPresent()) {
            // The desk that ran the engine until now may have handed some of them over just before it went.
            sender.notFoundCountsFrom(clock.instant().plus(carrier.inFlightFor()));
        }
        running = true;
        if (senderStarted) {
            sender.wake();
        } else {
            sender.start();
            senderStarted = true;
        }
        carrier.start(intake);
        status.state(StatusSnapshot.EngineState.RUNNING);
        feed.publish(new EngineEvent.StatusChanged());
        log.info("Engine running with carrier {}", carrier.displayName());
    }

    /**
     * Another desk runs the engine now (this desk lost the engine lock): stops sending and listening to the carrier
     * at once; staff here still read and reply (replies wait in the shared outbox for that desk's engine). The
     * sender's loop stays, idle behind its fence, and {@link #start} runs the engine again when this desk takes the
     * lock back.
     */
    public synchronized void standDown() {
        if (!running) {
            return;
        }
        running = false;
        try {
            carrier.stopListening();
        } catch (RuntimeException e) {
            log.warn("The carrier did not stop listening cleanly", e);
        }
        status.state(StatusSnapshot.EngineState.STOPPED);
        feed.publish(new EngineEvent.StatusChanged());
        log.info("Engine stood down: another desk runs it");
    }

    /** What the status bar says of the engine's desk: "Engine: Front desk (this desk)". */
    static String engineDeskText(Optional<EngineLock.Holder> holder) {
        return holder.map(h -> "Engine: " + h.desk() + (h.thisDesk() ? " (this desk)" : " (another desk)"))
                .orElse("Engine: none — waiting for a desk to take it");
    }

    /** Which desk runs the engine changed (on a shared store): the status bar reads it again. */
    public void engineDeskChanged() {
        feed.publish(new EngineEvent.StatusChanged());
    }

    /** Wakes the sender: another desk queued a text that this desk's engine sends. */
    public void outboxChangedElsewhere() {
        if (running) {
            sender.wake();
        }
    }

    /** Which desk runs the engine, on a shared store; empty on a store only this desk opens. */
    public Optional<EngineLock.Holder> engineHolder() {
        return lock.flatMap(EngineLock::holder);
    }

    /** Tells this desk's screens, settings and sender what other desks on the shared store commit. */
    public StoreChanges.Subscription follow(StoreChanges otherDesks) {
        return otherDesks.subscribe(new OtherDesks(feed, effective, this::outboxChangedElsewhere));
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
        running = false;
        List<Runnable> parts = List.of(carrier::close, intake::close, sender::close, reads::close);
        parts.forEach(part -> {
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
