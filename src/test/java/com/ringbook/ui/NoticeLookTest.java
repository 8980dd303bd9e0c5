package com.ringbook.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.ui.alerts.Notifier;
import com.ringbook.ui.alerts.PopupNotifier;
import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The desktop notice wears the console's theme (a popup takes its style from its owner) and sits at the lower right. */
@ExtendWith(ApplicationExtension.class)
class NoticeLookTest {
    private PopupNotifier popup;

    @Start
    void start(Stage stage) {
        popup = new PopupNotifier(List.of("theme-light.css", "console.css", "desk.css").stream()
                .map(name -> getClass().getResource("/com/ringbook/ui/" + name).toExternalForm()).toList());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(popup::close);
    }

    @Test
    void theNoticeIsStyledLikeTheConsoleAtTheScreensLowerRight(FxRobot robot) {
        robot.interact(() -> popup.show(new Notifier.Notice("Dana Ruiz", "Can you come today?", 1), () -> { }));
        WaitForAsyncUtils.waitForFxEvents();

        Region box = robot.lookup("#replyNotice").queryAs(Region.class);
        assertThat(box.getBackground()).as("the theme's card background").isNotNull();
        assertThat(box.getBackground().getFills().get(0).getFill()).isNotEqualTo(Color.TRANSPARENT);
        Window notice = box.getScene().getWindow();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        assertThat(notice.getX() + notice.getWidth()).isBetween(screen.getMaxX() - 40, screen.getMaxX());
        assertThat(notice.getY() + notice.getHeight()).isBetween(screen.getMaxY() - 40, screen.getMaxY());
    }
}
