package com.ringbook.ui.settings;

import com.ringbook.ui.common.Ui;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** The About box: the version, the data and log folders (selectable, to paste into a file manager) and the licences. */
public final class AboutBox {
    private AboutBox() {
    }

    public static void show(Window owner, AboutFacts facts) {
        Alert box = new Alert(Alert.AlertType.INFORMATION, null, ButtonType.CLOSE);
        box.initOwner(owner);
        box.setTitle("About Ringbook");
        box.setHeaderText("Ringbook " + facts.version());
        box.getDialogPane().setId("aboutBox");
        TextArea licences = new TextArea(String.join("\n", facts.licences()));
        licences.setEditable(false);
        licences.setPrefRowCount(10);
        licences.setId("aboutLicences");
        VBox body = new VBox(8,
                Ui.label("Turns missed calls into booked jobs.", "card-description"),
                selectable("Data folder", facts.dataFolder().toString(), "aboutDataFolder"),
                selectable("Log folder", facts.logFolder().toString(), "aboutLogFolder"),
                new Label("Ringbook ships with, and thanks:"), licences);
        body.setPrefWidth(560);
        box.getDialogPane().setContent(body);
        box.show();
    }

    private static VBox selectable(String label, String value, String id) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(value);
        field.setEditable(false);
        field.setId(id);
        return new VBox(2, Ui.label(label, "field-label"), field);
    }
}
