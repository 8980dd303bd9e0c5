package com.ringbook.ui.shell;

/**
 * What closing the console window does. With a tray to come back from, the window only hides and the
 * engine keeps texting back; without one, closing the window is how the user quits.
 */
enum CloseAction {
    HIDE, QUIT;

    static CloseAction whenClosing(DesktopLifecycle desktop) {
        return desktop.hasTray() ? HIDE : QUIT;
    }
}
