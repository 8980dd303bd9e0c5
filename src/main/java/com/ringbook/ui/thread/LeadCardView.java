package com.ringbook.ui.thread;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import com.ringbook.ui.thread.LeadCardViewModel.Field;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The right-hand column beside the conversation: the lead card (name, address, job type, urgency, estimated
 * value, notes; each saved when left or on Enter, a refusal shown under its field) and where booking stands (the
 * slots offered, or the job booked). Ctrl+L puts the cursor in the card.
 */
final class LeadCardView extends ScrollPane {
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final KeyCombination LEAD_KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);

    private final LeadCardViewModel model;
    private final TextField name = Ui.id(new TextField(), "leadName");

    LeadCardView(LeadCardViewModel model, BookingViewModel booking) {
        this.model = model;
        getStyleClass().add("lead-scroll");
        Ui.id(this, "leadCard");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);

        Label title = Ui.label("Lead", "lead-title");
        title.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_BOX_OUTLINE, "section-icon"));
        title.setTooltip(new Tooltip("Lead card (" + LEAD_KEY.getDisplayText() + ")"));
        Label saving = Ui.id(Ui.label("Saving…", "lead-saving"), "leadSaving");
        Ui.bindShown(saving, model.savingProperty());
        HBox titleRow = new HBox(8, title, Ui.spacer(), saving);
        titleRow.setAlignment(Pos.CENTER_LEFT);
        Label loadError = Ui.label("", "inline-error");
        loadError.setWrapText(true);
        loadError.textProperty().bind(model.loadErrorProperty());
        Ui.bindShown(loadError, model.loadErrorProperty().isNotEmpty());

        TextField address = Ui.id(new TextField(), "leadAddress");
        ComboBox<String> jobType = Ui.id(new ComboBox<>(model.jobTypes()), "leadJobType");
        TextField urgency = Ui.id(new TextField(), "leadUrgency");
        TextField value = Ui.id(new TextField(), "leadValue");
        TextArea notes = Ui.id(new TextArea(), "leadNotes");
        name.setPromptText("Customer name");
        address.setPromptText("Street, town");
        jobType.setPromptText("Choose a job type");
        jobType.setMaxWidth(Double.MAX_VALUE);
        urgency.setPromptText("e.g. Today, this week, flexible");
        value.setPromptText("e.g. 350");
        notes.setPromptText("Gate code, pets, parking…");
        notes.setWrapText(true);
        notes.setPrefRowCount(3);

        VBox fields = new VBox(2,
                field("Name", Field.NAME, text(name, Field.NAME)),
                field("Address", Field.ADDRESS, text(address, Field.ADDRESS)),
                field("Job type", Field.JOB_TYPE, choice(jobType)),
                field("Urgency", Field.URGENCY, text(urgency, Field.URGENCY)),
                field("Estimated value", Field.VALUE, text(value, Field.VALUE)),
                field("Notes", Field.NOTES, text(notes, Field.NOTES)));
        fields.disableProperty().bind(model.loadedProperty().not());

        VBox card = new VBox(10, titleRow, loadError, fields, bookingState(booking));
        card.getStyleClass().add("lead-card");
        setContent(card);
        sceneProperty().addListener((obs, was, now) -> installShortcut(now));
    }

    private VBox field(String caption, Field f, Region input) {
        Label label = Ui.label(caption, "field-label");
        label.setLabelFor(input);
        Label problem = Ui.id(Ui.label("", "field-problem"), "leadProblem-" + f.name());
        problem.setWrapText(true);
        problem.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        problem.textProperty().bind(model.problemProperty(f));
        Ui.bindShown(problem, model.problemProperty(f).isNotEmpty());
        model.problemProperty(f).addListener((obs, was, now) -> input.pseudoClassStateChanged(INVALID, !now.isEmpty()));
        return new VBox(4, label, input, problem);
    }

    /** A text field bound to the card: saved when left, or on Enter (Shift+Enter for a new line in the notes). */
    private <T extends TextInputControl> T text(T input, Field f) {
        input.textProperty().bindBidirectional(model.textProperty(f));
        input.focusedProperty().addListener((obs, was, focused) -> {
            model.editing(f, focused);
            if (!focused) {
                model.commit(f);
            }
        });
        input.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown()) {
                if (input instanceof TextArea area && e.isShiftDown()) {
                    area.replaceSelection("\n");
                } else {
                    model.commit(f);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.TAB && input instanceof TextArea && !e.isControlDown()) {
                // Tab leaves the notes like any other field rather than typing a tab.
                e.consume();
                input.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                        false, false));
            }
        });
        return input;
    }

    /** The job type: one of Settings' types, saved as soon as it is picked. */
    private ComboBox<String> choice(ComboBox<String> box) {
        boolean[] syncing = {false};
        Runnable fromModel = () -> {
            String now = model.textProperty(Field.JOB_TYPE).get();
            syncing[0] = true;
            box.setValue(now == null || now.isEmpty() ? null : now);
            syncing[0] = false;
        };
        model.textProperty(Field.JOB_TYPE).addListener((obs, was, now) -> fromModel.run());
        fromModel.run();
        box.valueProperty().addListener((obs, was, now) -> {
            if (!syncing[0]) {
                model.textProperty(Field.JOB_TYPE).set(now == null ? "" : now);
                model.commit(Field.JOB_TYPE);
            }
        });
        box.focusedProperty().addListener((obs, was, focused) -> model.editing(Field.JOB_TYPE, focused));
        return box;
    }

    /** Where booking stands: the slots offered and awaiting a pick, or the job booked. */
    private VBox bookingState(BookingViewModel booking) {
        Label title = Ui.label("Booking", "lead-title");
        title.setGraphic(Icons.of(MaterialDesignC.CALENDAR_CHECK_OUTLINE, "section-icon"));
        VBox offered = Ui.id(new VBox(3), "offeredSummary");
        offered.getStyleClass().add("offered-summary");
        Label offeredCaption = Ui.label("Offered", "offered-caption");
        booking.offeredSlots().addListener((ListChangeListener<String>) c -> {
            offered.getChildren().setAll(offeredCaption);
            booking.offeredSlots().forEach(slot -> offered.getChildren().add(Ui.label(slot, "offered-slot")));
        });
        Ui.bindShown(offered, booking.offeredProperty().isNotEmpty());
        VBox booked = Ui.id(new VBox(3), "appointmentSummary");
        booked.getStyleClass().add("appointment-summary");
        Label bookedCaption = Ui.label("Booked", "booked-caption");
        bookedCaption.setGraphic(Icons.of(MaterialDesignC.CHECK_CIRCLE, "booked-icon"));
        booking.bookedLines().addListener((ListChangeListener<String>) c -> {
            booked.getChildren().setAll(bookedCaption);
            for (String line : booking.bookedLines()) {
                Label part = Ui.label(line, "booked-line");
                part.setWrapText(true);
                if (booked.getChildren().size() == 1) {
                    part.getStyleClass().add("booked-when");
                }
                booked.getChildren().add(part);
            }
        });
        Ui.bindShown(booked, booking.bookedProperty().isNotEmpty());
        Label nothing = Ui.id(Ui.label("", "field-hint"), "bookingNothing");
        nothing.textProperty().bind(Bindings.when(booking.canOfferProperty())
                .then("No slots offered yet (" + NextStepsBar.OFFER_KEY.getDisplayText() + " offers two).")
                .otherwise("Nothing booked."));
        nothing.setWrapText(true);
        Ui.bindShown(nothing, booking.offeredProperty().isEmpty().and(booking.bookedProperty().isEmpty()));
        VBox box = new VBox(8, title, offered, booked, nothing);
        box.getStyleClass().add("booking-state");
        VBox.setVgrow(box, Priority.NEVER);
        return box;
    }

    private void installShortcut(Scene scene) {
        if (scene != null) {
            scene.getAccelerators().put(LEAD_KEY, () -> {
                if (Ui.showing(this) && model.loadedProperty().get()) {
                    name.requestFocus();
                    name.selectAll();
                }
            });
        }
    }
}
