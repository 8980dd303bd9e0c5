package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.store.postgres.PostgresServer;
import com.ringbook.store.postgres.PostgresServerExtension;
import com.ringbook.ui.TestDesktop;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.common.Ui;
import com.ringbook.ui.settings.SharedDatabase;
import com.ringbook.ui.shell.ConsoleWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Settings → Shared database in the real console on this desk's data dir, with a real PostgreSQL: choosing the
 * office's database, testing it and saving it for the next start; a URL that is not PostgreSQL's saves nothing;
 * and with RINGBOOK_DATABASE_URL set the card is read-only and says the environment decides.
 */
@ExtendWith({ApplicationExtension.class, PostgresServerExtension.class})
class SharedDatabaseCardTest {
    private static final String SECRET = "s3cret-Pass!";

    @TempDir
    Path dataDir;
    private Ringbook ringbook;
    private ConsoleWindow window;
    /** The card's data dir and environment: set by a test before it opens Settings, where the card reads it. */
    private final AtomicReference<SharedDatabase> onDisk = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC());
        onDisk.set(new SharedDatabaseOnDisk(dataDir, Map.of(), SharedStoreChoice.resolve(dataDir, Map.of())));
        SharedDatabase card = new SharedDatabase() {
            @Override
            public CompletableFuture<State> state() {
                return onDisk.get().state();
            }

            @Override
            public CompletableFuture<TestResult> test(String url, String password) {
                return onDisk.get().test(url, password);
            }

            @Override
            public CompletableFuture<State> save(Choice choice, Optional<String> newPassword) {
                return onDisk.get().save(choice, newPassword);
            }
        };
        window = new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), new FxThread(), new TestDesktop(() -> ringbook.close()).with(card));
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(window::quit);
        FxToolkit.cleanupStages();
        ringbook.close();
    }

    @Test
    void choosingTestingAndSavingTheOfficesDatabaseTakesEffectAtTheNextStart(FxRobot robot, PostgresServer.Database db) {
        openCard(robot);
        assertThat(text(robot, "#sharedDbInUse")).isEqualTo("This PC's own database (" + dataDir.resolve("ringbook.db") + ").");
        assertThat(robot.lookup("#sharedDbThisPc").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(Ui.showing(robot.lookup("#sharedDbUrl").query())).as("no URL for this PC only").isFalse();

        robot.interact(robot.lookup("#sharedDbShared").queryAs(RadioButton.class)::fire);
        await().atMost(Duration.ofSeconds(5)).until(() -> Ui.showing(robot.lookup("#sharedDbUrl").query()));
        type(robot, "#sharedDbUrl", db.url() + "?user=" + db.user());
        type(robot, "#sharedDbPassword", SECRET);
        type(robot, "#sharedDbDeskName", "Front desk");

        robot.interact(robot.lookup("#sharedDbTest").queryAs(Button.class)::fire);
        await().atMost(Duration.ofSeconds(15)).until(() -> text(robot, "#sharedDbOutcome").startsWith("Reached and logged in."));
        assertThat(text(robot, "#sharedDbOutcome")).contains("The database is empty");

        robot.interact(robot.lookup("#sharedDbSave").queryAs(Button.class)::fire);
        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#sharedDbOutcome")
                .equals("Saved. Restart Ringbook to switch to the shared database."));
        assertThat(robot.lookup("#sharedDbPassword").queryAs(PasswordField.class).getText()).isEmpty();
        assertThat(text(robot, "#sharedDbPasswordNote")).startsWith("A password is saved (never shown).");
        assertThat(text(robot, "#sharedDbInUse")).as("this run keeps its database").startsWith("This PC's own database");
        assertThat(SharedStoreChoice.resolve(dataDir, Map.of()))
                .isEqualTo(new SharedStoreChoice.Target(true, db.url() + "?user=" + db.user(), SECRET, "Front desk",
                        SharedStoreChoice.Source.SETTINGS));
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).noneMatch(l -> l.getText() != null && l.getText().contains(SECRET));
    }

    @Test
    void aUrlThatIsNotPostgresIsNamedAndNothingIsSaved(FxRobot robot) {
        openCard(robot);
        robot.interact(robot.lookup("#sharedDbShared").queryAs(RadioButton.class)::fire);
        await().atMost(Duration.ofSeconds(5)).until(() -> Ui.showing(robot.lookup("#sharedDbUrl").query()));
        type(robot, "#sharedDbUrl", "officeserver/ringbook");
        type(robot, "#sharedDbPassword", SECRET);

        robot.interact(robot.lookup("#sharedDbSave").queryAs(Button.class)::fire);

        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#sharedDbOutcome")
                .startsWith("\"officeserver/ringbook\" is not a PostgreSQL JDBC URL"));
        assertThat(robot.lookup("#sharedDbOutcome").queryAs(Label.class).getStyleClass()).contains("field-problem");
        assertThat(dataDir.resolve(SharedStoreFile.FILE)).doesNotExist();
        assertThat(new SharedStoreFile(dataDir).passwordFile()).doesNotExist();
    }

    @Test
    void withTheEnvironmentSetTheCardShowsItDecidesAndCannotBeChanged(FxRobot robot, PostgresServer.Database db) {
        Map<String, String> env = Map.of(SharedStoreChoice.URL_ENV, db.url() + "?user=" + db.user());
        onDisk.set(new SharedDatabaseOnDisk(dataDir, env, SharedStoreChoice.resolve(dataDir, env)));

        openCard(robot);

        await().atMost(Duration.ofSeconds(5)).until(() -> text(robot, "#sharedDbEnvironment")
                .startsWith("The environment decides: RINGBOOK_DATABASE_URL is set"));
        assertThat(text(robot, "#sharedDbInUse")).startsWith("The office's shared PostgreSQL database " + db.url());
        assertThat(robot.lookup("#sharedDbShared").queryAs(RadioButton.class).isSelected()).isTrue();
        TextField url = robot.lookup("#sharedDbUrl").queryAs(TextField.class);
        assertThat(url.getText()).isEqualTo(db.url() + "?user=" + db.user());
        assertThat(url.isEditable()).isFalse();
        assertThat(robot.lookup("#sharedDbSave").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#sharedDbTest").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#sharedDbThisPc").queryAs(RadioButton.class).isDisabled()).isTrue();
    }

    private static void openCard(FxRobot robot) {
        robot.clickOn("#navSettings");
        await().atMost(Duration.ofSeconds(5)).until(() -> robot.lookup("#sharedDbInUse").tryQuery()
                .map(n -> !((Label) n).getText().isEmpty()).orElse(false));
    }

    /** Types into a field as a user would: focus it, then the keys. */
    private static void type(FxRobot robot, String id, String text) {
        Node field = robot.lookup(id).query();
        robot.interact(field::requestFocus);
        robot.write(text);
        await().atMost(Duration.ofSeconds(5)).until(() -> text.equals(((TextField) field).getText()));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }
}
