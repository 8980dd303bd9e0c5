package com.ringbook.ui;

import com.ringbook.app.Ringbook;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.ui.alerts.Notifier;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.shell.ConsoleWindow;
import com.ringbook.ui.shell.DesktopLifecycle;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.Stage;
import org.testfx.api.FxToolkit;

/**
 * The real console on a real engine in a test's own data dir. TestFX only finds {@code @Start} on the
 * test class itself, so each test opens one of these there and closes it after.
 */
final class ConsoleUnderTest implements AutoCloseable {
    final Ringbook ringbook;
    final ConsoleService service;
    final Stage stage;
    final ConsoleWindow window;
    private final AtomicInteger quits = new AtomicInteger();

    ConsoleUnderTest(Path dataDir, Map<String, String> env, Stage stage) {
        this(dataDir, env, stage, null);
    }

    /** @param notifier shows the desktop notices of new replies; null for the console's own */
    ConsoleUnderTest(Path dataDir, Map<String, String> env, Stage stage, Notifier notifier) {
        this.ringbook = Ringbook.open(dataDir, env, Clock.systemUTC());
        this.service = ringbook.engine();
        this.stage = stage;
        this.window = notifier == null
                ? new ConsoleWindow(service, ringbook.capabilities(), new FxThread(), new LauncherDesktop())
                : new ConsoleWindow(service, ringbook.capabilities(), new FxThread(), new LauncherDesktop(), notifier);
        window.show(stage);
    }

    /** How many times the console asked the desktop to end the run. */
    int quitRequests() {
        return quits.get();
    }

    /** Quits as the user would (the toolkit stays up: TestFX owns it), then closes whatever is left. */
    @Override
    public void close() throws TimeoutException {
        FxToolkit.setupFixture(window::quit);
        FxToolkit.cleanupStages();
        ringbook.close();
    }

    /** The desktop as the launcher gives it today: no tray, and quitting stops the engine. */
    private final class LauncherDesktop implements DesktopLifecycle {
        @Override
        public boolean hasTray() {
            return false;
        }

        @Override
        public void quit() {
            quits.incrementAndGet();
            ringbook.close();
        }
    }
}
