package com.ringbook.ui.settings;

import com.ringbook.domain.CannedReplies;
import javafx.scene.control.TextArea;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/** The settings card for saved replies: one a line, dropped into the composer with Ctrl+R, never sent by themselves. */
final class CannedRepliesSection {
    private CannedRepliesSection() {
    }

    static FormSection of(SettingsViewModel model) {
        FormSection s = new FormSection("Saved replies", MaterialDesignM.MESSAGE_TEXT_FAST_OUTLINE,
                "Answers you give again and again. In a conversation, Ctrl+R or the button beside Send puts one in the "
                        + "reply box to read and send; it never goes out by itself.");
        TextArea area = new TextArea();
        area.setPromptText("Thanks {first_name}! We're on it.");
        area.setPrefRowCount(5);
        area.setWrapText(false);
        area.textProperty().bindBidirectional(model.value(CannedReplies.KEY));
        s.addField(model, CannedReplies.KEY, "Replies", area,
                "One a line. {first_name} and {business} are filled in when a reply is put in the reply box.");
        return s;
    }
}
