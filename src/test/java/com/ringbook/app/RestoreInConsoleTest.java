package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.backup.api.BackupFile;
import com.ringbook.engine.api.Simulation;
import com.ringbook.ui.common.FxThread;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Restore from the running console: today's data kept, the engine restarted on the backup, in the same window. */
@ExtendWith(ApplicationExtension.class)
class RestoreInConsoleTest {
    @TempDir
    Path dataDir;

    @Start
    void start(Stage primary) {
        // The launcher makes its own window; TestFX only needs its toolkit.
    }

    @Test
    void restoringRestartsTheEngineOnTheBackupInTheSameWindowAndKeepsTodaysData(FxRobot robot) throws Exception {
        FxThread fx = new FxThread();
        LauncherDesktop desktop = new LauncherDesktop(fx);
        Ringbook running = Ringbook.open(dataDir, Map.of(), Clock.systemUTC());
        running.onRestore(desktop::restore);
        Simulation phone = running.engine().simulation().orElseThrow();
        phone.ringAndMiss("(206) 555-0171").join();
        await().atMost(Duration.ofSeconds(10)).until(() -> threads(dataDir) == 1);
        BackupFile backup = running.backups().backupNow().join();
        phone.ringAndMiss("(206) 555-0172").join();
        await().atMost(Duration.ofSeconds(10)).until(() -> threads(dataDir) == 2);
        robot.interact(() -> desktop.show(running, ConsoleLauncher.installation(running)));
        Window window = robot.lookup("#navInbox").query().getScene().getWindow();
        assertThat(((Stage) window).getIcons()).as("the window's icon").hasSize(1);

        running.backups().restore(backup.path()).join();
        LauncherDesktop.Restore restore = (LauncherDesktop.Restore) desktop.next();
        Ringbook restarted = DatabaseRestore.restart(running, restore, Map.of(), fx, desktop);
        try {
            assertThat(threads(dataDir)).isEqualTo(1);
            assertThat(Files.exists(restore.keepCurrent())).isTrue();
            assertThat(threads(restore.keepCurrent().getParent(), restore.keepCurrent().getFileName().toString()))
                    .isEqualTo(2);
            assertThat(restarted.engine().status().snapshot().join().engineState().name()).isEqualTo("RUNNING");
            await().atMost(Duration.ofSeconds(10)).until(() -> window.isShowing()
                    && robot.lookup("#navInbox").query().getScene().getWindow() == window);
        } finally {
            robot.interact(desktop::quitFromOutside);
            assertThat(desktop.next()).isInstanceOf(LauncherDesktop.Quit.class);
            restarted.close();
        }
    }

    private static long threads(Path dataDir) throws Exception {
        return threads(dataDir, "ringbook.db");
    }

    private static long threads(Path dir, String file) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(file));
             var r = c.createStatement().executeQuery("SELECT count(*) FROM threads")) {
            r.next();
            return r.getLong(1);
        }
    }
}
