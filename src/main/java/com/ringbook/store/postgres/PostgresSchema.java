package com.ringbook.store.postgres;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The shared PostgreSQL store's schema: its own Flyway migrations in {@code db/postgresql}, which mirror
 * SQLite's in {@code db/migration} (the tests compare the two). Migrating an empty database builds every table;
 * migrating one an older Ringbook made brings it up to date.
 */
public final class PostgresSchema {
    /** Where the migrations are on the class path. */
    public static final String LOCATION = "classpath:db/postgresql";

    private PostgresSchema() {
    }

    /** Brings the database behind {@code dataSource} up to this version's schema; returns the version it is at. */
    public static String migrate(DataSource dataSource) {
        MigrateResult result = flyway(dataSource).migrate();
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }

    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure(PostgresSchema.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                .failOnMissingLocations(true)
                .load();
    }
}
