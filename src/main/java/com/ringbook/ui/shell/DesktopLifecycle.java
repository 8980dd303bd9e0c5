package com.ringbook.ui.shell;

/**
 * What the desktop around the console offers it: somewhere to live while the window is hidden, and a
 * way to end the run. The launcher provides it; hiding the window and quitting Ringbook are different
 * things, and only {@link #quit} stops the engine.
 */
public interface DesktopLifecycle {

    /** Whether a tray icon keeps Ringbook within reach while its window is hidden. None yet. */
    boolean hasTray();

    /** Ends Ringbook for good: the launcher stops the FX toolkit, then the engine. */
    void quit();
}
