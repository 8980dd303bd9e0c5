package com.ringbook.ui.shell;

import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The console's window as the desktop sees it: its icon, and coming forward when asked. */
public final class ConsoleStage {
    private static final String ICON = "/com/ringbook/ui/ringbook.png";

    private ConsoleStage() {
    }

    /** The window, task bar and Alt+Tab icon; loaded in the background so the window never waits for it. */
    public static void dress(Stage stage) {
        stage.getIcons().add(new Image(ConsoleStage.class.getResource(ICON).toExternalForm(), 256, 256, true, true, true));
    }

    /** Shows the window if hidden, un-minimises it and puts it in front (a second launch, the tray's Open). */
    public static void bringForward(Stage stage) {
        stage.show();
        stage.setIconified(false);
        stage.toFront();
        stage.requestFocus();
    }
}
