package com.ringbook.ui.shell;

/**
 * What closing the console window does. With a tray to come back from, the window only hides and the
 * engine keeps texting back; without one, closing would end the texting too, so Ringbook asks first.
 */
enum CloseAction {
    HIDE, ASK;

    static CloseAction whenClosing(DesktopLifecycle desktop) {
        return desktop.hasTray() ? HIDE : ASK;
    }
}
