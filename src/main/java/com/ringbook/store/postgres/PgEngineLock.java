package com.ringbook.store.postgres;

import com.ringbook.store.EngineLock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One engine per business on a shared PostgreSQL database: every desk tries a session-level advisory lock
 * ({@code pg_try_advisory_lock}) about every second on a connection of its own; the one that gets it runs the
 * engine until its session ends. The server releases the lock when the session ends, however it ends: at once
 * for a holder closed or killed (its OS closes the socket), within {@link #SILENT_FOR} for one that vanished
 * (power cut, network loss, frozen) — see {@link PgDedicatedConnection}. A standby then takes it on its next try.
 * A desk that lost the lock (its session ended under it: a network blip, a database restart) keeps competing on a
 * new session as soon as the database answers again, so it stands by, and may run the engine again, with no restart.
 *
 * <p><b>Never two engines at once.</b> The holder confirms every {@link #PING} that its session still holds the
 * lock; {@link #held()} is true only within {@link #LEASE} of the last confirmation's sending, so it turns false
 * on its own when confirmations stop, even while a confirmation hangs or the process was frozen. The server
 * cannot end a session that vanished before {@code SILENT_FOR} (> LEASE) has passed since the last word it got,
 * so the old holder's fence is down before the lock is free. A session ended abruptly from the server's side
 * ({@code pg_terminate_backend}, a database restart) frees the lock at once, while its holder may believe in it
 * for up to one LEASE more — so a desk that takes the lock waits {@link #TAKEOVER_GRACE} (= LEASE) before it
 * announces {@code acquired}: by then every earlier holder's fence is down. A text already handed to the carrier
 * when the fence dropped is the outbox's to settle: the new engine marks unsent texts UNKNOWN and reconciles
 * them with the carrier before sending (Engine.start).
 *
 * <p>Who holds it is read from the lock itself (pg_locks joined with pg_stat_activity): the holder's session
 * carries the desk's name and since when in its application_name ({@link PgEngineLockName}).
 */
public final class PgEngineLock implements EngineLock {
    private static final Logger log = LoggerFactory.getLogger(PgEngineLock.class);
    /** The advisory lock's key: (Ringbook, engine). One business per database, so one fixed key. */
    static final int KEY_SPACE = 0x52424B00; // "RBK\0"
    static final int KEY_ENGINE = 1;
    static final Duration PING = Duration.ofSeconds(1);
    /** How long a confirmed hold counts, from when the confirmation was sent. */
    static final Duration LEASE = Duration.ofSeconds(3);
    static final Duration TAKEOVER_GRACE = LEASE;
    /** How long the server waits on a silent lock session before ending it (and so releasing its lock). */
    static final Duration SILENT_FOR = Duration.ofSeconds(4);
    /** A confirmation unanswered for this long means the connection is broken. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(2);

    private static final String HOLDER_SQL = "SELECT l.pid, a.application_name FROM pg_locks l"
            + " LEFT JOIN pg_stat_activity a ON a.pid = l.pid"
            + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2"
            + " AND l.classid::bigint = " + Integer.toUnsignedLong(KEY_SPACE) + " AND l.objid::bigint = " + KEY_ENGINE
            + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

    private final PgDedicatedConnection connections;
    private final String desk;
    private final Clock clock;
    private final ScheduledExecutorService ticks;
    private final ExecutorService events;

    // Written on the tick thread only.
    private Listener listener;
    private Connection connection;
    private int sessionPid;
    private boolean holding;
    private long acquiredNanos;
    private Instant since;
    // Read by any thread.
    private volatile boolean announced;
    private volatile long leaseUntilNanos;
    private volatile Optional<Holder> holder = Optional.empty();
    private volatile boolean closed;

    /** @param desk this desk's name as its staff know it ("Front desk 2"): what other desks' status bars show */
    public PgEngineLock(PgDedicatedConnection connections, String desk, Clock clock) {
        this.connections = connections;
        this.desk = desk;
        this.clock = clock;
        this.ticks = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "engine-lock"));
        this.events = Executors.newSingleThreadExecutor(r -> daemon(r, "engine-lock-events"));
    }

    @Override
    public synchronized void start(Listener listener) {
        if (this.listener != null || closed) {
            throw new IllegalStateException("The engine lock was started already");
        }
        this.listener = listener;
        ticks.scheduleWithFixedDelay(this::tick, 0, PING.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean held() {
        return announced && !closed && System.nanoTime() - leaseUntilNanos < 0;
    }

    @Override
    public Optional<Holder> holder() {
        return holder;
    }

    /** The server's process id of this desk's lock session (0 while it has none): for tests that end it. */
    int sessionPid() {
        return sessionPid;
    }

    private void tick() {
        if (closed) {
            return;
        }
        try {
            if (connection == null) {
                connection = connections.open(PgEngineLockName.standingBy(desk), SILENT_FOR, ANSWER_WITHIN);
                sessionPid = connection.unwrap(PGConnection.class).getBackendPID();
            }
            long sent = System.nanoTime();
            if (holding) {
                confirm(sent);
            } else if (tryLock()) {
                took(sent);
            } else {
                seeHolder(readHolder());
            }
        } catch (SQLException | RuntimeException e) {
            if (holding) {
                lose("The connection to the shared database broke: " + e.getMessage());
            } else {
                log.debug("Engine lock: no connection to the shared database ({}); trying again", e.getMessage());
            }
            seeHolder(Optional.empty());
            dropConnection();
        }
    }

    private boolean tryLock() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_try_advisory_lock(?, ?)")) {
            s.setInt(1, KEY_SPACE);
            s.setInt(2, KEY_ENGINE);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getBoolean(1);
            }
        }
    }

    private void took(long sentNanos) throws SQLException {
        holding = true;
        acquiredNanos = sentNanos;
        leaseUntilNanos = sentNanos + LEASE.toNanos();
        since = clock.instant();
        try (PreparedStatement s = connection.prepareStatement("SELECT set_config('application_name', ?, false)")) {
            s.setString(1, PgEngineLockName.holding(desk, since));
            s.executeQuery().close();
        }
        seeHolder(Optional.of(new Holder(desk, since, true)));
        log.info("Engine lock taken by this desk ({}); the engine starts in {} s", desk, TAKEOVER_GRACE.toSeconds());
    }

    /** Confirms the session still holds the lock, renews the lease, and announces it once the grace is over. */
    private void confirm(long sentNanos) throws SQLException {
        boolean stillMine;
        try (PreparedStatement s = connection.prepareStatement(HOLDER_SQL + " AND l.pid = pg_backend_pid()");
             ResultSet r = s.executeQuery()) {
            stillMine = r.next();
        }
        if (!stillMine) {
            lose("The shared database no longer shows this desk holding the engine lock");
            dropConnection();
            return;
        }
        leaseUntilNanos = sentNanos + LEASE.toNanos();
        if (!announced && System.nanoTime() - acquiredNanos >= TAKEOVER_GRACE.toNanos()) {
            announced = true;
            Listener told = listener;
            log.info("This desk ({}) runs the engine", desk);
            events.execute(() -> tell(told::acquired));
        }
    }

    private Optional<Holder> readHolder() throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(HOLDER_SQL); ResultSet r = s.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            int pid = r.getInt(1);
            Optional<PgEngineLockName.Parsed> named = PgEngineLockName.parse(r.getString(2));
            // A holder whose name is not readable (another role's session, an older Ringbook) is still a holder.
            return Optional.of(named.map(n -> new Holder(n.desk(), n.since(), pid == sessionPid))
                    .orElseGet(() -> new Holder("another desk", null, pid == sessionPid)));
        }
    }

    /** Tick thread: a new holder (or none) is told, so a status bar names it without waiting for other news. */
    private void seeHolder(Optional<Holder> now) {
        if (now.equals(holder)) {
            return;
        }
        holder = now;
        Listener told = listener;
        events.execute(() -> tell(told::holderChanged));
    }

    private void lose(String reason) {
        boolean wasAnnounced = announced;
        holding = false;
        announced = false;
        leaseUntilNanos = System.nanoTime();
        seeHolder(Optional.empty());
        log.warn("This desk ({}) stops running the engine: {}", desk, reason);
        if (wasAnnounced) {
            Listener told = listener;
            events.execute(() -> tell(() -> told.lost(reason)));
        }
    }

    private void dropConnection() {
        if (connection != null) {
            try {
                connection.close(); // a session still alive on the server releases the lock as it ends
            } catch (SQLException | RuntimeException e) {
                // broken already: the server ends it within SILENT_FOR
            }
            connection = null;
            sessionPid = 0;
        }
    }

    private void tell(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            log.warn("An engine lock listener failed", e);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        ticks.shutdown();
        try {
            ticks.awaitTermination(ANSWER_WITHIN.toMillis() * 3, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // The tick thread is done (or stuck on a dead connection): from here on only this thread touches the state.
        boolean wasAnnounced = announced;
        announced = false;
        holder = Optional.empty();
        if (holding && connection != null) {
            try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_unlock(?, ?)")) {
                s.setInt(1, KEY_SPACE);
                s.setInt(2, KEY_ENGINE);
                s.executeQuery().close();
            } catch (SQLException e) {
                // closing the session below releases it too
            }
        }
        holding = false;
        dropConnection();
        if (wasAnnounced && listener != null) {
            Listener told = listener;
            events.execute(() -> tell(() -> told.lost("This desk closed the engine lock")));
        }
        events.shutdown();
        try {
            events.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
