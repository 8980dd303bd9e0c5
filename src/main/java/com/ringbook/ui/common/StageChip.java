package com.ringbook.ui.common;

import com.ringbook.domain.Stage;
import java.util.Arrays;
import java.util.Locale;
import javafx.scene.control.Label;

/** A small coloured pill naming a conversation's stage; its colour comes from the theme per stage. */
public final class StageChip extends Label {

    public StageChip() {
        getStyleClass().add("stage-chip");
        setMinWidth(USE_PREF_SIZE);
    }

    public StageChip(Stage stage) {
        this();
        setStage(stage);
    }

    public void setStage(Stage stage) {
        getStyleClass().removeAll(Arrays.stream(Stage.values()).map(StageChip::styleClass).toList());
        if (stage == null) {
            setText("");
            return;
        }
        setText(stage.label());
        getStyleClass().add(styleClass(stage));
    }

    public static String styleClass(Stage stage) {
        return "stage-" + stage.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
