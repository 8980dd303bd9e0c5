package com.ringbook.ui.shell;

import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The console's size as it first shows: 1280x800, or the screen's working area where that is smaller (a 1366x768
 * laptop with its taskbar). Some window managers (openbox, and so LXDE) ignore the size a window asks for before it is
 * mapped and show it at its minimum; asked for as it shows, it is honoured there too, and elsewhere it is the size
 * the window was going to have anyway.
 */
final class FirstSize {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    private FirstSize() {
    }

    static void apply(Stage stage) {
        Rectangle2D area = Screen.getPrimary().getVisualBounds();
        double width = Math.max(stage.getMinWidth(), Math.min(WIDTH, area.getWidth()));
        double height = Math.max(stage.getMinHeight(), Math.min(HEIGHT, area.getHeight()));
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
            @Override
            public void handle(WindowEvent e) {
                stage.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                stage.setWidth(width);
                stage.setHeight(height);
            }
        });
    }
}
