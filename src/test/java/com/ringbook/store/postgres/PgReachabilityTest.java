package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Test connection" against a real PostgreSQL: what it finds there, and each way it can fail, without the password. */
@ExtendWith(PostgresServerExtension.class)
class PgReachabilityTest {
    private static final String SECRET = "s3cret-Pass!";

    private static String url(PostgresServer.Database db) {
        return db.url() + "?user=" + db.user();
    }

    @Test
    void anEmptyDatabaseThenRingbooksThenOneWithOtherTables(PostgresServer.Database db) throws SQLException {
        PostgresServer.Database fresh = db.server().createDatabase();
        PostgresServer.Database other = db.server().createDatabase();
        try {
            assertThat(PgReachability.check(url(fresh), SECRET))
                    .isEqualTo(new PgReachability.Outcome(PgReachability.Kind.EMPTY, ""));

            new PgStore(url(fresh), null, Clock.systemUTC()).close();
            assertThat(PgReachability.check(url(fresh), null).kind()).isEqualTo(PgReachability.Kind.RINGBOOK);

            try (Connection c = other.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE invoices (id BIGINT)");
                s.execute("CREATE TABLE parts (id BIGINT)");
            }
            assertThat(PgReachability.check(url(other), null))
                    .isEqualTo(new PgReachability.Outcome(PgReachability.Kind.OTHER_TABLES, "invoices, parts"));
        } finally {
            db.server().drop(fresh);
            db.server().drop(other);
        }
    }

    @Test
    void aMissingDatabaseAnUnansweringServerAndAUrlThatIsNotPostgresAreToldApart(PostgresServer.Database db) {
        PgReachability.Outcome missing = PgReachability.check(
                db.server().jdbcUrl("no_such_db") + "?user=postgres", SECRET);
        assertThat(missing.kind()).isEqualTo(PgReachability.Kind.NO_SUCH_DATABASE);
        assertThat(missing.detail()).contains("no_such_db").doesNotContain(SECRET);

        PgReachability.Outcome closed = PgReachability.check("jdbc:postgresql://127.0.0.1:1/ringbook?user=desk", SECRET);
        assertThat(closed.kind()).isEqualTo(PgReachability.Kind.UNREACHABLE);
        assertThat(closed.detail()).doesNotContain(SECRET);

        PgReachability.Outcome unknownHost = PgReachability.check("jdbc:postgresql://no-such-host.invalid/ringbook", SECRET);
        assertThat(unknownHost.kind()).isEqualTo(PgReachability.Kind.UNREACHABLE);

        assertThat(PgReachability.check("jdbc:mysql://officeserver/ringbook?password=" + SECRET, SECRET))
                .isEqualTo(new PgReachability.Outcome(PgReachability.Kind.NOT_POSTGRES_URL, "jdbc:mysql://officeserver/ringbook"));
        assertThat(PgReachability.check("jdbc:postgresql://officeserver/", SECRET).kind())
                .isEqualTo(PgReachability.Kind.NOT_POSTGRES_URL);
    }

    @Test
    void aRefusedLoginIsAWrongPasswordAndNoMessageCarriesThePassword() {
        // The test server trusts loopback, so the server's refusals are the driver's own exceptions here.
        String url = "jdbc:postgresql://db.office/ringbook?user=desk&password=" + SECRET;
        PgReachability.Outcome refused = PgReachability.failed(new SQLException(
                "FATAL: password authentication failed for user \"desk\" at " + url, "28P01"), url, SECRET);
        assertThat(refused.kind()).isEqualTo(PgReachability.Kind.WRONG_PASSWORD);
        assertThat(refused.detail()).contains("for user \"desk\"").doesNotContain(SECRET);
        assertThat(PgReachability.failed(new SQLException("The server requested SCRAM-based authentication, but no "
                + "password was provided.", "08004"), url, null).kind()).isEqualTo(PgReachability.Kind.WRONG_PASSWORD);
        assertThat(PgReachability.failed(new SQLException("no pg_hba.conf entry for host", "28000"), url, SECRET).kind())
                .isEqualTo(PgReachability.Kind.WRONG_PASSWORD);
        assertThat(PgReachability.failed(new SQLException("echo " + SECRET, "XX000"), url, SECRET))
                .isEqualTo(new PgReachability.Outcome(PgReachability.Kind.FAILED, "echo ***"));
    }
}
