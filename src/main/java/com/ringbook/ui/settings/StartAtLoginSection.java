package com.ringbook.ui.settings;

import com.ringbook.ui.common.Ui;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/** The "This PC" card: the switch that opens Ringbook when the user signs in, and where that is written. */
public final class StartAtLoginSection {
    private StartAtLoginSection() {
    }

    public static FormSection of(StartAtLoginViewModel model) {
        FormSection s = new FormSection("This PC", MaterialDesignL.LOGIN_VARIANT,
                "Ringbook texts back missed calls only while it runs. Opened at sign-in it waits in the tray "
                        + "(or opens its window where there is no tray), so nobody has to remember to start it.");
        s.setId("startAtLoginSection");
        CheckBox box = Ui.id(new CheckBox("Open Ringbook when I sign in to this PC"), "startAtLogin");
        box.setSelected(model.onProperty().get());
        model.onProperty().addListener((o, was, is) -> box.setSelected(is));
        box.setOnAction(e -> model.turn(box.isSelected()));
        box.disableProperty().bind(model.busyProperty());
        s.addRow("Start", box);
        Label where = Ui.id(Ui.label(model.where(), "card-description"), "startAtLoginWhere");
        where.setWrapText(true);
        s.addRow("Entry", where);
        Label outcome = FormSection.outcome("startAtLoginOutcome", model.outcomeProperty(), model.problemProperty());
        s.addRow("", outcome);
        s.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        return s;
    }
}
