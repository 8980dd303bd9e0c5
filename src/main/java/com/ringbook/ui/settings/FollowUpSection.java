package com.ringbook.ui.settings;

import com.ringbook.domain.FollowUpSettings;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The settings card for follow-ups: how long a customer's silence lasts before a polite nudge, how many
 * nudges one silence may get, the hours they may go out in, and the wording for each place a conversation
 * can go quiet. Fields bind to the settings form's draft like every other card; the engine checks them
 * when the form is saved.
 */
final class FollowUpSection {
    private FollowUpSection() {
    }

    static FormSection of(SettingsViewModel model) {
        FormSection s = new FormSection("Follow-ups", MaterialDesignB.BELL_RING_OUTLINE,
                "One polite nudge to a customer who went quiet. Any reply cancels it; none after booking, losing or STOP.");
        s.addField(model, FollowUpSettings.AFTER_MINUTES, "Wait (minutes)", narrow(model, FollowUpSettings.AFTER_MINUTES),
                "Silence before the nudge: 180 is three hours. At least 5.");
        if (model.isOverridden(FollowUpSettings.AFTER_FOR_RUN)) {
            s.addRow("Wait for this run", runWait(model));
        }
        s.addField(model, FollowUpSettings.MAX_NUDGES, "Nudges per silence", narrow(model, FollowUpSettings.MAX_NUDGES),
                "Usually 1. Up to 3, each a full wait after the last; 0 turns follow-ups off.");
        s.addField(model, FollowUpSettings.SENDING_HOURS, "Sending hours", text(model, FollowUpSettings.SENDING_HOURS, "08:00-21:00"),
                "Business local time. A nudge due outside them goes when they open, spread over the first minutes.");
        s.addField(model, FollowUpSettings.TEMPLATE_TEXT_BACK, "After the text-back", area(model, FollowUpSettings.TEMPLATE_TEXT_BACK),
                "Use {first_name} and {business}.");
        s.addField(model, FollowUpSettings.TEMPLATE_QUESTION, "After a question", area(model, FollowUpSettings.TEMPLATE_QUESTION),
                "When staff asked something and heard nothing back.");
        s.addField(model, FollowUpSettings.TEMPLATE_OFFER, "After a slot offer", area(model, FollowUpSettings.TEMPLATE_OFFER),
                "When the offered times got no answer: offer to find a better one.");
        return s;
    }

    /** The wait RINGBOOK_FOLLOWUP_AFTER sets for this run (it may be seconds, for tests and demos), shown but not editable. */
    private static VBox runWait(SettingsViewModel model) {
        TextField locked = Ui.id(new TextField(model.overrideValue(FollowUpSettings.AFTER_FOR_RUN)), "setting-followup-after");
        locked.setEditable(false);
        locked.setFocusTraversable(false);
        locked.getStyleClass().addAll("locked-field", "narrow-field");
        Label note = Ui.label("Set by RINGBOOK_FOLLOWUP_AFTER for this run; the wait above applies otherwise.", "override-note");
        note.setGraphic(Icons.of(MaterialDesignL.LOCK_OUTLINE, "note-icon"));
        return new VBox(4, locked, note);
    }

    private static TextField text(SettingsViewModel model, String key, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(model.value(key));
        return field;
    }

    private static TextField narrow(SettingsViewModel model, String key) {
        TextField field = text(model, key, "");
        field.getStyleClass().add("narrow-field");
        return field;
    }

    private static TextArea area(SettingsViewModel model, String key) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(2);
        area.textProperty().bindBidirectional(model.value(key));
        return area;
    }
}
