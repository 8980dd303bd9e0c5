package com.ringbook.ui.shell;

import com.ringbook.ui.settings.Installation;
import com.ringbook.ui.settings.SharedDatabase;
import com.ringbook.ui.settings.StartAtLogin;
import java.util.Optional;

/**
 * What the desktop around the console offers it: somewhere to live while the window is hidden, and a
 * way to end the run. The launcher provides it; hiding the window and quitting Ringbook are different
 * things, and only {@link #quit} stops the engine.
 */
public interface DesktopLifecycle {

    /** Whether a tray icon keeps Ringbook within reach while its window is hidden (none on a bare X server). */
    boolean hasTray();

    /** Ends Ringbook for good: the launcher stops the FX toolkit, then the engine. */
    void quit();

    /** The installed app's backups and About facts; none for a console a test builds. */
    default Optional<Installation> installation() {
        return Optional.empty();
    }

    /** Opening Ringbook when the user signs in to this PC; none for a console a test builds. */
    default Optional<StartAtLogin> startAtLogin() {
        return Optional.empty();
    }

    /** Which database this desk opens at its next start (this PC's or the office's shared one); none for a test's console. */
    default Optional<SharedDatabase> sharedDatabase() {
        return Optional.empty();
    }
}
