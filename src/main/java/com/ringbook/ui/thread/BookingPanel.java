package com.ringbook.ui.thread;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import com.ringbook.ui.common.UiExecutor;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The booking step under way, docked above the composer: the drafted offer to edit and send, the offered slots
 * to pick from with the address to confirm, fresh slots to move a job to, or why a job is cancelled. Keys: the
 * slot's number picks it, Enter does the step, Shift+Enter starts a new line, Esc leaves the step.
 */
final class BookingPanel extends VBox {
    private static final PseudoClass DANGER = PseudoClass.getPseudoClass("danger");
    private final BookingViewModel model;
    private final UiExecutor ui;
    private final Runnable done;
    private final ToggleGroup slotGroup = new ToggleGroup();
    private final FlowPane slotChoices = Ui.id(new FlowPane(8, 8), "slotChoices");
    private final VBox slotList = Ui.id(new VBox(4), "offerSlots");
    private final TextArea offerText = Ui.id(new TextArea(), "offerText");
    private final TextField address = Ui.id(new TextField(), "bookAddress");
    private final TextField reason = Ui.id(new TextField(), "cancelReason");
    private final Button close = Ui.id(new Button(), "closeStep");
    private final Button primary = Ui.id(new Button(), "confirmStep");

    /** @param done what to do when a step ends (the thread view puts the cursor back in the composer) */
    BookingPanel(BookingViewModel model, UiExecutor ui, Runnable done) {
        this.model = model;
        this.ui = ui;
        this.done = done;
        getStyleClass().add("booking-panel");
        Ui.id(this, "bookingPanel");
        setSpacing(10);
        Ui.bindShown(this, model.stepProperty().isNotEqualTo(BookingStep.NONE).or(model.errorProperty().isNotEmpty()));

        Label title = Ui.id(Ui.label("", "booking-title"), "bookingTitle");
        title.setGraphic(Icons.of(MaterialDesignC.CALENDAR_CLOCK, "section-icon"));
        title.textProperty().bind(Bindings.createStringBinding(this::title, model.stepProperty(), model.slots()));
        close.setGraphic(Icons.of(MaterialDesignC.CLOSE));
        close.getStyleClass().add("icon-button");
        close.setTooltip(new Tooltip("Leave this step; nothing is sent (Esc)"));
        close.setOnAction(e -> model.close());
        close.disableProperty().bind(model.busyProperty().and(model.stepProperty().isNotEqualTo(BookingStep.FINDING)));
        HBox titleRow = new HBox(8, title, Ui.spacer(), close);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("connection-spinner");
        HBox finding = new HBox(8, spinner, Ui.label("Looking for the next free slots…", "booking-hint"));
        finding.setAlignment(Pos.CENTER_LEFT);
        Ui.bindShown(finding, is(BookingStep.FINDING));

        Label note = Ui.id(Ui.label("", "booking-note"), "horizonNote");
        note.setWrapText(true);
        note.setGraphic(Icons.of(MaterialDesignA.ALERT_OUTLINE, "note-icon"));
        note.textProperty().bind(model.horizonNoteProperty());
        Ui.bindShown(note, model.horizonNoteProperty().isNotEmpty().and(is(BookingStep.OFFER).or(is(BookingStep.MOVE))));

        Ui.bindShown(slotList, is(BookingStep.OFFER));
        Ui.bindShown(slotChoices, is(BookingStep.BOOK).or(is(BookingStep.MOVE)));
        model.slots().addListener((ListChangeListener<String>) c -> rebuildSlots());
        slotGroup.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                model.choose((Integer) now.getUserData());
            } else if (model.chosenSlotProperty().get() > 0) {
                was.setSelected(true); // a picked slot is changed by picking another, never emptied
            }
        });
        model.chosenSlotProperty().addListener((obs, was, now) -> selectChosen());

        offerText.setWrapText(true);
        offerText.setPrefRowCount(3);
        offerText.textProperty().bindBidirectional(model.offerTextProperty());
        Ui.bindShown(offerText, is(BookingStep.OFFER));

        address.textProperty().bindBidirectional(model.addressProperty());
        address.setPromptText("Where the crew should go");
        VBox addressBox = field("Address", address);
        Ui.bindShown(addressBox, is(BookingStep.BOOK));

        reason.textProperty().bindBidirectional(model.cancelReasonProperty());
        reason.setPromptText("e.g. fixed it themselves");
        VBox reasonBox = field("Reason", reason);
        Ui.bindShown(reasonBox, is(BookingStep.CANCEL));

        CheckBox tell = Ui.id(new CheckBox("Tell the customer by text"), "tellCustomer");
        tell.selectedProperty().bindBidirectional(model.tellCustomerProperty());
        Ui.bindShown(tell, is(BookingStep.CANCEL).or(is(BookingStep.MOVE)));

        getChildren().addAll(titleRow, finding, note, slotList, slotChoices, offerText, addressBox, reasonBox, tell,
                errorRow(), footer());
        addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        model.stepProperty().addListener((obs, was, now) -> {
            // Asked now: once the panel hides, the scene moves the cursor off it on its next pulse.
            boolean inside = hasFocusInside();
            ui.later(() -> focusFor(was, now, inside));
        });
    }

    private BooleanBinding is(BookingStep step) {
        return model.stepProperty().isEqualTo(step);
    }

    private static VBox field(String label, TextInputControl input) {
        Label caption = Ui.label(label, "field-label");
        caption.setLabelFor(input);
        return new VBox(4, caption, input);
    }

    private HBox errorRow() {
        Label error = Ui.id(Ui.label("", "inline-error"), "bookingError");
        error.setWrapText(true);
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        error.textProperty().bind(model.errorProperty());
        Button fresh = Ui.id(new Button(), "freshSlots");
        fresh.setGraphic(Icons.of(MaterialDesignR.REFRESH));
        fresh.textProperty().bind(Bindings.when(is(BookingStep.MOVE)).then("Find fresh slots").otherwise("Offer fresh slots"));
        fresh.setTooltip(new Tooltip("Look for free slots again (" + NextStepsBar.OFFER_KEY.getDisplayText() + ")"));
        fresh.setOnAction(e -> model.findFreshSlots());
        Ui.bindShown(fresh, model.slotTakenProperty());
        HBox row = new HBox(10, error, Ui.spacer(), fresh);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("booking-error");
        Ui.bindShown(row, model.errorProperty().isNotEmpty());
        return row;
    }

    private HBox footer() {
        Label hint = Ui.label("", "composer-hint");
        hint.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stepProperty().get()) {
            case OFFER -> "Enter to send · Shift+Enter for a new line · Esc to leave";
            case BOOK, MOVE -> "1 or 2 picks a slot · Enter to " + (model.stepProperty().get() == BookingStep.BOOK ? "book" : "move")
                    + " · Esc to leave";
            case CANCEL -> "Enter to cancel the job · Esc to keep it";
            default -> "";
        }, model.stepProperty()));
        primary.getStyleClass().add("primary");
        primary.textProperty().bind(Bindings.createStringBinding(() -> switch (model.stepProperty().get()) {
            case OFFER -> "Send offer";
            case BOOK -> "Book";
            case MOVE -> "Move job";
            case CANCEL -> "Cancel job";
            default -> "";
        }, model.stepProperty()));
        primary.setGraphic(Icons.of(MaterialDesignC.CHECK));
        primary.setTooltip(new Tooltip("Enter"));
        primary.setOnAction(e -> confirm());
        primary.disableProperty().bind(model.busyProperty().or(is(BookingStep.OFFER).and(model.offerTextProperty().isEmpty())));
        model.stepProperty().addListener((obs, was, now) -> primary.pseudoClassStateChanged(DANGER, now == BookingStep.CANCEL));
        Button leave = Ui.id(new Button(), "leaveStep");
        leave.textProperty().bind(Bindings.when(is(BookingStep.CANCEL)).then("Keep the job").otherwise("Cancel"));
        leave.setTooltip(new Tooltip("Nothing is sent (Esc)"));
        leave.setOnAction(e -> model.close());
        leave.disableProperty().bind(close.disableProperty());
        HBox footer = new HBox(10, hint, Ui.spacer(), Ui.whole(leave), Ui.whole(primary));
        footer.setAlignment(Pos.CENTER_LEFT);
        BooleanBinding acting = is(BookingStep.OFFER).or(is(BookingStep.BOOK)).or(is(BookingStep.MOVE)).or(is(BookingStep.CANCEL));
        Ui.bindShown(footer, acting);
        return footer;
    }

    private String title() {
        return switch (model.stepProperty().get()) {
            case FINDING -> "Finding free slots";
            case OFFER -> model.slots().size() == 1 ? "Offer a slot" : "Offer two slots";
            case BOOK -> "Book the customer's pick";
            case MOVE -> "Move the job";
            case CANCEL -> "Cancel the job";
            case NONE -> "Booking";
        };
    }

    private void rebuildSlots() {
        slotGroup.getToggles().clear();
        slotChoices.getChildren().clear();
        slotList.getChildren().clear();
        List<String> slots = List.copyOf(model.slots());
        for (int i = 0; i < slots.size(); i++) {
            int number = i + 1;
            Label row = Ui.id(Ui.label(number + ")  " + slots.get(i), "offer-slot"), "offerSlot-" + number);
            row.setGraphic(Icons.of(MaterialDesignC.CALENDAR_BLANK_OUTLINE));
            slotList.getChildren().add(row);
            ToggleButton choice = Ui.id(new ToggleButton(number + "   " + slots.get(i)), "slotChoice-" + number);
            choice.setMnemonicParsing(false);
            choice.getStyleClass().add("slot-choice");
            choice.setUserData(number);
            choice.setToggleGroup(slotGroup);
            choice.setTooltip(new Tooltip("Slot " + number + " (" + number + ")"));
            slotChoices.getChildren().add(choice);
        }
        selectChosen();
    }

    private void selectChosen() {
        int chosen = model.chosenSlotProperty().get();
        slotGroup.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(chosen)));
    }

    private void confirm() {
        switch (model.stepProperty().get()) {
            case OFFER -> model.sendOffer();
            case BOOK -> model.book();
            case MOVE -> model.move();
            case CANCEL -> model.cancelAppointment();
            default -> { }
        }
    }

    private void keys(KeyEvent e) {
        Object target = e.getTarget();
        if (e.getCode() == KeyCode.ESCAPE) {
            model.close();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !e.isControlDown() && !e.isAltDown()) {
            if (target instanceof TextArea area && e.isShiftDown()) {
                area.replaceSelection("\n");
            } else if (target instanceof ButtonBase button && !(button instanceof ToggleButton)
                    && !(button instanceof CheckBox)) {
                button.fire();
            } else {
                confirm();
            }
            e.consume();
        } else if (!(target instanceof TextInputControl) && !e.isShortcutDown() && !e.isAltDown()) {
            int number = digit(e.getCode());
            if (number > 0 && (model.stepProperty().get() == BookingStep.BOOK || model.stepProperty().get() == BookingStep.MOVE)) {
                model.choose(number);
                focusChosen();
                e.consume();
            }
        }
    }

    private static int digit(KeyCode code) {
        if (code.isDigitKey()) {
            String name = code.getName();
            char last = name.charAt(name.length() - 1);
            return Character.isDigit(last) ? last - '0' : -1;
        }
        return -1;
    }

    /** Where the cursor goes when a step opens or ends: into what the step asks for, back to the composer after. */
    private void focusFor(BookingStep was, BookingStep now, boolean wasInside) {
        switch (now) {
            case FINDING -> close.requestFocus();
            case OFFER -> {
                offerText.requestFocus();
                offerText.positionCaret(offerText.getLength());
            }
            case BOOK, MOVE -> focusChosen();
            case CANCEL -> reason.requestFocus();
            case NONE -> {
                // Only a step staff just finished or left hands the cursor on; opening another thread does not.
                if (was != BookingStep.NONE && wasInside) {
                    done.run();
                }
            }
        }
    }

    private boolean hasFocusInside() {
        for (Node n = getScene() == null ? null : getScene().getFocusOwner(); n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    private void focusChosen() {
        int chosen = Math.max(1, model.chosenSlotProperty().get());
        if (chosen <= slotChoices.getChildren().size()) {
            Node choice = slotChoices.getChildren().get(chosen - 1);
            choice.requestFocus();
        }
    }
}
