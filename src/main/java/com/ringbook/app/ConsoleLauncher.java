package com.ringbook.app;

import com.ringbook.ui.shell.ConsoleWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** Starts the FX toolkit on top of a running engine, and stops the engine when the window closes. */
final class ConsoleLauncher {

    private ConsoleLauncher() {
    }

    static int run(Path dataDir, Map<String, String> env) {
        Ringbook ringbook;
        try {
            ringbook = Ringbook.open(dataDir, env, Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println("ringbook: " + e.getMessage());
            showStartupError(e.getMessage());
            return 1;
        }
        CountDownLatch closed = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            stage.setOnHidden(e -> closed.countDown());
            new ConsoleWindow(ringbook.engine()).show(stage);
        });
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Platform.exit();
        ringbook.close();
        return 0;
    }

    private static void showStartupError(String message) {
        CountDownLatch shown = new CountDownLatch(1);
        try {
            Platform.startup(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setTitle("Ringbook");
                alert.setHeaderText("Ringbook could not start");
                alert.showAndWait();
                shown.countDown();
            });
            shown.await();
            Platform.exit();
        } catch (RuntimeException | InterruptedException noDisplay) {
            // No display: the message already went to stderr.
        }
    }
}
