package com.ringbook.ui.thread;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A strip above the conversation while a nudge is scheduled: "Follow-up at 2:40 PM", the text it will send,
 * and Cancel and Send now. Binds to {@link FollowUpViewModel}; holds no rules.
 */
public final class FollowUpBar extends StackPane {

    public FollowUpBar(FollowUpViewModel model) {
        getStyleClass().add("follow-up-slot");
        getStylesheets().add(FollowUpBar.class.getResource("/com/ringbook/ui/followup.css").toExternalForm());
        Ui.id(this, "followUpBar");
        HBox bar = new HBox(10);
        bar.getStyleClass().add("follow-up-bar");
        bar.setAlignment(Pos.CENTER_LEFT);

        Label when = Ui.id(Ui.label("", "follow-up-when"), "followUpWhen");
        when.setGraphic(Icons.of(MaterialDesignB.BELL_RING_OUTLINE, "follow-up-icon"));
        when.textProperty().bind(model.labelProperty());
        Label text = Ui.id(Ui.label("", "follow-up-text"), "followUpText");
        text.setWrapText(true);
        text.textProperty().bind(model.previewProperty());
        Label error = Ui.id(Ui.label("", "inline-error"), "followUpError");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Ui.bindShown(error, model.errorProperty().isNotEmpty());
        VBox words = new VBox(2, when, text, error);
        HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);

        Button cancel = Ui.whole(Ui.id(new Button("Cancel"), "followUpCancel"));
        cancel.setGraphic(Icons.of(MaterialDesignC.CLOSE_CIRCLE_OUTLINE));
        cancel.setTooltip(new Tooltip("Don't send this follow-up"));
        cancel.setOnAction(e -> model.cancel());
        cancel.disableProperty().bind(model.busyProperty());
        Button send = Ui.whole(Ui.id(new Button("Send now"), "followUpSendNow"));
        send.setGraphic(Icons.of(MaterialDesignS.SEND_CLOCK_OUTLINE));
        send.setTooltip(new Tooltip("Send this follow-up now, without waiting"));
        send.setOnAction(e -> model.sendNow());
        send.disableProperty().bind(model.busyProperty());

        bar.getChildren().addAll(words, cancel, send);
        getChildren().add(bar);
        Ui.bindShown(this, model.scheduledProperty().isNotNull().or(model.errorProperty().isNotEmpty()));
    }
}
