package com.ringbook.ui.alerts;

import com.ringbook.ui.common.FxThread;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Popup;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * A notice at the screen's lower right that never takes the keyboard: the receptionist may be typing in another
 * program or in the console when it appears. Every JavaFX {@code Stage} is a focusable window that the toolkit
 * activates when it shows (whatever its style: undecorated, utility, transparent); only a popup window is made
 * unfocusable (no-activate on Windows, an override-redirect window on Linux). So the notice is a {@link Popup}.
 *
 * <p>A popup needs an owner window that is showing. The console's own window cannot be it: the notice matters most
 * while the console is iconified, and Windows hides the windows a minimized window owns (ControlsFX's
 * {@code Notifications} fails the same way, its issue #1213). So the owner is an invisible anchor of our own: a 1x1
 * fully transparent utility window (no taskbar button), always on top so that the popup it owns is too. The anchor
 * is put up when this notifier is made, while the console is opening and taking the focus anyway, so showing a
 * notice never has to show a focusable window. The notice closes itself after a while.
 */
public final class PopupNotifier implements Notifier {
    private static final Duration SHOWN_FOR = Duration.seconds(8);
    private static final double MARGIN = 16;

    private final Label title = Ui.id(Ui.label("", "notice-title"), "noticeTitle");
    private final Label text = Ui.id(Ui.label("", "notice-text"), "noticeText");
    private final PauseTransition timeout = new PauseTransition(SHOWN_FOR);
    private final Stage anchor = anchor();
    private final Popup popup = new Popup();
    private Runnable onClick = () -> { };

    /** @param stylesheets the console's style sheets, so the notice looks like it; call on the UI thread */
    public PopupNotifier(List<String> stylesheets) {
        timeout.setOnFinished(e -> hide());
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
        popup.getContent().add(box);
        // A popup's scene takes its owner's style sheets when it shows: they go on the anchor's scene.
        anchor.getScene().getStylesheets().addAll(stylesheets);
        popup.setAutoHide(false);
        popup.setHideOnEscape(false);
        anchor.show();
    }

    private static Stage anchor() {
        Group nothing = new Group();
        Scene scene = new Scene(nothing, 1, 1, Color.TRANSPARENT);
        // A utility window has no taskbar button, but without a compositing window manager (a plain X desktop such as
        // openbox) its opacity is ignored and the manager frames it: a blank box titled "Ringbook notices" in the
        // corner. There, a transparent (in effect undecorated) 1x1 window shows as at most one pixel instead.
        boolean composited = FxThread.transparentWindows();
        Stage stage = new Stage(composited ? StageStyle.UTILITY : StageStyle.TRANSPARENT);
        stage.setTitle("Ringbook notices");
        stage.setScene(scene);
        stage.setOpacity(0);
        stage.setResizable(false);
        stage.setAlwaysOnTop(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setX(screen.getMaxX() - 1);
        stage.setY(screen.getMaxY() - 1);
        return stage;
    }

    @Override
    public void show(Notice notice, Runnable click) {
        onClick = click;
        title.setText(notice.title());
        text.setText(notice.text());
        if (!anchor.isShowing()) {
            // Taken down by someone else (a test's clean-up): without it there is nowhere to show a notice.
            anchor.show();
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        if (!popup.isShowing()) {
            popup.show(anchor, screen.getMaxX(), screen.getMaxY());
        }
        popup.sizeToScene();
        popup.setX(screen.getMaxX() - popup.getWidth() - MARGIN);
        popup.setY(screen.getMaxY() - popup.getHeight() - MARGIN);
        timeout.playFromStart();
    }

    @Override
    public void hide() {
        timeout.stop();
        popup.hide();
    }

    @Override
    public void close() {
        hide();
        anchor.close();
    }
}
