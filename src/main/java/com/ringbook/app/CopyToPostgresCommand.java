package com.ringbook.app;

import com.ringbook.store.StoreException;
import com.ringbook.store.postgres.PostgresCopy;
import com.ringbook.store.sqlite.SqliteStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ringbook copy-to-postgres}: moves an office from one PC to several by copying its data dir into an
 * empty shared PostgreSQL database, checked before it is committed. Refuses, writing nothing, a bad URL, a data dir
 * without a database or in use by a running Ringbook, and a database that already holds data. The password comes
 * from {@code RINGBOOK_DATABASE_PASSWORD} only and is never printed; the URL is shown without its parameters.
 * Never touches the FX toolkit.
 */
final class CopyToPostgresCommand {
    static final String OPTION = "--database-url";
    static final Set<String> OPTIONS = Set.of(OPTION);
    static final String URL_ENV = "RINGBOOK_DATABASE_URL";
    static final String PASSWORD_ENV = "RINGBOOK_DATABASE_PASSWORD";
    static final String USAGE = "Usage: ringbook copy-to-postgres [--data-dir DIR] --database-url "
            + "jdbc:postgresql://HOST:5432/DATABASE?user=USER   (password in " + PASSWORD_ENV + ")";

    private CopyToPostgresCommand() {
    }

    /** @return 0 copied and checked, 2 a mistake on the command line, 1 refused or failed (nothing written) */
    static int run(Path dataDir, List<String> options, Map<String, String> env, Clock clock, PrintStream out, PrintStream err) {
        if (options.size() > 2) {
            err.println("ringbook copy-to-postgres: " + OPTION + " is given twice");
            return 2;
        }
        String url = options.size() == 2 ? options.get(1) : env.get(URL_ENV);
        if (url == null || url.isBlank()) {
            err.println("ringbook copy-to-postgres: say which database to copy into: " + OPTION + " URL (or " + URL_ENV + ")");
            err.println(USAGE);
            return 2;
        }
        PostgresCopy.Target target;
        try {
            String password = env.get(PASSWORD_ENV);
            target = new PostgresCopy.Target(url.strip(), password == null || password.isEmpty() ? null : password);
        } catch (PostgresCopy.Refused e) {
            err.println("ringbook copy-to-postgres: " + e.getMessage());
            return 2;
        }
        Path database = dataDir.resolve("ringbook.db");
        if (!AppointmentsCommand.hasDatabase(database)) {
            err.println("ringbook copy-to-postgres: there is no Ringbook database in " + dataDir
                    + ", so there is nothing to copy. Check --data-dir (or RINGBOOK_DATA_DIR).");
            return 1;
        }
        // Nothing may write to the data dir while it is copied: a text sent after the copy began would be lost.
        try (DataDirLock lock = DataDirLock.acquire(dataDir)) {
            // Brings an older data dir up to this version's schema, as opening it in the console would.
            new SqliteStore(database, clock).close();
            out.println("Copying " + dataDir + " into " + target.shown() + " ...");
            PostgresCopy.Report report = PostgresCopy.copy(database, target);
            out.println("Copied and checked " + report.totalRows() + " rows into " + target.shown() + ":");
            report.rows().forEach((table, rows) -> out.println(String.format("  %-20s %,d", table, rows)));
            out.println("Row counts match in every table; " + report.threadsChecked()
                    + " conversations compared field by field with their customer and messages.");
            out.println("Point every desk at it in Settings > Shared database, or with " + URL_ENV + " (and " + PASSWORD_ENV
                    + "). The data dir is unchanged.");
            return 0;
        } catch (DataDirLock.HeldElsewhere e) {
            err.println("ringbook copy-to-postgres: " + e.getMessage());
            return 1;
        } catch (PostgresCopy.Refused e) {
            err.println("ringbook copy-to-postgres: " + e.getMessage());
            return 1;
        } catch (StoreException e) {
            err.println("ringbook copy-to-postgres: nothing was copied: " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            err.println("ringbook copy-to-postgres: nothing was copied: " + e);
            return 1;
        }
    }

    static String valueName() {
        return "a JDBC URL (jdbc:postgresql://HOST:5432/DATABASE?user=USER)";
    }
}
