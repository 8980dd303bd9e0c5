package com.ringbook.store.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

/**
 * Opens the long-lived connections a desk keeps beside its pool — the engine lock's and the change feed's — set up
 * so that a desk that vanishes (power cut, network loss, a frozen process) loses its session, and what that session
 * holds, within seconds rather than the hours TCP would take on its own:
 * <ul>
 *   <li>{@code idle_session_timeout} (PostgreSQL 14+): the server ends a session that sent nothing for that long.
 *       The owner speaks every second, so only a desk that is gone (or frozen, which TCP keepalives miss: the
 *       kernel of a stopped process still answers them) goes quiet that long. The backend process exits, so its
 *       locks go too, whatever state the socket is in;</li>
 *   <li>server-side TCP keepalives ({@code tcp_keepalives_idle/interval/count}): a peer silent at the TCP level is
 *       declared dead after idle + count × interval; also on servers older than 14;</li>
 *   <li>{@code tcp_user_timeout} (PostgreSQL 12+): a reply the peer never acknowledges (the cable was pulled
 *       mid-answer, where keepalives do not run) ends the connection instead of being retransmitted for ~15 min;</li>
 *   <li>on this side, {@code socketTimeout}: a query that gets no answer fails, so the owner learns its
 *       connection is broken instead of waiting on it.</li>
 * </ul>
 * A desk killed outright (kill -9) needs none of these: its operating system closes the socket and the server ends
 * the session at once.
 *
 * <p>A session that is quiet by nature (the change feed's LISTEN: notifications flow from the server, the desk need
 * not say a word) is opened {@link Idle#ALLOWED}: its idle_session_timeout is turned off — also against one set for
 * the whole server or role — so it is not cut and re-made (each time making every screen reload) for being quiet.
 * It holds no lock, and the keepalives above still end it when its desk is gone.
 */
public final class PgDedicatedConnection {
    private final String url;
    private final String user;
    private final String password;

    /**
     * @param user may be null when the URL names it
     * @param password may be null (in the URL, or trust authentication); never logged
     */
    public PgDedicatedConnection(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** Whether the server may end the session for being idle: see the class comment. */
    public enum Idle {
        /** Ended after {@code silentFor} without a word from the desk: its owner speaks more often than that. */
        ENDS_SESSION,
        /** Never ended for being idle: a listening session. */
        ALLOWED
    }

    /** A connection whose owner speaks more often than {@code silentFor}: see {@link #open(String, Duration, Duration, Idle)}. */
    public Connection open(String applicationName, Duration silentFor, Duration answerWithin) throws SQLException {
        return open(applicationName, silentFor, answerWithin, Idle.ENDS_SESSION);
    }

    /**
     * A new connection in autocommit mode, shown to the server (pg_stat_activity) as {@code applicationName}.
     *
     * @param silentFor how long the server waits for a word from this session before ending it, and about how
     *     long a silent peer takes to be noticed by TCP; the owner must speak more often than that
     * @param answerWithin how long a query may wait for the server's answer before the connection counts as broken
     * @param idle whether the server ends the session after {@code silentFor} without a word from it
     */
    public Connection open(String applicationName, Duration silentFor, Duration answerWithin, Idle idle)
            throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("ApplicationName", applicationName);
        p.setProperty("tcpKeepAlive", "true");
        p.setProperty("connectTimeout", Long.toString(Math.max(1, answerWithin.toSeconds())));
        p.setProperty("loginTimeout", Long.toString(Math.max(1, answerWithin.toSeconds())));
        p.setProperty("socketTimeout", Long.toString(Math.max(1, answerWithin.toSeconds())));
        Connection c = DriverManager.getConnection(url, p);
        try {
            c.setAutoCommit(true);
            configureSession(c, silentFor, idle);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private static void configureSession(Connection c, Duration silentFor, Idle idling) throws SQLException {
        int version = c.getMetaData().getDatabaseMajorVersion();
        long silentSeconds = Math.max(3, silentFor.toSeconds());
        // Keepalives: first probe after ~40% of the silence, then count × interval more: dead after ~silentFor.
        long idle = Math.max(1, silentSeconds * 2 / 5);
        long count = 3;
        long interval = Math.max(1, (silentSeconds - idle) / count);
        StringBuilder sql = new StringBuilder("SELECT set_config('tcp_keepalives_idle', ?, false),"
                + " set_config('tcp_keepalives_interval', ?, false), set_config('tcp_keepalives_count', ?, false)");
        if (version >= 12) {
            sql.append(", set_config('tcp_user_timeout', ?, false)");
        }
        if (version >= 14) {
            sql.append(", set_config('idle_session_timeout', ?, false)");
        }
        try (PreparedStatement s = c.prepareStatement(sql.toString())) {
            int i = 1;
            s.setString(i++, Long.toString(idle));
            s.setString(i++, Long.toString(interval));
            s.setString(i++, Long.toString(count));
            if (version >= 12) {
                s.setString(i++, Long.toString(silentSeconds * 1000));
            }
            if (version >= 14) {
                s.setString(i, idling == Idle.ALLOWED ? "0" : Long.toString(silentSeconds * 1000));
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
            }
        }
    }
}
