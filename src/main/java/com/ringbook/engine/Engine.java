package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConnectionTest;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.engine.api.Simulation;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.engine.api.Subscription;
import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import com.ringbook.textback.TextBackService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running engine: intake, outbox sender and change feed over one store and one carrier. The
 * console and the headless service both run exactly this; the console only adds windows.
 */
public final class Engine implements ConsoleService, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Engine.class);

    private final Store store;
    private final CarrierGateway carrier;
    private final Clock clock;
    private final Map<String, String> overrides;
    private final Optional<Simulation> simulation;
    private final Credentials credentials;
    private final ConnectionTester connectionTester;
    private final ChangeFeed feed = new ChangeFeed();
    private final Conversations conversations;
    private final OutboxSender sender;
    private final Intake intake;
    private final ExecutorService queries;
    private volatile Settings settings;
    private volatile CarrierHealth carrierHealth = new CarrierHealth(CarrierHealth.State.CONNECTING, "connecting");
    private volatile StatusSnapshot.EngineState state = StatusSnapshot.EngineState.STARTING;

    /**
     * @param overrides settings taken from the environment for this run only; never saved
     * @param simulation the customer side of the simulated carrier, when that is the carrier
     */
    public Engine(Store store, CarrierGateway carrier, Clock clock, Map<String, String> overrides,
                  Optional<Simulation> simulation, Credentials credentials, ConnectionTester connectionTester) {
        this.store = store;
        this.carrier = carrier;
        this.clock = clock;
        this.overrides = Map.copyOf(overrides);
        this.simulation = simulation;
        this.credentials = credentials;
        this.connectionTester = connectionTester;
        this.settings = loadSettings();
        this.sender = new OutboxSender(store, carrier, clock, feed, 8, OutboxSender.WINDOW);
        this.conversations = new Conversations(sender::noteOptOut, sender::noteOptIn);
        this.intake = new Intake(store, clock, () -> settings, new TextBackService(), conversations, feed, sender,
                this::carrierHealthChanged);
        AtomicInteger n = new AtomicInteger();
        this.queries = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "engine-query-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private Settings loadSettings() {
        Map<String, String> effective = new LinkedHashMap<>(store.read(s -> s.settings().all()));
        effective.putAll(overrides);
        Map<String, String> problems = Settings.validate(effective);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Settings are not usable: " + String.join(" ", problems.values()));
        }
        return Settings.fromMap(effective);
    }

    /** Resumes whatever the last run left unsent, then starts listening to the carrier. */
    public void start() {
        int unsettled = store.write(s -> s.outbox().markUnsentAsUnknown()).join();
        if (unsettled > 0) {
            log.info("{} text(s) from the last run will be checked with the carrier before sending", unsettled);
        }
        sender.start();
        carrier.start(intake);
        state = StatusSnapshot.EngineState.RUNNING;
        feed.publish(new EngineEvent.StatusChanged());
        log.info("Engine running with carrier {}", carrier.displayName());
    }

    public Settings currentSettings() {
        return settings;
    }

    private void carrierHealthChanged(CarrierHealth health) {
        carrierHealth = health;
        feed.publish(new EngineEvent.StatusChanged());
    }

    private <T> CompletableFuture<T> query(Function<ReadSession, T> work) {
        return CompletableFuture.supplyAsync(() -> store.read(work), queries);
    }

    @Override
    public CompletableFuture<List<ThreadSummary>> inbox(InboxQuery query) {
        return query(s -> s.threads().inbox(query));
    }

    @Override
    public CompletableFuture<Optional<ThreadDetail>> thread(long threadId) {
        return query(s -> s.threads().detail(threadId));
    }

    @Override
    public CompletableFuture<Optional<ThreadSummary>> summary(long threadId) {
        return query(s -> s.threads().summary(threadId));
    }

    @Override
    public CompletableFuture<Void> markRead(long threadId) {
        return store.write(s -> {
            s.threads().markRead(threadId);
            return (Void) null;
        }).thenRun(() -> feed.publish(new EngineEvent.ThreadChanged(threadId)));
    }

    @Override
    public CompletableFuture<Void> reply(long threadId, String body) {
        return store.write(s -> conversations.reply(s, threadId, body, clock.instant())).thenAccept(queued -> {
            sender.offer(queued);
            feed.publish(new EngineEvent.ThreadChanged(threadId));
            feed.publish(new EngineEvent.StatusChanged());
        });
    }

    @Override
    public CompletableFuture<Void> moveStage(long threadId, Stage target) {
        return store.write(s -> {
            conversations.moveStage(s, threadId, target, clock.instant());
            return (Void) null;
        }).thenRun(() -> feed.publish(new EngineEvent.ThreadChanged(threadId)));
    }

    @Override
    public CompletableFuture<Void> renameContact(long threadId, String name) {
        return store.write(s -> {
            ThreadSummary thread = s.threads().summary(threadId)
                    .orElseThrow(() -> new RequestRefused("That conversation no longer exists."));
            s.contacts().setName(thread.contactId(), name);
            return (Void) null;
        }).thenRun(() -> feed.publish(new EngineEvent.ThreadChanged(threadId)));
    }

    @Override
    public CompletableFuture<Map<String, String>> settings() {
        return query(s -> {
            Map<String, String> all = new LinkedHashMap<>(Settings.defaults());
            all.putAll(s.settings().all());
            return all;
        });
    }

    @Override
    public CompletableFuture<Map<String, String>> saveSettings(Map<String, String> draft) {
        Map<String, String> withOverrides = new LinkedHashMap<>(draft);
        withOverrides.putAll(overrides);
        // Checked as this run will read them back, so a save can never leave settings that do not load.
        Map<String, String> problems = Settings.validate(withOverrides);
        if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(problems);
        }
        Map<String, String> known = new LinkedHashMap<>(draft);
        known.keySet().retainAll(Settings.defaults().keySet());
        return store.write(s -> {
            s.settings().put(known);
            return (Void) null;
        }).thenApply(v -> {
            settings = loadSettings();
            feed.publish(new EngineEvent.SettingsChanged());
            return Map.<String, String>of();
        });
    }

    @Override
    public CompletableFuture<ConnectionTest> testConnection(Map<String, String> draft, String authToken) {
        Map<String, String> effective = new LinkedHashMap<>(draft);
        effective.putAll(overrides);
        Map<String, String> problems = Settings.validate(effective);
        if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(new ConnectionTest(false, String.join(" ", problems.values())));
        }
        CarrierSettings carrierSettings = Settings.fromMap(effective).carrier();
        if (carrierSettings.kind() == CarrierSettings.Kind.SIMULATOR) {
            return CompletableFuture.completedFuture(new ConnectionTest(true, "The simulated carrier needs no account."));
        }
        Optional<String> token = authToken == null || authToken.isBlank()
                ? credentials.authToken()
                : Optional.of(authToken.strip());
        if (token.isEmpty()) {
            return CompletableFuture.completedFuture(new ConnectionTest(false, "Enter the auth token from the Twilio console."));
        }
        return CompletableFuture.supplyAsync(() -> connectionTester.test(carrierSettings, token.get()), queries);
    }

    @Override
    public CompletableFuture<Void> saveAuthToken(String authToken) {
        if (authToken == null || authToken.isBlank()) {
            return CompletableFuture.failedFuture(new RequestRefused("Enter the auth token first."));
        }
        return CompletableFuture.runAsync(() -> credentials.saveAuthToken(authToken.strip()), queries)
                .thenRun(() -> feed.publish(new EngineEvent.SettingsChanged()));
    }

    @Override
    public Optional<String> authTokenHint() {
        return credentials.authToken().map(Credentials::hint);
    }

    @Override
    public Map<String, String> environmentOverrides() {
        return overrides;
    }

    @Override
    public CompletableFuture<StatusSnapshot> status() {
        CarrierHealth health = carrierHealth;
        Instant startOfDay = LocalDate.now(clock.withZone(settings.zone())).atStartOfDay(settings.zone()).toInstant();
        return query(s -> {
            List<Duration> delays = s.metrics().textBackDelays(startOfDay).stream().sorted().toList();
            Duration median = delays.isEmpty() ? null : delays.get((delays.size() - 1) / 2);
            boolean carrierTrouble = health.state() == CarrierHealth.State.DOWN
                    || health.state() == CarrierHealth.State.DEGRADED;
            String problem = carrierTrouble ? health.message() : s.metrics().latestSendFailure(startOfDay).orElse(null);
            return new StatusSnapshot(carrier.displayName(), StatusSnapshot.Health.valueOf(health.state().name()),
                    health.message(), state, s.outbox().backlog(), median, delays.size(), s.threads().waitingCount(), problem);
        });
    }

    @Override
    public Subscription subscribe(Consumer<EngineEvent> listener) {
        return feed.subscribe(listener);
    }

    @Override
    public Optional<Simulation> simulation() {
        return simulation;
    }

    @Override
    public void close() {
        state = StatusSnapshot.EngineState.STOPPING;
        // Each part stops even if one before it fails (a full disk can make the carrier's last save throw).
        List.<Runnable>of(carrier::close, intake::close, sender::close, queries::shutdown).forEach(part -> {
            try {
                part.run();
            } catch (RuntimeException e) {
                log.warn("A part of the engine did not stop cleanly", e);
            }
        });
        state = StatusSnapshot.EngineState.STOPPED;
        log.info("Engine stopped");
    }
}
