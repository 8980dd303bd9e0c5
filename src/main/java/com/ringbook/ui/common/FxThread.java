package com.ringbook.ui.common;

import javafx.application.ConditionalFeature;
import javafx.application.Platform;

/**
 * The JavaFX application thread, and the only class that talks to {@link Platform}: it runs the
 * console's UI work and starts and stops the toolkit for the launcher.
 */
public final class FxThread implements UiExecutor {

    @Override
    public void run(Runnable work) {
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
    }

    @Override
    public void later(Runnable work) {
        Platform.runLater(work);
    }

    /** Starts the toolkit and runs {@code first} on its thread; throws when there is no display to start on. */
    public void start(Runnable first) {
        Platform.startup(first);
    }

    /** Keeps the toolkit running while no window shows (a hidden console), until {@link #exit}. */
    public void keepRunningWithoutWindows() {
        Platform.setImplicitExit(false);
    }

    /** Whether the desktop draws see-through windows (a compositing window manager; always on Windows and macOS). */
    public static boolean transparentWindows() {
        return Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW);
    }

    /** Stops the toolkit: every window closes and the FX thread ends. */
    public void exit() {
        Platform.exit();
    }
}
