package com.ringbook.ui.shell;

import com.ringbook.ui.common.Shortcuts;
import com.ringbook.ui.common.Ui;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/** The keyboard cheat sheet (F1): every shortcut of {@link Shortcuts}, by screen, in a small window; Esc or F1 closes. */
final class CheatSheet {
    private final Window owner;
    private final List<String> stylesheets;
    private Stage stage;

    CheatSheet(Window owner, List<String> stylesheets) {
        this.owner = owner;
        this.stylesheets = stylesheets;
    }

    /** F1: opens the sheet, or closes it when it shows. */
    void toggle() {
        if (stage != null && stage.isShowing()) {
            stage.hide();
        } else {
            stage().show();
            stage.requestFocus();
        }
    }

    private Stage stage() {
        if (stage == null) {
            VBox groups = new VBox(14);
            groups.getStyleClass().add("cheat-sheet");
            Ui.id(groups, "cheatSheet");
            groups.getChildren().add(Ui.label("Keyboard shortcuts", "cheat-sheet-title"));
            for (Map.Entry<String, List<Shortcuts.Shortcut>> screen : Shortcuts.byScreen().entrySet()) {
                groups.getChildren().add(group(screen.getKey(), screen.getValue()));
            }
            groups.getChildren().add(Ui.label("Esc or F1 closes this list.", "composer-hint"));
            ScrollPane scroll = new ScrollPane(groups);
            scroll.setFitToWidth(true);
            Scene scene = new Scene(scroll, 640, 620);
            scene.getStylesheets().addAll(stylesheets);
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F1) {
                    e.consume();
                    stage.hide();
                }
            });
            stage = new Stage(StageStyle.UTILITY);
            stage.initOwner(owner);
            stage.initModality(Modality.NONE);
            stage.setTitle("Ringbook — keyboard shortcuts");
            stage.setScene(scene);
        }
        return stage;
    }

    private static VBox group(String screen, List<Shortcuts.Shortcut> shortcuts) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("cheat-sheet-grid");
        ColumnConstraints keys = new ColumnConstraints();
        keys.setMinWidth(190);
        keys.setPrefWidth(190);
        grid.getColumnConstraints().addAll(keys, new ColumnConstraints());
        for (int row = 0; row < shortcuts.size(); row++) {
            Shortcuts.Shortcut s = shortcuts.get(row);
            Label does = Ui.label(s.does(), "cheat-sheet-does");
            does.setWrapText(true);
            grid.addRow(row, Ui.label(s.keys(), "cheat-sheet-keys"), does);
        }
        return new VBox(6, Ui.label(screen, "cheat-sheet-screen"), grid);
    }
}
