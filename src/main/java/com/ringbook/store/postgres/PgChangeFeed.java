package com.ringbook.store.postgres;

import com.ringbook.store.StoreChanges;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Other desks' changes on a shared PostgreSQL database, live, through LISTEN/NOTIFY — no table is polled. A
 * connection of its own LISTENs on {@link #CHANNEL}; writers queue notifications in their transactions
 * ({@link PgChangeFeedBatch}), which the server delivers at commit. Notifications sent while this desk was not
 * listening are lost for it, so after its connection broke and came back the feed tells listeners to
 * {@link Listener#resync() resync}. A connection that stays silent is checked every {@link #HEARTBEAT}, so a
 * network cut is noticed in seconds, not when TCP gives up. Being quiet is this session's nature (while other desks'
 * changes keep arriving it never has to ask the server anything), so the server never ends it for being idle
 * ({@link PgDedicatedConnection.Idle#ALLOWED}): a feed cut and re-made would make every screen reload for nothing.
 */
public final class PgChangeFeed implements StoreChanges {
    private static final Logger log = LoggerFactory.getLogger(PgChangeFeed.class);
    /** The one channel of a business's database. */
    static final String CHANNEL = "ringbook_changes";
    static final Duration HEARTBEAT = Duration.ofSeconds(2);
    static final Duration WAIT_FOR_NOTIFICATIONS = Duration.ofMillis(500);
    static final Duration SILENT_FOR = Duration.ofSeconds(6);
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(3);
    static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private final PgDedicatedConnection connections;
    private final String ownOrigin;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread thread;
    private volatile boolean live;
    private volatile int listenerPid;
    private volatile Connection connection;

    /** @param ownOrigin this desk's run, as its writer names it in {@link PgChangeFeedBatch}: its echoes are skipped */
    public PgChangeFeed(PgDedicatedConnection connections, String ownOrigin) {
        this.connections = connections;
        this.ownOrigin = PgChangeFeedPayload.checkOrigin(ownOrigin);
        this.thread = new Thread(this::run, "change-feed");
        this.thread.setDaemon(true);
    }

    @Override
    public void start() {
        thread.start();
    }

    @Override
    public boolean live() {
        return live;
    }

    @Override
    public Subscription subscribe(Listener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The server's process id of the listening session (0 while there is none): for tests that cut it. */
    int listenerPid() {
        return listenerPid;
    }

    private void run() {
        boolean missedSome = false;
        while (closing.getCount() > 0) {
            try (Connection c = connections.open("Ringbook changes " + ownOrigin, SILENT_FOR, ANSWER_WITHIN,
                    PgDedicatedConnection.Idle.ALLOWED)) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listenerPid = c.unwrap(PGConnection.class).getBackendPID();
                live = true;
                if (missedSome) {
                    log.info("Change feed back; reloading what may have changed meanwhile");
                    tell(Listener::resync);
                }
                listen(c);
            } catch (SQLException | RuntimeException e) {
                if (closing.getCount() > 0) {
                    log.warn("Change feed: {}; reconnecting", e.getMessage());
                }
            } finally {
                live = false;
                listenerPid = 0;
                connection = null;
            }
            // Whatever was committed while not listening is lost to this desk: the next connection resyncs.
            missedSome = true;
            try {
                closing.await(RECONNECT_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        long lastWord = System.nanoTime();
        while (closing.getCount() > 0) {
            PGNotification[] notifications = pg.getNotifications((int) WAIT_FOR_NOTIFICATIONS.toMillis());
            if (notifications != null) {
                for (PGNotification n : notifications) {
                    deliver(n.getParameter());
                }
            }
            // Notifications are the server speaking; the server's idle_session_timeout counts what this side sends. A
            // desk hearing a steady stream (its own busy writes, echoed) must still speak, or it is cut every few seconds.
            if (System.nanoTime() - lastWord > HEARTBEAT.toNanos()) {
                // getNotifications cannot tell a quiet server from a vanished one: ask, and fail if no answer.
                try (Statement s = c.createStatement()) {
                    s.execute("SELECT 1");
                }
                lastWord = System.nanoTime();
            }
        }
    }

    private void deliver(String payload) {
        Optional<PgChangeFeedPayload.Decoded> decoded = PgChangeFeedPayload.decode(payload);
        if (decoded.isEmpty()) {
            log.warn("Change feed: a notification this version cannot read; reloading everything");
            tell(Listener::resync);
            return;
        }
        if (decoded.get().origin().equals(ownOrigin)) {
            return; // this desk's own write: already announced in-process
        }
        tell(l -> l.changed(decoded.get().origin(), decoded.get().changes()));
    }

    private void tell(Consumer<Listener> call) {
        for (Listener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                log.warn("A change feed listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        Connection c = connection;
        if (c != null) {
            try {
                c.close(); // wakes a thread waiting on the server
            } catch (SQLException e) {
                // closing anyway
            }
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
