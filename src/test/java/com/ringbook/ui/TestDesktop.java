package com.ringbook.ui;

import com.ringbook.ui.settings.Installation;
import com.ringbook.ui.settings.SharedDatabase;
import com.ringbook.ui.settings.StartAtLogin;
import com.ringbook.ui.shell.DesktopLifecycle;
import java.util.Optional;

/**
 * The desktop a test's console runs on: quitting runs what the test says (closing its Ringbook), a tray or none, and
 * whichever per-PC cards (backups, start at sign-in, the shared database) the test gives it.
 */
public final class TestDesktop implements DesktopLifecycle {
    private final Runnable quit;
    private boolean tray;
    private Installation installation;
    private StartAtLogin startAtLogin;
    private SharedDatabase sharedDatabase;

    public TestDesktop(Runnable quit) {
        this.quit = quit;
    }

    public TestDesktop withTray() {
        tray = true;
        return this;
    }

    public TestDesktop with(Installation installation) {
        this.installation = installation;
        return this;
    }

    public TestDesktop with(StartAtLogin startAtLogin) {
        this.startAtLogin = startAtLogin;
        return this;
    }

    public TestDesktop with(SharedDatabase sharedDatabase) {
        this.sharedDatabase = sharedDatabase;
        return this;
    }

    @Override
    public boolean hasTray() {
        return tray;
    }

    @Override
    public void quit() {
        quit.run();
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
