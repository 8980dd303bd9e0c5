package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.backup.api.BackupFile;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backing up the live database and putting a backup back gives the office exactly the data it backed up. */
class BackupRestoreTest {
    private static final String FIRST = "(206) 555-0181";
    private static final String LATER = "(206) 555-0182";

    @TempDir
    Path dataDir;
    @TempDir
    Path elsewhere;

    @Test
    void aRestoredBackupHoldsExactlyTheDataThatWasBackedUpAndTheEngineRunsOnIt() throws Exception {
        BackupFile backup;
        try (Ringbook ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            Simulation phone = ringbook.engine().simulation().orElseThrow();
            phone.ringAndMiss(FIRST).join();
            awaitTextBack(phone, FIRST);
            phone.customerTexts(FIRST, "Kitchen sink is leaking").join();
            await().atMost(Duration.ofSeconds(10)).until(() -> threads(ringbook) == 1 && messages(ringbook) >= 2);

            backup = ringbook.backups().backupNow().join();

            assertThat(backup.path().getParent()).isEqualTo(dataDir.resolve("backups"));
            assertThat(ringbook.backups().list().join()).containsExactly(backup);
            // The office goes on after the backup: a second caller.
            phone.ringAndMiss(LATER).join();
            awaitTextBack(phone, LATER);
            await().atMost(Duration.ofSeconds(10)).until(() -> threads(ringbook) == 2);
        }
        var backedUp = DatabaseDump.of(backup.path());
        assertThat(backedUp.get("threads")).hasSize(1);

        DatabaseRestore.replace(backup.path(), dataDir);

        assertThat(DatabaseDump.of(dataDir.resolve("ringbook.db"))).isEqualTo(backedUp);
        try (Ringbook restored = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            assertThat(threads(restored)).isEqualTo(1);
            assertThat(restored.engine().status().snapshot().join().engineState().name()).isEqualTo("RUNNING");
        }
    }

    @Test
    void restoreChecksTheFileFirstAndHandsAGoodOneToTheRestarterWithAPlaceToKeepTodaysData() throws Exception {
        try (Ringbook ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            AtomicReference<Path[]> asked = new AtomicReference<>();
            ringbook.onRestore((backup, keep) -> asked.set(new Path[] {backup, keep}));
            Path notADatabase = Files.writeString(elsewhere.resolve("notes.db"), "milk, eggs");
            Path foreign = elsewhere.resolve("other.db");
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + foreign)) {
                c.createStatement().execute("CREATE TABLE recipes (name TEXT)");
            }

            assertThatThrownBy(() -> ringbook.backups().restore(notADatabase).join())
                    .isInstanceOf(CompletionException.class).hasCauseInstanceOf(RequestRefused.class)
                    .hasMessageContaining("not a Ringbook database");
            assertThatThrownBy(() -> ringbook.backups().restore(foreign).join())
                    .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining("not a Ringbook database");
            assertThatThrownBy(() -> ringbook.backups().restore(elsewhere.resolve("missing.db")).join())
                    .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining("There is no file");
            assertThat(asked.get()).isNull();

            BackupFile good = ringbook.backups().backupNow().join();
            ringbook.backups().restore(good.path()).join();

            assertThat(asked.get()[0]).isEqualTo(good.path());
            assertThat(asked.get()[1].getParent()).isEqualTo(dataDir.resolve("backups"));
            assertThat(asked.get()[1].getFileName().toString()).startsWith("before-restore-");
        }
    }

    @Test
    void aBackupFromANewerRingbookIsRefused() throws Exception {
        try (Ringbook ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            Path newer = ringbook.backups().backupNow().join().path();
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + newer)) {
                c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, "
                        + "type, script, checksum, installed_by, installed_on, execution_time, success) VALUES "
                        + "(999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, '', '2030-01-01 00:00:00.000', 1, 1)");
            }

            assertThatThrownBy(() -> ringbook.backups().restore(newer).join())
                    .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining("newer Ringbook");
        }
    }

    private static void awaitTextBack(Simulation phone, String caller) {
        await().atMost(Duration.ofSeconds(10)).until(() -> phone.phoneConversation(caller).join().stream()
                .anyMatch(Simulation.PhoneText::fromBusiness));
    }

    private static long threads(Ringbook ringbook) throws Exception {
        return count(ringbook.dataDir(), "threads");
    }

    private static long messages(Ringbook ringbook) throws Exception {
        return count(ringbook.dataDir(), "messages");
    }

    private static long count(Path dataDir, String table) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("ringbook.db"));
             var r = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            r.next();
            return r.getLong(1);
        }
    }
}
