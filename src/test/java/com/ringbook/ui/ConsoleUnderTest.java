package com.ringbook.ui;

import com.ringbook.app.Ringbook;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.shell.ConsoleWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.TimeoutException;
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

    ConsoleUnderTest(Path dataDir, Map<String, String> env, Stage stage) {
        this.ringbook = Ringbook.open(dataDir, env, Clock.systemUTC());
        this.service = ringbook.engine();
        this.stage = stage;
        new ConsoleWindow(service, new FxThread()).show(stage);
    }

    @Override
    public void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        ringbook.close();
    }
}
