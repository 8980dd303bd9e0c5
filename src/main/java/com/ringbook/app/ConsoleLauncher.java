package com.ringbook.app;

import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.settings.Installation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import javafx.scene.control.Alert;

/**
 * Starts the FX toolkit on top of a running engine and, once the user quits, stops the toolkit and then
 * the engine. Hiding the window stops neither. A second launch on the same data dir brings the running
 * window forward and ends; a restore restarts the engine on the restored data in the same window.
 */
final class ConsoleLauncher {
    /**
     * JavaFX warns on every start that it was loaded from the class path; that is how Ringbook ships
     * (java -jar and the installers), so the warning says nothing a user can act on. Held here because
     * java.util.logging keeps loggers only weakly.
     */
    private static final Logger FX_STARTUP_LOG = Logger.getLogger("javafx");
    /** How long a launch that finds the data dir locked keeps knocking: the first may still be starting. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(10);

    private ConsoleLauncher() {
    }

    static int run(Path dataDir, Map<String, String> env, PrintStream out) {
        if (InstanceDoor.knock(dataDir)) {
            out.println("Ringbook is already open on " + dataDir + ": its window is brought forward.");
            return 0;
        }
        FxThread fx = new FxThread();
        Ringbook first;
        try {
            first = Ringbook.open(dataDir, env, Clock.systemUTC());
        } catch (DataDirLock.HeldElsewhere e) {
            if (knockWhileItStarts(dataDir)) {
                out.println("Ringbook is already open on " + dataDir + ": its window is brought forward.");
                return 0;
            }
            return startupFailed(fx, e);
        } catch (RuntimeException e) {
            return startupFailed(fx, e);
        }
        AtomicReference<Ringbook> current = new AtomicReference<>(first);
        // Logging off or shutting down the PC ends the process without closing the window: close cleanly then too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> current.get().close(), "shutdown"));
        LauncherDesktop desktop = new LauncherDesktop(fx);
        first.onRestore(desktop::restore);
        InstanceDoor door = InstanceDoor.open(dataDir, desktop::bringForward);
        // Set by the tray's thread when the desktop has a tray, for the launcher to take it away at the end.
        AtomicReference<DesktopTray> trayRef = new AtomicReference<>();
        // Only that one notice: JavaFX's other warnings (a CSS mistake, say) still reach the log.
        FX_STARTUP_LOG.setFilter(notice -> notice.getMessage() == null
                || !notice.getMessage().startsWith("Unsupported JavaFX configuration"));
        fx.start(() -> {
            desktop.show(first, installation(first));
            // The tray is looked for once the window is up, off the FX thread: AWT takes a while to load.
            Thread tray = new Thread(() -> installTray(desktop, current, trayRef), "tray");
            tray.setDaemon(true);
            tray.start();
        });
        try {
            while (desktop.next() instanceof LauncherDesktop.Restore restore) {
                current.set(DatabaseRestore.restart(current.get(), restore, env, fx, desktop));
                current.get().onRestore(desktop::restore);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Optional.ofNullable(trayRef.get()).ifPresent(DesktopTray::close);
        door.close();
        fx.exit();
        current.get().close();
        return 0;
    }

    private static void installTray(LauncherDesktop desktop, AtomicReference<Ringbook> current,
                                    AtomicReference<DesktopTray> into) {
        DesktopTray.install(new DesktopTray.Actions() {
            @Override
            public void open() {
                desktop.bringForward();
            }

            @Override
            public boolean pauseTexting(boolean pause) {
                return current.get().engine().pauseTexting(pause);
            }

            @Override
            public void quit() {
                desktop.quitFromOutside();
            }
        }).ifPresent(tray -> {
            into.set(tray);
            desktop.trayInstalled();
        });
    }

    static Installation installation(Ringbook ringbook) {
        return new Installation(ringbook.backups(), AboutFactsOf.run(ringbook.dataDir()));
    }

    private static boolean knockWhileItStarts(Path dataDir) {
        Instant until = Instant.now().plus(WAIT_FOR_FIRST);
        while (Instant.now().isBefore(until)) {
            if (InstanceDoor.knock(dataDir)) {
                return true;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    private static int startupFailed(FxThread fx, RuntimeException e) {
        System.err.println("ringbook: " + e.getMessage());
        showStartupError(fx, e.getMessage());
        return 1;
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
