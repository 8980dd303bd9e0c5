package com.ringbook.store.postgres;

import com.ringbook.store.ReadSession;
import com.ringbook.store.Store;
import com.ringbook.store.StoreException;
import com.ringbook.store.jdbc.GroupCommitWriter;
import com.ringbook.store.jdbc.WriterConnection;
import com.ringbook.store.sqlite.SessionConnection;
import com.ringbook.store.sqlite.StatementCache;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shared store of an office with several desks: a PostgreSQL database. The same repositories as SQLite
 * (their SQL spelt by {@link PgDialect}) and the same writer ({@link GroupCommitWriter}: one connection of this
 * store's own, group commits, urgent work first, one failing unit taking nothing else with it); readers borrow
 * read-only connections from a pool.
 *
 * <p>The password is passed apart from the URL and never logged: neither the pool nor Flyway prints it, and
 * this store names the database by its URL without any password parameter.
 *
 * <p>Every write transaction tells the other desks what it changed, at its commit ({@link PgAnnouncingConnection});
 * they hear it on their {@link PgChangeFeed}, which skips this store's own {@link #origin()}.
 */
public final class PgStore implements Store {
    private static final int READERS = 4;
    /** A URL's password parameter, if someone put it there anyway: cut out of anything shown. */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]password=)[^&]*");

    private final String url;
    private final Properties credentials = new Properties();
    private final Clock clock;
    private final HikariDataSource readers;
    private final GroupCommitWriter writer;
    private final String instanceId;
    private final String keyPrefix;
    private final String origin;
    private volatile boolean closed;

    /**
     * Opens (and migrates) the database at {@code jdbcUrl}, which names the user ({@code ?user=...}) unless the
     * server's default suits.
     */
    public PgStore(String jdbcUrl, String password, Clock clock) {
        this(jdbcUrl, null, password, clock);
    }

    /** As {@link #PgStore(String, String, Clock)}, with the user given apart ({@code null}: the URL's). */
    public PgStore(String jdbcUrl, String user, String password, Clock clock) {
        this(jdbcUrl, user, password, clock, newOrigin());
    }

    /**
     * As {@link #PgStore(String, String, Clock)}, its changes announced as {@code origin}: this run's id, the one
     * given to this desk's {@link PgChangeFeed} so that it skips its own echo.
     */
    public PgStore(String jdbcUrl, String user, String password, Clock clock, String origin) {
        this.origin = PgChangeFeedPayload.checkOrigin(origin);
        this.url = jdbcUrl;
        this.clock = clock;
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        String shown = shown(jdbcUrl);
        try {
            migrate();
        } catch (RuntimeException e) {
            throw new StoreException("Cannot prepare the shared database " + shown + ": " + GroupCommitWriter.rootCause(e)
                    .getMessage(), e);
        }
        readers = new HikariDataSource(poolConfig());
        try {
            try (Connection c = readers.getConnection()) {
                instanceId = instanceId(c);
            }
            keyPrefix = "rb-" + instanceId + "-";
            writer = new GroupCommitWriter("store-writer", this::openWriter);
        } catch (SQLException | RuntimeException e) {
            readers.close();
            throw new StoreException("Cannot open the shared database " + shown + ": " + GroupCommitWriter.rootCause(e)
                    .getMessage(), e);
        }
    }

    /** {@code url} with any password parameter cut out: what may appear in a message or a log. */
    static String shown(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    /** The shared schema's own migrations ({@link PostgresSchema}), on a connection of this store's own. */
    private void migrate() {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        if (credentials.getProperty("user") != null) {
            source.setUser(credentials.getProperty("user"));
        }
        if (credentials.getProperty("password") != null) {
            source.setPassword(credentials.getProperty("password"));
        }
        PostgresSchema.migrate(source);
    }

    private HikariConfig poolConfig() {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDataSourceProperties(credentials);
        config.setPoolName("ringbook-readers");
        config.setMaximumPoolSize(READERS);
        config.setMinimumIdle(1);
        // Each read is one read-only transaction: one snapshot for all its statements, and no write slips in.
        config.setReadOnly(true);
        config.setAutoCommit(false);
        // No parallel workers for the inbox's reads: once prepared, a search's generic plan gathered two workers even
        // for a number in no text, and starting them cost more than the read (at 100,000 threads: 15.7 ms against
        // 0.9 ms without; a word's page 53 against 48 ms; see docs/benchmarks.md). Set when the session starts, so
        // no transaction can undo it.
        config.addDataSourceProperty("options", "-c max_parallel_workers_per_gather=0");
        return config;
    }

    /** A new connection of this store's own, outside the readers' pool (the writer's; later the feed's and the lock's). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, credentials);
    }

    private WriterConnection openWriter() throws SQLException {
        Connection write = connect();
        try {
            write.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            write.close();
            throw e;
        }
        // PostgreSQL has no cheap change counter: statements that may have written (or failed) are counted instead.
        StatementCache statements = new StatementCache(write, PgDialect.INSTANCE);
        return new PgAnnouncingConnection(
                new SessionConnection(statements, clock, keyPrefix, statements::mayHaveWritten), origin);
    }

    /** A new per-run id: runs of one desk are told apart too, as a restarted desk must hear the old run's echo. */
    public static String newOrigin() {
        return "run-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** The id this store's changes are announced under: give it to this desk's {@link PgChangeFeed}. */
    public String origin() {
        return origin;
    }

    private static String instanceId(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             var row = statement.executeQuery("SELECT value FROM store_info WHERE key = 'instance_id'")) {
            if (!row.next()) {
                throw new SQLException("The database has no instance id (store_info)");
            }
            String id = row.getString(1);
            connection.commit();
            return id;
        }
    }

    @Override
    public <I, R> CompletableFuture<R> write(Priority priority, BatchWork<I, R> work, I input) {
        return writer.write(priority, work, input);
    }

    @Override
    public <T> T read(Function<ReadSession, T> work) {
        if (closed) {
            throw new StoreException("The store is closed", null);
        }
        StatementCache statements;
        try {
            statements = new StatementCache(readers.getConnection(), PgDialect.INSTANCE);
        } catch (SQLException e) {
            throw new StoreException("No connection to the shared database: " + e.getMessage(), e);
        }
        try {
            T result = work.apply(SessionConnection.session(statements, clock, keyPrefix));
            statements.connection().commit();
            return result;
        } catch (SQLException e) {
            throw new StoreException("Reading the shared database failed: " + e.getMessage(), e);
        } finally {
            try {
                // Back to the pool, which rolls back whatever a failed read left open.
                statements.close();
            } catch (SQLException e) {
                // The pool drops a connection that failed to close; nothing to keep.
            }
        }
    }

    @Override
    public String instanceId() {
        return instanceId;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.close();
        readers.close();
    }
}
