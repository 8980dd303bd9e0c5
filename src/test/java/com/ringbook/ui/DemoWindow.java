package com.ringbook.ui;

import com.ringbook.app.Ringbook;
import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.shell.ConsoleWindow;
import com.ringbook.ui.shell.DesktopLifecycle;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The console window the screenshot drivers (ConsoleDemo, OptOutDemo, ...) open on an X server: no tray,
 * at the top left, 1400 x 900, the size docs/ screenshots are taken at. Call on the FX thread.
 */
final class DemoWindow {
    private DemoWindow() {
    }

    /** @param onQuit closes what the driver opened (the engine, a fake carrier) when the window quits */
    static Stage open(Ringbook ringbook, Runnable onQuit) {
        Stage stage = new Stage();
        new ConsoleWindow(ringbook.engine(), ringbook.capabilities(), new FxThread(), new DesktopLifecycle() {
            @Override
            public boolean hasTray() {
                return false;
            }

            @Override
            public void quit() {
                onQuit.run();
                Platform.exit();
            }
        }).show(stage);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1400);
        stage.setHeight(900);
        return stage;
    }
}
