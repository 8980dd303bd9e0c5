package com.ringbook.app;

import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.settings.Installation;
import com.ringbook.ui.settings.SharedDatabase;
import com.ringbook.ui.settings.StartAtLogin;
import com.ringbook.ui.shell.ConsoleStage;
import com.ringbook.ui.shell.ConsoleWindow;
import com.ringbook.ui.shell.DesktopLifecycle;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import javafx.stage.Stage;

/**
 * The desktop as the console's launcher gives it: one window, kept across a restore; the tray once one
 * is found; and the requests that end or restart the run, which the launcher's own thread carries out
 * (never the FX thread, which must keep drawing, nor the backups' thread, which a restart stops).
 */
final class LauncherDesktop implements DesktopLifecycle {
    /** What the launcher is asked to do next. */
    sealed interface Request permits Quit, Restore {
    }

    record Quit() implements Request {
    }

    record Restore(Path backup, Path keepCurrent) implements Request {
    }

    private final FxThread fx;
    private final BlockingQueue<Request> requests = new LinkedBlockingQueue<>();
    private volatile boolean tray;
    private volatile boolean restarting;
    private volatile Installation installation;
    private volatile StartAtLogin startAtLogin;
    private volatile SharedDatabase sharedDatabase;
    /** Only touched on the FX thread. */
    private Stage stage;
    private ConsoleWindow window;

    LauncherDesktop(FxThread fx) {
        this.fx = fx;
    }

    /** On the FX thread: the console on {@code ringbook}, in the window Ringbook keeps for its whole run. */
    void show(Ringbook ringbook, Installation installation) {
        show(ringbook, installation, true);
    }

    /** As {@link #show(Ringbook, Installation)}; when not {@code visible} the window waits hidden for the tray's Open. */
    void show(Ringbook ringbook, Installation installation, boolean visible) {
        this.installation = installation;
        if (stage == null) {
            stage = new Stage();
            ConsoleStage.dress(stage);
        }
        window = new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), fx, this);
        window.show(stage, visible);
        restarting = false;
    }

    /** On the FX thread: the screens let go of an engine about to be replaced; the run goes on. */
    void closeForRestart() {
        restarting = true;
        // The window hides for a moment between the two engines: the toolkit must outlive that. The
        // run still ends only through quit, which the launcher carries out explicitly.
        fx.keepRunningWithoutWindows();
        if (window != null) {
            window.quit();
        }
    }

    /** From any thread: the window shown, un-minimised and in front. */
    void bringForward() {
        fx.run(() -> {
            if (stage != null) {
                ConsoleStage.bringForward(stage);
            }
        });
    }

    /** From any thread: ends the run as the window's Quit does. */
    void quitFromOutside() {
        fx.run(() -> {
            if (window != null) {
                window.quit();
            } else {
                quit();
            }
        });
    }

    /** A tray icon now keeps Ringbook within reach, so closing the window only hides it. */
    void trayInstalled() {
        tray = true;
        fx.keepRunningWithoutWindows();
    }

    /** The sign-in entry the Settings switch works on; set by the composition root before the window shows. */
    void startAtLogin(StartAtLogin entry) {
        this.startAtLogin = entry;
    }

    /** The shared database choice the Settings card works on; set by the composition root before the window shows. */
    void sharedDatabase(SharedDatabase choice) {
        this.sharedDatabase = choice;
    }

    void restore(Path backup, Path keepCurrent) {
        requests.add(new Restore(backup, keepCurrent));
    }

    /** Waits for the next request. */
    Request next() throws InterruptedException {
        return requests.take();
    }

    @Override
    public boolean hasTray() {
        return tray;
    }

    @Override
    public void quit() {
        if (!restarting) {
            requests.add(new Quit());
        }
    }

    @Override
    public Optional<Installation> installation() {
        return Optional.ofNullable(installation);
    }

    @Override
    public Optional<StartAtLogin> startAtLogin() {
        return Optional.ofNullable(startAtLogin);
    }

    @Override
    public Optional<SharedDatabase> sharedDatabase() {
        return Optional.ofNullable(sharedDatabase);
    }
}
