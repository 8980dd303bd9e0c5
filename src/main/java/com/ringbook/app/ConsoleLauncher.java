package com.ringbook.app;

import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.shell.ConsoleWindow;
import com.ringbook.ui.shell.DesktopLifecycle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Logger;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/**
 * Starts the FX toolkit on top of a running engine and, once the user quits, stops the toolkit and then
 * the engine. Hiding the window stops neither.
 */
final class ConsoleLauncher {
    /**
     * JavaFX warns on every start that it was loaded from the class path; that is how Ringbook ships
     * (java -jar and the installers), so the warning says nothing a user can act on. Held here because
     * java.util.logging keeps loggers only weakly.
     */
    private static final Logger FX_STARTUP_LOG = Logger.getLogger("javafx");

    private ConsoleLauncher() {
    }

    static int run(Path dataDir, Map<String, String> env) {
        FxThread fx = new FxThread();
        Ringbook ringbook;
        try {
            ringbook = Ringbook.open(dataDir, env, Clock.systemUTC());
        } catch (RuntimeException e) {
            System.err.println("ringbook: " + e.getMessage());
            showStartupError(fx, e.getMessage());
            return 1;
        }
        // Logging off or shutting down the PC ends the process without closing the window: close cleanly then too.
        Runtime.getRuntime().addShutdownHook(new Thread(ringbook::close, "shutdown"));
        QuitSignal desktop = new QuitSignal();
        // Only that one notice: JavaFX's other warnings (a CSS mistake, say) still reach the log.
        FX_STARTUP_LOG.setFilter(notice -> notice.getMessage() == null
                || !notice.getMessage().startsWith("Unsupported JavaFX configuration"));
        fx.start(() -> {
            // The toolkit outlives a hidden window: only quitting ends the run.
            fx.keepRunningWithoutWindows();
            new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), fx, desktop).show(new Stage());
        });
        desktop.awaitQuit();
        fx.exit();
        ringbook.close();
        return 0;
    }

    /** The desktop as it is today: no tray, so closing the window quits; the run ends once quit is asked. */
    private static final class QuitSignal implements DesktopLifecycle {
        private final CountDownLatch quit = new CountDownLatch(1);

        @Override
        public boolean hasTray() {
            return false;
        }

        @Override
        public void quit() {
            quit.countDown();
        }

        void awaitQuit() {
            try {
                quit.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void showStartupError(FxThread fx, String message) {
        CountDownLatch shown = new CountDownLatch(1);
        try {
            fx.start(() -> {
                Alert alert = new Alert(Alert.AlertType.ERROR, message);
                alert.setTitle("Ringbook");
                alert.setHeaderText("Ringbook could not start");
                alert.showAndWait();
                shown.countDown();
            });
            shown.await();
            fx.exit();
        } catch (RuntimeException | InterruptedException noDisplay) {
            // No display: the message already went to stderr.
        }
    }
}
