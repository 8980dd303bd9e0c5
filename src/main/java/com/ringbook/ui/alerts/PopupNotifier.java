package com.ringbook.ui.alerts;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * A notice in a small always-on-top window of its own at the screen's lower right. ControlsFX's {@code Notifications}
 * needs a visible owner window and throws without one (its issue #1213), which is exactly when a notice matters (the
 * console iconified or behind other windows), so this owns nothing. It closes itself after a while.
 */
public final class PopupNotifier implements Notifier {
    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final double MARGIN = 16;

    private final List<String> stylesheets;
    private final Label title = Ui.id(Ui.label("", "notice-title"), "noticeTitle");
    private final Label text = Ui.id(Ui.label("", "notice-text"), "noticeText");
    private final PauseTransition timeout = new PauseTransition(SHOWN_FOR);
    private Stage stage;
    private Runnable onClick = () -> { };

    /** @param stylesheets the console's style sheets, so the notice looks like it */
    public PopupNotifier(List<String> stylesheets) {
        this.stylesheets = List.copyOf(stylesheets);
        timeout.setOnFinished(e -> hide());
    }

    @Override
    public void show(Notice notice, Runnable click) {
        onClick = click;
        title.setText(notice.title());
        text.setText(notice.text());
        Stage s = stage();
        if (!s.isShowing()) {
            s.show();
        }
        s.sizeToScene();
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        s.setX(screen.getMaxX() - s.getWidth() - MARGIN);
        s.setY(screen.getMaxY() - s.getHeight() - MARGIN);
        timeout.playFromStart();
    }

    @Override
    public void hide() {
        timeout.stop();
        if (stage != null) {
            stage.hide();
        }
    }

    private Stage stage() {
        if (stage == null) {
            text.setWrapText(true);
            text.setMaxWidth(300);
            VBox words = new VBox(2, title, text);
            HBox box = new HBox(10, Icons.of(MaterialDesignM.MESSAGE_TEXT_OUTLINE, "notice-icon"), words);
            box.setAlignment(Pos.TOP_LEFT);
            box.getStyleClass().add("notice");
            Ui.id(box, "replyNotice");
            box.setCursor(Cursor.HAND);
            box.setOnMouseClicked(e -> {
                Runnable action = onClick;
                hide();
                action.run();
            });
            Scene scene = new Scene(box);
            scene.getStylesheets().addAll(stylesheets);
            stage = new Stage(StageStyle.UNDECORATED);
            stage.setTitle("Ringbook");
            stage.setAlwaysOnTop(true);
            stage.setResizable(false);
            stage.setScene(scene);
        }
        return stage;
    }
}
