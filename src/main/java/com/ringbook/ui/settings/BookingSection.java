package com.ringbook.ui.settings;

import com.ringbook.domain.BookingSettings;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The settings card for booking: when crews can be booked, how many, what jobs take, and the
 * qualifying questions staff send with one click. Fields bind to the settings form's draft like every
 * other card; the engine checks them when the form is saved.
 */
final class BookingSection {
    private BookingSection() {
    }

    static FormSection of(SettingsViewModel model) {
        FormSection s = new FormSection("Booking", MaterialDesignC.CALENDAR_CLOCK,
                "When crews can be booked and what each job takes. Offered slots always fall inside these hours.");
        s.addField(model, BookingSettings.HOURS, "Working hours",
                area(model, BookingSettings.HOURS, "Mon-Fri 08:00-17:00\nSat 09:00-13:00", 3),
                "One line per day or days; several spans with commas (Mon 08:00-12:00, 13:00-17:00); "
                        + "a span that closes before it opens runs past midnight (Fri 22:00-06:00).");
        s.addField(model, BookingSettings.CLOSED_DAYS, "Closed days",
                text(model, BookingSettings.CLOSED_DAYS, "2026-12-25, 2027-01-01"), "Holidays and days off, as dates.");
        s.addField(model, BookingSettings.CREWS, "Crews", narrow(model, BookingSettings.CREWS),
                "How many jobs can run at the same time.");
        s.addField(model, BookingSettings.BUFFER_MINUTES, "Minutes between jobs", narrow(model, BookingSettings.BUFFER_MINUTES),
                "Travel and clean-up time kept free around every job.");
        s.addField(model, BookingSettings.LEAD_MINUTES, "Notice (minutes)", narrow(model, BookingSettings.LEAD_MINUTES),
                "No slot is offered sooner than this from now.");
        s.addField(model, BookingSettings.ARRIVAL_MINUTES, "Arrival window (minutes)",
                narrow(model, BookingSettings.ARRIVAL_MINUTES), "The window customers are told, e.g. 120 for \"9-11 AM\".");
        s.addField(model, BookingSettings.JOB_TYPES, "Job types",
                area(model, BookingSettings.JOB_TYPES, "Drain cleaning | 90 | 300", 4),
                "One per line: name | minutes the crew is busy | usual value.");
        s.addField(model, BookingSettings.QUESTIONS, "Qualifying questions",
                area(model, BookingSettings.QUESTIONS, "What's going on?", 3),
                "One per line; each is a one-click button in the conversation.");
        return s;
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

    private static TextArea area(SettingsViewModel model, String key, String prompt, int rows) {
        TextArea area = new TextArea();
        area.setPromptText(prompt);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(model.value(key));
        return area;
    }
}
