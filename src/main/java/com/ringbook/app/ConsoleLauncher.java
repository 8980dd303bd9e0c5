package com.ringbook.app;

import com.ringbook.engine.Engine;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.Subscription;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.settings.StartAtLogin;
import com.ringbook.ui.settings.Installation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    /**
     * How long a start at sign-in waits for the desktop's tray before opening its window instead: the
     * session's autostart entries and its panel start together, in no set order.
     */
    private static final Duration WAIT_FOR_TRAY = Duration.ofSeconds(15);

    private ConsoleLauncher() {
    }

    static int run(Path dataDir, Map<String, String> env, PrintStream out) {
        return run(dataDir, env, out, false);
    }

    /** @param background open in the tray with the window hidden, when the desktop has a tray (at sign-in) */
    static int run(Path dataDir, Map<String, String> env, PrintStream out, boolean background) {
        if (InstanceDoor.knock(dataDir)) {
            out.println("Ringbook is already open on " + dataDir + ": its window is brought forward.");
            return 0;
        }
        if (heldElsewhere(dataDir)) {
            if (knockWhileItStarts(dataDir)) {
                out.println("Ringbook is already open on " + dataDir + ": its window is brought forward.");
                return 0;
            }
        }
        FxThread fx = new FxThread();
        // The engine opens (database, migrations, carrier) while the toolkit starts: on a two-core
        // office PC the two take about as long as each other, so the window shows up to a second sooner.
        CompletableFuture<Ringbook> opening = new CompletableFuture<>();
        Thread opener = new Thread(() -> {
            try {
                opening.complete(Ringbook.open(dataDir, env, Clock.systemUTC()));
            } catch (RuntimeException | Error e) {
                opening.completeExceptionally(e);
            }
        }, "open-engine");
        opener.start();
        boolean toolkit = startToolkit(fx);
        Ringbook first;
        try {
            first = opening.join();
        } catch (CompletionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
            if (cause instanceof DataDirLock.HeldElsewhere && knockWhileItStarts(dataDir)) {
                out.println("Ringbook is already open on " + dataDir + ": its window is brought forward.");
                return 0;
            }
            return startupFailed(fx, toolkit, cause);
        }
        if (!toolkit) {
            first.close();
            System.err.println("ringbook: no display to open the console on (for a PC without one: ringbook service)");
            return 1;
        }
        AtomicReference<Ringbook> current = new AtomicReference<>(first);
        LauncherDesktop desktop = new LauncherDesktop(fx);
        first.onRestore(desktop::restore);
        InstanceDoor door = InstanceDoor.open(dataDir, desktop::bringForward);
        // Logging off or shutting down the PC ends the process without closing the window: close cleanly then too.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            door.close();
            current.get().close();
        }, "shutdown"));
        // Set by the tray's thread when the desktop has a tray, for the launcher to take it away at the end.
        AtomicReference<DesktopTray> trayRef = new AtomicReference<>();
        desktop.startAtLogin(startAtLogin(dataDir, env));
        desktop.sharedDatabase(new SharedDatabaseOnDisk(dataDir, env, SharedStoreChoice.resolve(dataDir, env)));
        // The tray's menu follows the engine's pause, whoever paused it; a restore brings a new engine to follow.
        AtomicReference<Subscription> following = new AtomicReference<>();
        if (background) {
            // At sign-in: hidden in the tray if there is one, else the window as usual (nothing else would show it).
            Thread tray = new Thread(() -> {
                installTray(desktop, current, trayRef, following, WAIT_FOR_TRAY);
                boolean hidden = trayRef.get() != null;
                fx.run(() -> desktop.show(first, installation(first), !hidden));
            }, "tray");
            tray.setDaemon(true);
            tray.start();
        } else {
            fx.run(() -> {
                desktop.show(first, installation(first));
                // The tray is looked for once the window is up, off the FX thread: AWT takes a while to load.
                Thread tray = new Thread(() -> installTray(desktop, current, trayRef, following, Duration.ZERO), "tray");
                tray.setDaemon(true);
                tray.start();
            });
        }
        try {
            while (desktop.next() instanceof LauncherDesktop.Restore restore) {
                current.set(DatabaseRestore.restart(current.get(), restore, env, fx, desktop));
                current.get().onRestore(desktop::restore);
                Optional.ofNullable(trayRef.get()).ifPresent(tray -> follow(tray, current.get(), following));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Optional.ofNullable(following.get()).ifPresent(Subscription::close);
        Optional.ofNullable(trayRef.get()).ifPresent(DesktopTray::close);
        door.close();
        fx.exit();
        current.get().close();
        return 0;
    }

    /** This PC's sign-in entry, opening this same Ringbook (launcher, data folder) in the tray. */
    private static StartAtLogin startAtLogin(Path dataDir, Map<String, String> env) {
        String os = System.getProperty("os.name", "");
        String home = System.getProperty("user.home");
        boolean defaultDataDir = dataDir.equals(DataDir.defaultFor(env, os, home).toAbsolutePath());
        return new StartAtLoginOnDisk(StartAtLoginOnDisk.entryFor(os, env, Path.of(home),
                LaunchCommand.forThisRun(dataDir, defaultDataDir), new ProcessRunner()));
    }

    private static void follow(DesktopTray tray, Ringbook ringbook, AtomicReference<Subscription> following) {
        Engine engine = ringbook.engine();
        Subscription next = engine.events().subscribe(event -> {
            if (event instanceof EngineEvent.StatusChanged) {
                tray.showPaused(engine.textingPaused());
            }
        });
        Optional.ofNullable(following.getAndSet(next)).ifPresent(Subscription::close);
        tray.showPaused(engine.textingPaused());
    }

    private static void installTray(LauncherDesktop desktop, AtomicReference<Ringbook> current,
                                    AtomicReference<DesktopTray> into, AtomicReference<Subscription> following,
                                    Duration waitForTray) {
        DesktopTray.install(new DesktopTray.Actions() {
            @Override
            public void open() {
                desktop.bringForward();
            }

            @Override
            public boolean textingPaused() {
                return current.get().engine().textingPaused();
            }

            @Override
            public boolean pauseTexting(boolean pause) {
                return current.get().engine().pauseTexting(pause);
            }

            @Override
            public void quit() {
                desktop.quitFromOutside();
            }
        }, waitForTray).ifPresent(tray -> {
            into.set(tray);
            desktop.trayInstalled();
            follow(tray, current.get(), following);
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

    /**
     * Whether another process holds the data dir: checked before the toolkit starts, so a launch that
     * will hand over to a console still starting never opens a window of its own.
     */
    private static boolean heldElsewhere(Path dataDir) {
        try {
            java.nio.file.Files.createDirectories(dataDir);
            DataDirLock.acquire(dataDir).close();
            return false;
        } catch (DataDirLock.HeldElsewhere e) {
            return true;
        } catch (RuntimeException | java.io.IOException e) {
            // Ringbook.open names the problem in a moment.
            return false;
        }
    }

    /** Starts the FX toolkit; false when there is no display to start it on. */
    private static boolean startToolkit(FxThread fx) {
        // Only that one notice: JavaFX's other warnings (a CSS mistake, say) still reach the log.
        FX_STARTUP_LOG.setFilter(notice -> notice.getMessage() == null
                || !notice.getMessage().startsWith("Unsupported JavaFX configuration"));
        try {
            fx.start(() -> { });
            return true;
        } catch (RuntimeException | UnsatisfiedLinkError noDisplay) {
            return false;
        }
    }

    private static int startupFailed(FxThread fx, boolean toolkit, RuntimeException e) {
        System.err.println("ringbook: " + e.getMessage());
        if (toolkit) {
            showStartupError(fx, e.getMessage());
        }
        return 1;
    }

    private static void showStartupError(FxThread fx, String message) {
        CountDownLatch shown = new CountDownLatch(1);
        fx.run(() -> {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            alert.setTitle("Ringbook");
            alert.setHeaderText("Ringbook could not start");
            alert.showAndWait();
            shown.countDown();
        });
        try {
            shown.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        fx.exit();
    }
}
