package com.ringbook.ui.thread;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The next steps above the composer, changing with the stage: the qualifying questions as one-click chips
 * (Alt+1 to Alt+9), then offer two slots (Ctrl+O), book the customer's pick (Ctrl+B), or for a booked job move it
 * (Ctrl+M) or cancel it (Ctrl+Shift+X). Each shortcut is named in its button's tooltip.
 */
final class NextStepsBar extends FlowPane {
    static final KeyCombination OFFER_KEY = new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination BOOK_KEY = new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination MOVE_KEY = new KeyCodeCombination(KeyCode.M, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination CANCEL_KEY = new KeyCodeCombination(KeyCode.X, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
            KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ThreadViewModel thread;
    private final BookingViewModel booking;
    private final Label ask = Ui.label("Ask", "next-steps-caption");
    private final BooleanBinding asking;
    private final List<Button> steps;

    NextStepsBar(ThreadViewModel thread, BookingViewModel booking) {
        super(6, 6);
        this.thread = thread;
        this.booking = booking;
        getStyleClass().add("next-steps");
        Ui.id(this, "nextSteps");
        setAlignment(Pos.CENTER_LEFT);
        setRowValignment(VPos.CENTER);
        asking = thread.canAskProperty().and(Bindings.isNotEmpty(thread.questions()));
        ask.setMinWidth(Label.USE_PREF_SIZE);
        Ui.bindShown(ask, asking);

        Button offer = button("offerButton", "Offer two slots", MaterialDesignC.CALENDAR_SEARCH, OFFER_KEY);
        offer.textProperty().bind(Bindings.when(booking.offeredProperty().isEmpty())
                .then("Offer two slots").otherwise("Offer fresh slots"));
        offer.setOnAction(e -> booking.startOffer());
        Ui.bindShown(offer, booking.canOfferProperty());
        Button book = button("bookButton", "Book", MaterialDesignC.CALENDAR_CHECK, BOOK_KEY);
        book.getStyleClass().add("primary");
        book.setOnAction(e -> booking.startBook());
        Ui.bindShown(book, booking.canBookProperty());
        Button move = button("moveButton", "Move", MaterialDesignC.CALENDAR_EDIT, MOVE_KEY);
        move.setOnAction(e -> booking.startMove());
        Ui.bindShown(move, booking.canChangeProperty());
        Button cancel = button("cancelJobButton", "Cancel job", MaterialDesignC.CALENDAR_REMOVE, CANCEL_KEY);
        cancel.getStyleClass().add("danger-outline");
        cancel.setOnAction(e -> booking.startCancel());
        Ui.bindShown(cancel, booking.canChangeProperty());
        steps = List.of(book, offer, move, cancel);

        thread.questions().addListener((ListChangeListener<String>) c -> rebuild());
        rebuild();
        BooleanBinding anyStep = booking.canOfferProperty().or(booking.canBookProperty()).or(booking.canChangeProperty());
        Ui.bindShown(this, booking.stepProperty().isEqualTo(BookingStep.NONE).and(asking.or(anyStep)));
        sceneProperty().addListener((obs, was, now) -> installShortcuts(now));
    }

    private static Button button(String id, String text, org.kordamp.ikonli.Ikon icon, KeyCombination key) {
        Button b = Ui.id(new Button(text), id);
        b.setGraphic(Icons.of(icon));
        b.setMnemonicParsing(false);
        b.getStyleClass().add("next-step");
        b.setTooltip(new Tooltip(text + " (" + key.getDisplayText() + ")"));
        b.textProperty().addListener((obs, was, now) -> b.getTooltip().setText(now + " (" + key.getDisplayText() + ")"));
        return b;
    }

    /** The questions as chips after "Ask", then the booking steps, flowing onto a second row when narrow. */
    private void rebuild() {
        List<Node> all = new ArrayList<>();
        all.add(ask);
        for (int i = 0; i < thread.questions().size() && i < DIGITS.length; i++) {
            int number = i + 1;
            String question = thread.questions().get(i);
            Button chip = Ui.id(new Button(number + "  " + question), "askButton-" + number);
            chip.setMnemonicParsing(false);
            chip.getStyleClass().add("question-chip");
            chip.setGraphic(Icons.of(MaterialDesignM.MESSAGE_QUESTION_OUTLINE));
            chip.setTooltip(new Tooltip("Send: " + question + " (" + askKey(number).getDisplayText() + ")"));
            chip.disableProperty().bind(thread.canAskProperty().not());
            Ui.bindShown(chip, asking);
            chip.setOnAction(e -> thread.ask(number));
            all.add(chip);
        }
        all.addAll(steps);
        getChildren().setAll(all);
    }

    /**
     * The widest step as it shows: a question chip's style caps its width, which FlowPane's own minimum (the widest
     * preferred width) ignores, so one long question would have pushed the conversation past the window's edge.
     */
    @Override
    protected double computeMinWidth(double height) {
        double widest = 0;
        for (Node step : getManagedChildren()) {
            widest = Math.max(widest, Math.min(step.prefWidth(-1), step.maxWidth(-1)));
        }
        return snappedLeftInset() + widest + snappedRightInset();
    }

    private static KeyCombination askKey(int number) {
        return new KeyCodeCombination(DIGITS[number - 1], KeyCombination.ALT_DOWN);
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        for (int i = 1; i <= DIGITS.length; i++) {
            int number = i;
            scene.getAccelerators().put(askKey(number), () -> whenShowing(() -> thread.ask(number)));
        }
        scene.getAccelerators().put(OFFER_KEY, () -> {
            if (Ui.showing(this)) {
                booking.startOffer();
            } else if (getParent() != null && Ui.showing(getParent()) && booking.slotTakenProperty().get()) {
                booking.findFreshSlots();
            }
        });
        scene.getAccelerators().put(BOOK_KEY, () -> whenShowing(booking::startBook));
        scene.getAccelerators().put(MOVE_KEY, () -> whenShowing(booking::startMove));
        scene.getAccelerators().put(CANCEL_KEY, () -> whenShowing(booking::startCancel));
    }

    /** A shortcut acts only while the bar shows: on the inbox, with a thread open and no step under way. */
    private void whenShowing(Runnable action) {
        if (Ui.showing(this)) {
            action.run();
        }
    }
}
