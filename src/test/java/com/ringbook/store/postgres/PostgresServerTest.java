package com.ringbook.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The test PostgreSQL itself: a real server, one empty database per test class, and a clear word when missing. */
@ExtendWith(PostgresServerExtension.class)
class PostgresServerTest {

    @Test
    void aTestClassGetsAnEmptyDatabaseOfItsOwnOnARealServer(PostgresServer.Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            ResultSet r = s.executeQuery("SELECT current_database(), version(), "
                    + "(SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public')");
            r.next();
            assertThat(r.getString(1)).isEqualTo(db.name()).startsWith("rb_");
            assertThat(r.getString(2)).startsWith("PostgreSQL ");
            assertThat(r.getLong(3)).isZero();
        }
    }

    @Test
    void databasesAreSeparateAndTheServerListensOnLoopbackOnly(PostgresServer.Database db) throws SQLException {
        PostgresServer.Database other = db.server().createDatabase();
        try {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE only_here (id BIGINT)");
                ResultSet r = s.executeQuery("SHOW listen_addresses");
                r.next();
                assertThat(r.getString(1)).isEqualTo("127.0.0.1");
            }
            try (Connection c = other.connect(); Statement s = c.createStatement()) {
                ResultSet r = s.executeQuery("SELECT to_regclass('only_here') IS NULL");
                r.next();
                assertThat(r.getBoolean(1)).isTrue();
            }
        } finally {
            db.server().drop(other);
        }
        assertThatThrownBy(other::connect).isInstanceOf(SQLException.class).hasMessageContaining(other.name());
    }

    @Test
    void noServerBinariesSaysWhatToInstall(@TempDir Path empty) {
        assertThatThrownBy(() -> PostgresServer.binaries(Map.of(), empty.resolve("nothing-here")))
                .hasMessageContaining("apt-get install postgresql").hasMessageContaining(PostgresServer.BIN_ENV);
        assertThatThrownBy(() -> PostgresServer.binaries(Map.of(PostgresServer.BIN_ENV, empty.toString()), empty))
                .hasMessageContaining("has no PostgreSQL server").hasMessageContaining("apt-get install postgresql");
    }

    @Test
    void theHighestInstalledVersionIsChosen(@TempDir Path root) throws Exception {
        for (String version : new String[] {"9.6", "13", "15"}) {
            Path bin = Files.createDirectories(root.resolve(version).resolve("bin"));
            for (String tool : new String[] {"initdb", "pg_ctl", "postgres"}) {
                Files.writeString(bin.resolve(tool), "#!/bin/sh\n");
                bin.resolve(tool).toFile().setExecutable(true);
            }
        }
        Files.createDirectories(root.resolve("16").resolve("bin")); // a version whose server is not installed
        assertThat(PostgresServer.binaries(Map.of(), root)).isEqualTo(root.resolve("15").resolve("bin"));
    }
}
