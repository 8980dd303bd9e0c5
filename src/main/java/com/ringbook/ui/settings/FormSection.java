package com.ringbook.ui.settings;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * One card of the settings form: a title, a line of explanation and labelled rows. Each row can show
 * a hint, the problem the engine found with it, and a note when the environment sets it. Other
 * screens' owners add rows and buttons through {@link #addRow} and {@link #addActions}; {@link #addGroup}
 * gathers rows that show and hide together.
 */
public final class FormSection extends VBox {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private final VBox body = new VBox(6);
    private GridPane grid;
    private int rows;

    public FormSection(String title, Ikon icon, String description) {
        getStyleClass().addAll("card", "form-section");
        Label heading = new Label(title, Icons.of(icon, "section-icon"));
        heading.getStyleClass().add("card-title");
        Label about = Ui.label(description, "card-description");
        about.setWrapText(true);
        body.getStyleClass().add("form-body");
        setSpacing(10);
        getChildren().addAll(heading, about, body);
    }

    /** Rows are laid out in grids of two columns; a group gets a grid of its own so it can hide as one. */
    private GridPane newGrid() {
        GridPane g = new GridPane();
        g.getStyleClass().add("form-grid");
        g.setHgap(16);
        g.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints(170);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        g.getColumnConstraints().addAll(labels, fields);
        body.getChildren().add(g);
        grid = g;
        rows = 0;
        return g;
    }

    private GridPane currentGrid() {
        return grid != null ? grid : newGrid();
    }

    /**
     * The rows {@code rows} adds form a group that is shown only while {@code shown} holds (e.g. the
     * fields that only matter for Twilio); rows added afterwards follow the group.
     */
    public GridPane addGroup(String id, ObservableBooleanValue shown, Runnable rows) {
        GridPane group = newGrid();
        group.setId(id);
        group.getStyleClass().add("form-group");
        try {
            rows.run();
        } finally {
            grid = null;
        }
        Ui.bindShown(group, shown);
        return group;
    }

    /** A row bound to a settings key: the control edits the draft, problems and overrides show beneath it. */
    public void addField(SettingsViewModel model, String key, String label, Node control, String hint) {
        String id = idOf(key);
        control.setId(id);
        VBox cell = new VBox(4);
        if (model.isOverridden(key)) {
            Node locked = lockedCopy(model.overrideValue(key), control);
            locked.setId(id);
            Label note = Ui.label(model.overrideNote(key), "override-note");
            note.setGraphic(Icons.of(MaterialDesignL.LOCK_OUTLINE, "note-icon"));
            note.setId("override-" + id.substring("setting-".length()));
            cell.getChildren().addAll(locked, note);
        } else {
            cell.getChildren().add(control);
        }
        if (hint != null && !hint.isBlank()) {
            Label h = Ui.label(hint, "field-hint");
            h.setWrapText(true);
            cell.getChildren().add(h);
        }
        Label problem = Ui.label("", "field-problem");
        problem.setId("problem-" + id.substring("setting-".length()));
        problem.setWrapText(true);
        problem.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        problem.textProperty().bind(model.problem(key));
        Ui.bindShown(problem, model.problem(key).isNotEmpty());
        model.problem(key).addListener((obs, was, now) -> control.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        cell.getChildren().add(problem);
        addRow(label, cell);
    }

    /** A free row: a label and any node (a field added by another part, a preview, a toggle bar). */
    public void addRow(String label, Node content) {
        Label l = Ui.label(label, "field-label");
        GridPane.setValignment(l, VPos.TOP);
        if (content instanceof VBox box && !box.getChildren().isEmpty()) {
            l.setLabelFor(box.getChildren().get(0));
        }
        GridPane g = currentGrid();
        g.add(l, 0, rows);
        g.add(content, 1, rows);
        GridPane.setHgrow(content, Priority.ALWAYS);
        rows++;
    }

    /** A row of buttons under the fields (e.g. "Test connection"). */
    public HBox addActions(Node... buttons) {
        HBox box = new HBox(8, buttons);
        box.setAlignment(Pos.CENTER_LEFT);
        currentGrid().add(box, 1, rows++);
        return box;
    }

    /** A note under the whole section. */
    public void addNote(String text, Ikon icon) {
        Label note = Ui.label(text, "section-note");
        note.setWrapText(true);
        note.setGraphic(Icons.of(icon, "note-icon"));
        getChildren().add(note);
    }

    /** The environment's value, shown but not editable; the real control (and the stored value) stay unused. */
    private static Node lockedCopy(String value, Node original) {
        javafx.scene.control.TextField field = new javafx.scene.control.TextField(value);
        field.setEditable(false);
        field.setFocusTraversable(false);
        field.getStyleClass().add("locked-field");
        return field;
    }

    /** The line that says how a card's last action went, in the problem style while it reports a failure. */
    static Label outcome(String id, ObservableValue<String> text, ObservableValue<Boolean> problem) {
        Label outcome = Ui.id(Ui.label("", "card-description"), id);
        outcome.setWrapText(true);
        outcome.textProperty().bind(text);
        problem.addListener((o, was, is) -> {
            outcome.getStyleClass().remove("field-problem");
            if (is) {
                outcome.getStyleClass().add("field-problem");
            }
        });
        return outcome;
    }

    public static String idOf(String key) {
        return "setting-" + key.replace('.', '-').replace('_', '-');
    }
}
