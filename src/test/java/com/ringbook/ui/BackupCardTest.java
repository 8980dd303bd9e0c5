package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.app.Ringbook;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.settings.AboutFacts;
import com.ringbook.ui.settings.Installation;
import com.ringbook.ui.shell.ConsoleWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
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

/** Settings → Backups in the installed console: Back up now makes a backup the card then shows; About says where things are. */
@ExtendWith(ApplicationExtension.class)
class BackupCardTest {
    @TempDir
    Path dataDir;
    private Ringbook ringbook;
    private ConsoleWindow window;

    @Start
    void start(Stage stage) {
        ringbook = Ringbook.open(dataDir, Map.of(), Clock.systemUTC());
        AboutFacts about = new AboutFacts("9.9.9", dataDir, dataDir.resolve("logs"), List.of("SQLite — public domain"));
        window = new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), new FxThread(), new TestDesktop(() -> ringbook.close()).with(new Installation(ringbook.backups(), about)));
        window.show(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.setupFixture(window::quit);
        FxToolkit.cleanupStages();
        ringbook.close();
    }

    @Test
    void backUpNowMakesABackupInTheDataFolderAndTheCardSaysSo(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        await("the backups card", () -> robot.lookup("#backupSummary").tryQuery().isPresent());
        assertThat(robot.lookup("#backupSummary").queryAs(Label.class).getText()).startsWith("No backup yet");

        robot.interact(() -> robot.lookup("#backupNow").queryButton().fire());

        await("the outcome", () -> robot.lookup("#backupOutcome").queryAs(Label.class).getText().startsWith("Backed up to"));
        await("the newest backup", () -> robot.lookup("#backupSummary").queryAs(Label.class).getText().startsWith("Newest:"));
        try (var files = Files.list(dataDir.resolve("backups"))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList())
                    .singleElement().satisfies(name -> assertThat(name).startsWith("ringbook-").endsWith(".db"));
        }
    }

    @Test
    void aboutShowsTheVersionTheFoldersAndTheLicences(FxRobot robot) {
        robot.clickOn("#navSettings");
        await("the backups card", () -> robot.lookup("#aboutOpen").tryQuery().isPresent());

        robot.interact(() -> robot.lookup("#aboutOpen").queryButton().fire());

        await("the about box", () -> robot.lookup("#aboutBox").tryQuery().isPresent());
        assertThat(robot.lookup("#aboutDataFolder").queryAs(TextField.class).getText()).isEqualTo(dataDir.toString());
        assertThat(robot.lookup("#aboutLogFolder").queryAs(TextField.class).getText())
                .isEqualTo(dataDir.resolve("logs").toString());
        assertThat(robot.lookup("#aboutLicences").queryAs(javafx.scene.control.TextArea.class).getText())
                .contains("SQLite — public domain");
    }
}
