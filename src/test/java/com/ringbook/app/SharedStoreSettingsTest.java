package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import com.ringbook.ui.settings.SharedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * The shared database chosen in Settings, saved in the desk's data dir: the next start opens the office's
 * PostgreSQL store; the password sits in a file only its owner can read and shows up in no log line or message;
 * the environment still wins over the saved choice.
 */
@ExtendWith(PostgresServerExtension.class)
class SharedStoreSettingsTest {
    private static final String SECRET = "s3cret-Pass!";
    private static final String UNREACHABLE = "jdbc:postgresql://127.0.0.1:1/ringbook?user=desk";

    @TempDir
    Path dataDir;
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Level rootLevel;

    @BeforeEach
    void captureEveryLogLine() {
        rootLevel = root.getLevel();
        root.setLevel(Level.ALL);
        logs.start();
        root.addAppender(logs);
    }

    @AfterEach
    void restore() {
        root.detachAppender(logs);
        root.setLevel(rootLevel);
    }

    private SharedDatabaseOnDisk card(Map<String, String> env) {
        return new SharedDatabaseOnDisk(dataDir, env, SharedStoreChoice.resolve(dataDir, env));
    }

    @Test
    void aSavedChoiceMakesTheNextStartOpenTheSharedDatabaseWithThePasswordKeptForItsOwnerOnly(PostgresServer.Database db)
            throws Exception {
        String url = db.url() + "?user=" + db.user();
        try (Ringbook alone = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            assertThat(alone.engine().engineHolder()).as("this PC's own database: no lock to compete for").isEmpty();
            SharedDatabaseOnDisk card = card(Map.of());
            assertThat(card.test(url, SECRET).join().reach()).isIn(SharedDatabase.Reach.EMPTY, SharedDatabase.Reach.RINGBOOK);
            SharedDatabase.State saved = card.save(new SharedDatabase.Choice(true, url, "Front desk"), Optional.of(SECRET)).join();
            assertThat(saved.saved()).isEqualTo(new SharedDatabase.Choice(true, url, "Front desk"));
            assertThat(saved.passwordSaved()).isTrue();
            assertThat(saved.inUse()).as("the running desk keeps its database until it restarts")
                    .startsWith("This PC's own database (");
        }

        SharedStoreFile file = new SharedStoreFile(dataDir);
        assertThat(Files.getPosixFilePermissions(file.passwordFile())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(file.passwordFile().getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(file.file())).contains("database=postgresql").doesNotContain(SECRET);
        assertThat(SharedStoreChoice.resolve(dataDir, Map.of()).password()).isEqualTo(SECRET);

        try (Ringbook desk = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> desk.engine().engineHolder()
                    .map(h -> h.thisDesk() && h.desk().equals("Front desk")).orElse(false));
            assertThat(SharedDatabaseOnDisk.words(SharedStoreChoice.resolve(dataDir, Map.of()), dataDir))
                    .isEqualTo("The office's shared PostgreSQL database " + url + ", as the desk \"Front desk\".");
            assertThat(desk.engine().status().snapshot().join().engineDesk()).isEqualTo("Engine: Front desk (this desk)");
        }
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM store_info")) {
            r.next();
            assertThat(r.getLong(1)).as("the shared database was opened and prepared").isPositive();
        }
        assertNoLogLineCarries(SECRET);
    }

    @Test
    void anUnreachableSavedChoiceSaysHowToStartOnThisPcAndNeverShowsThePassword() throws Exception {
        card(Map.of()).save(new SharedDatabase.Choice(true, UNREACHABLE, ""), Optional.of(SECRET)).join();

        assertThatThrownBy(() -> Ringbook.open(dataDir, Map.of(), Clock.systemUTC()))
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/ringbook")
                .hasMessageContaining("chosen in Settings > Shared database")
                .hasMessageContaining("delete " + dataDir.resolve(SharedStoreFile.FILE))
                .hasMessageNotContaining(SECRET);
        SharedDatabase.TestResult test = card(Map.of()).test(UNREACHABLE, "").join();
        assertThat(test.reach()).isEqualTo(SharedDatabase.Reach.UNREACHABLE);
        assertThat(test.detail()).doesNotContain(SECRET);

        // Back to this PC only: the password is deleted with the choice, and the desk starts on its own file.
        SharedDatabase.State local = card(Map.of()).save(SharedDatabase.Choice.thisPc(""), Optional.empty()).join();
        assertThat(local.passwordSaved()).isFalse();
        assertThat(new SharedStoreFile(dataDir).passwordFile()).doesNotExist();
        try (Ringbook alone = Ringbook.open(dataDir, Map.of(), Clock.systemUTC())) {
            assertThat(alone.engine().engineHolder()).isEmpty();
        }
        assertNoLogLineCarries(SECRET);
    }

    @Test
    void theEnvironmentWinsOverTheSavedChoiceAndTheCardSaysSoAndSavesNothing(PostgresServer.Database db) {
        card(Map.of()).save(new SharedDatabase.Choice(true, UNREACHABLE, "Saved name"), Optional.of(SECRET)).join();
        Map<String, String> env = Map.of(SharedStoreChoice.URL_ENV, db.url() + "?user=" + db.user(),
                SharedStoreChoice.DESK_ENV, "Back office");
        try (Ringbook desk = Ringbook.open(dataDir, env, Clock.systemUTC())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> desk.engine().engineHolder()
                    .map(h -> h.desk().equals("Back office")).orElse(false));
            SharedDatabase.State state = card(env).state().join();
            assertThat(state.environment()).hasValueSatisfying(words -> assertThat(words)
                    .startsWith("The environment decides: RINGBOOK_DATABASE_URL is set"));
            assertThat(state.saved()).isEqualTo(new SharedDatabase.Choice(true, db.url() + "?user=" + db.user(), "Back office"));
            assertThat(state.inUse()).endsWith("as the desk \"Back office\" (set by RINGBOOK_DATABASE_URL).");
            assertThatThrownBy(() -> card(env).save(SharedDatabase.Choice.thisPc(""), Optional.empty()).join())
                    .hasMessageContaining("Nothing was saved: RINGBOOK_DATABASE_URL decides for this run.");
        }
        assertThat(new SharedStoreFile(dataDir).read().url()).as("the saved choice is untouched").isEqualTo(UNREACHABLE);
    }

    private void assertNoLogLineCarries(String secret) {
        assertThat(logs.list).isNotEmpty();
        for (ILoggingEvent e : logs.list) {
            assertThat(e.getFormattedMessage()).doesNotContain(secret);
            if (e.getThrowableProxy() != null) {
                assertThat(ThrowableProxyUtil.asString(e.getThrowableProxy())).doesNotContain(secret);
            }
        }
    }
}
