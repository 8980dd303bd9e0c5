package com.ringbook.app;

import com.ringbook.backup.Backups;
import com.ringbook.backup.Restorer;
import com.ringbook.backup.api.BackupService;
import com.ringbook.booking.AppointmentExportService;
import com.ringbook.booking.EngineBookingService;
import com.ringbook.booking.api.BookingService;
import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.UnconfiguredCarrier;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.carrier.twilio.TwilioCarrier;
import com.ringbook.domain.CarrierSettings;
import com.ringbook.engine.EffectiveSettings;
import com.ringbook.engine.Engine;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.engine.api.Simulation;
import com.ringbook.followup.EngineFollowUpService;
import com.ringbook.followup.FollowUpScheduler;
import com.ringbook.followup.api.FollowUpService;
import com.ringbook.revenue.EngineRevenueService;
import com.ringbook.revenue.api.RevenueService;
import com.ringbook.store.Store;
import com.ringbook.store.StoreChanges;
import com.ringbook.store.sqlite.SqliteCopies;
import com.ringbook.ui.shell.Capabilities;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the one place that knows every part and wires them. The console and the
 * headless service both get their engine from {@link #open}.
 */
public final class Ringbook implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Ringbook.class);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final DataDirLock lock;
    private final Store store;
    private final Engine engine;
    private final Optional<SimulationAdapter> simulation;
    private final Optional<SimulatedCarrier> simulator;
    private final BookingService booking;
    private final FollowUpService followUps;
    private final FollowUpScheduler followUpScheduler;
    private final RevenueService revenue;
    private final Path dataDir;
    private final BackupService backups;
    private final Optional<Backups> ownBackups;
    private final SharedStoreChoice where;
    /** On a shared store: starts and stops the engine as this desk wins and loses the engine lock; null otherwise. */
    private EngineRole role;
    private StoreChanges.Subscription otherDesks = () -> { };
    /** Who can restart on restored data: the console's launcher; nobody in the headless service. */
    private final AtomicReference<Restorer> restorer = new AtomicReference<>((backup, keep) -> {
        throw new RequestRefused("Restore a backup from the console: stop the service, open the console, "
                + "then Settings > Backups > Restore.");
    });

    private Ringbook(DataDirLock lock, SharedStoreChoice where, Engine engine, Optional<SimulationAdapter> simulation,
                     Optional<SimulatedCarrier> simulator, Path dataDir) {
        this.lock = lock;
        this.where = where;
        Store store = where.store();
        this.store = store;
        this.engine = engine;
        this.simulation = simulation;
        this.simulator = simulator;
        this.booking = new EngineBookingService(engine.kit(),
                new AppointmentExportService(store, engine.settings()::effective, engine.kit().clock()));
        this.followUps = new EngineFollowUpService(engine.kit());
        this.followUpScheduler = new FollowUpScheduler(engine.kit(), engine.events());
        this.revenue = new EngineRevenueService(engine.kit());
        this.dataDir = dataDir;
        if (where.shared()) {
            this.ownBackups = Optional.empty();
            this.backups = new SharedStoreBackups(dataDir.resolve("backups"));
        } else {
            Backups daily = new Backups(new SqliteCopies(database(dataDir)), dataDir.resolve("backups"),
                    engine.kit().clock(), (backup, keep) -> restorer.get().restoreAndRestart(backup, keep));
            daily.start();
            this.ownBackups = Optional.of(daily);
            this.backups = daily;
        }
    }

    /**
     * On a shared store the engine (carrier, sender, follow-ups) runs only while this desk holds the engine lock;
     * meanwhile staff here work as on any desk, and what other desks commit reaches the screens live.
     */
    private void startSharedRole() {
        otherDesks = engine.follow(where.changes());
        where.changes().start();
        // Each run of the engine has a follow-up loop of its own; this desk's scheduler above is for a desk alone.
        role = new EngineRole(engine, () -> new FollowUpScheduler(engine.kit(), engine.events()));
        where.lock().start(role);
    }

    static Path database(Path dataDir) {
        return dataDir.resolve("ringbook.db");
    }

    /**
     * Locks the data dir, opens (and migrates) the database, builds the carrier chosen in settings and
     * starts the engine.
     *
     * @param env the process environment (RINGBOOK_* variables override settings for this run)
     */
    public static Ringbook open(Path dataDir, Map<String, String> env, Clock clock) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data dir " + dataDir, e);
        }
        DataDirLock lock = DataDirLock.acquire(dataDir);
        SharedStoreChoice where = null;
        Store store = null;
        Engine engine = null;
        Optional<SimulationAdapter> simulation = Optional.empty();
        Optional<SimulatedCarrier> simulated = Optional.empty();
        try {
            where = SharedStoreChoice.open(dataDir, database(dataDir), env, clock);
            store = where.store();
            EffectiveSettings settings = EffectiveSettings.open(store, EnvironmentSettings.overrides(env));
            CarrierSettings carrierSettings = settings.current().carrier();
            AuthTokenFile credentials = new AuthTokenFile(dataDir, env);
            CarrierGateway carrier;
            if (carrierSettings.kind() == CarrierSettings.Kind.SIMULATOR) {
                SimulatedCarrier simulator = new SimulatedCarrier(dataDir, clock);
                simulated = Optional.of(simulator);
                carrier = simulator;
                Store recorded = store;
                simulation = Optional.of(new SimulationAdapter(simulator, () -> settings.current().region(),
                        sid -> recorded.read(s -> s.calls().decisionOf(sid))));
            } else {
                carrier = twilio(carrierSettings, credentials, store, clock, settings);
            }
            engine = new Engine(store, carrier, clock, settings, simulation.map(Simulation.class::cast), credentials,
                    new TwilioConnectionTester(clock), where.shared() ? Optional.of(where.lock()) : Optional.empty());
            if (where.shared()) {
                Ringbook ringbook = new Ringbook(lock, where, engine, simulation, simulated, dataDir);
                ringbook.startSharedRole();
                return ringbook;
            }
            engine.start();
            Ringbook ringbook = new Ringbook(lock, where, engine, simulation, simulated, dataDir);
            // Re-plans every quiet thread from the store first, so a nudge due while Ringbook was closed goes now.
            ringbook.followUpScheduler.start();
            return ringbook;
        } catch (RuntimeException e) {
            // Threads a half-started engine began must stop before the lock is let go.
            simulation.ifPresent(SimulationAdapter::close);
            if (engine != null) {
                engine.close();
            }
            if (where != null) {
                where.lock().close();
                where.changes().close();
            }
            if (store != null) {
                store.close();
            }
            lock.close();
            throw e;
        }
    }

    /** Without a saved token the console still opens, so it can be entered in Settings; texts wait. */
    private static CarrierGateway twilio(CarrierSettings settings, AuthTokenFile credentials, Store store, Clock clock,
                                         EffectiveSettings effective) {
        Optional<String> token = credentials.authToken();
        if (token.isEmpty()) {
            return new UnconfiguredCarrier("Twilio", "No Twilio auth token is saved: enter it in Settings, "
                    + "press Test connection, then restart Ringbook.");
        }
        return new TwilioCarrier(settings, token.get(), new StoredCarrierState(store), clock,
                () -> List.copyOf(effective.current().staffPhones()));
    }

    /** What the console's screens call beside the engine: booking, follow-ups, revenue. */
    public Capabilities capabilities() {
        return new Capabilities(booking, followUps, revenue);
    }

    /** Booking: the lead card, offers, appointments; built on the engine, so it runs where the engine runs. */
    public BookingService booking() {
        return booking;
    }

    /** Follow-ups: the nudge scheduled on a thread, cancelling it, sending it now; built on the engine like booking. */
    public FollowUpService followUps() {
        return followUps;
    }

    /** The follow-up loop: the demo wakes it when its clock moves. */
    FollowUpScheduler followUpScheduler() {
        return followUpScheduler;
    }

    /** The owner's figures: weeks, funnel, tiles, ROI; built on the engine, read only. */
    public RevenueService revenue() {
        return revenue;
    }

    /** The simulated carrier, when it is the carrier: the demo drives the customers' side through it. */
    Optional<SimulatedCarrier> simulator() {
        return simulator;
    }

    /** Daily backups, Backup now and Restore. */
    public BackupService backups() {
        return backups;
    }

    /** Lets the console's launcher restart on restored data; it must only queue the work (see Restorer). */
    void onRestore(Restorer restoreAndRestart) {
        restorer.set(restoreAndRestart);
    }

    public Engine engine() {
        return engine;
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    /** Safe to call twice: the window closing and the process ending both call it. */
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // The simulated phone first: a customer's call it is still making reaches a running engine.
        simulation.ifPresent(SimulationAdapter::close);
        // The engine lock first: a standby takes over at once rather than after the lock's lease.
        if (role != null) {
            role.close();
        }
        where.lock().close();
        otherDesks.close();
        where.changes().close();
        followUpScheduler.close();
        ownBackups.ifPresent(Backups::close);
        engine.close();
        store.close();
        lock.close();
    }
}
