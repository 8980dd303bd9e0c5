package com.ringbook.ui.settings;

import com.ringbook.domain.InboxSettings;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;

/** The settings card for the inbox: how long a customer may wait before their badge turns red. */
final class InboxSection {
    private InboxSection() {
    }

    static FormSection of(SettingsViewModel model) {
        FormSection s = new FormSection("Inbox", MaterialDesignI.INBOX_OUTLINE,
                "How the inbox shows who is waiting for an answer.");
        TextField minutes = new TextField();
        minutes.setPromptText("5");
        minutes.getStyleClass().add("narrow-field");
        minutes.textProperty().bindBidirectional(model.value(InboxSettings.WAITING_TARGET_MINUTES));
        s.addField(model, InboxSettings.WAITING_TARGET_MINUTES, "Reply target (minutes)", minutes,
                "A customer waiting longer than this for an answer gets a red badge in the inbox (1 to 240).");
        return s;
    }
}
