package com.ringbook.ui.thread;

import com.ringbook.domain.LostReason;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.util.EnumMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * Marking lost, undoing and reopening, as the thread view shows them: the small dialog asking why (digits pick a
 * reason, Enter confirms, Esc cancels), the "Marked lost · Undo" bar for a few seconds after, a refusal's
 * reason, the Reopen button, and the reason beside the stage in the header.
 */
final class LostPanel {
    static final KeyCombination REOPEN_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** How long Undo is offered after marking lost. */
    private static final Duration UNDO_FOR = Duration.seconds(8);

    private final LostViewModel model;
    private final Runnable backToComposer;
    private final Map<LostReason, ToggleButton> choices = new EnumMap<>(LostReason.class);
    private final TextField note = Ui.id(new TextField(), "lostNote");
    private final VBox dialog = Ui.id(new VBox(8), "lostDialog");
    private final VBox overlay = new VBox(8);

    LostPanel(LostViewModel model, Runnable backToComposer) {
        this.model = model;
        this.backToComposer = backToComposer;
        buildDialog();
        overlay.getChildren().addAll(dialog, undoBar(), errorToast());
        overlay.setAlignment(Pos.TOP_RIGHT);
        overlay.setPickOnBounds(false);
        overlay.setMaxSize(javafx.scene.layout.Region.USE_PREF_SIZE, javafx.scene.layout.Region.USE_PREF_SIZE);
        overlay.getStyleClass().add("lost-overlay");
    }

    /** The floating layer: dialog, Undo bar and refusals, laid over the conversation's top right. */
    VBox overlay() {
        return overlay;
    }

    private void buildDialog() {
        dialog.getStyleClass().add("lost-dialog");
        Label title = Ui.label("Why was it lost?", "lost-title");
        VBox reasons = new VBox(4);
        for (LostReason r : LostReason.values()) {
            ToggleButton choice = Ui.id(new ToggleButton(r.number() + "   " + r.label()), "lostReason-" + r.name());
            choice.getStyleClass().add("lost-choice");
            choice.setMaxWidth(Double.MAX_VALUE);
            choice.setAlignment(Pos.CENTER_LEFT);
            choice.setOnAction(e -> {
                model.reasonProperty().set(r);
                choice.setSelected(true);
            });
            choices.put(r, choice);
            reasons.getChildren().add(choice);
        }
        model.reasonProperty().addListener((obs, was, now) -> choices.forEach((r, b) -> b.setSelected(r == now)));
        note.setPromptText("Note (optional)");
        note.textProperty().bindBidirectional(model.noteProperty());
        Label hint = Ui.label("1–" + LostReason.values().length + " picks · Enter marks lost · Esc cancels", "field-hint");
        Button cancel = Ui.id(new Button("Cancel"), "lostCancel");
        cancel.setOnAction(e -> close(false));
        Button confirm = Ui.id(new Button("Mark lost"), "lostConfirm");
        confirm.getStyleClass().add("primary");
        confirm.disableProperty().bind(model.busyProperty());
        confirm.setOnAction(e -> close(true));
        HBox buttons = new HBox(8, Ui.spacer(), cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        dialog.getChildren().addAll(title, reasons, note, hint, buttons);
        dialog.setPrefWidth(260);
        dialog.setMaxWidth(260);
        dialog.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                close(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                close(false);
                e.consume();
            } else if (!note.isFocused() && (e.getCode().isDigitKey()) && !e.isShortcutDown()) {
                model.pick(digit(e.getCode()));
                e.consume();
            }
        });
        Ui.bindShown(dialog, model.choosingProperty());
        model.choosingProperty().addListener((obs, was, now) -> {
            if (now) {
                // Focus in the dialog, so digits, Enter and Esc reach it at once.
                dialog.applyCss();
                choices.get(LostReason.values()[0]).requestFocus();
            }
        });
    }

    private static int digit(KeyCode code) {
        String name = code.getName();
        char last = name.charAt(name.length() - 1);
        return Character.isDigit(last) ? last - '0' : -1;
    }

    private void close(boolean confirm) {
        if (confirm) {
            model.confirm();
        } else {
            model.cancel();
            backToComposer.run();
        }
    }

    private HBox undoBar() {
        Label text = Ui.label("Marked lost", "undo-text");
        text.setGraphic(Icons.of(MaterialDesignC.CHECK, "undo-icon"));
        Button undo = Ui.id(new Button("Undo"), "undoLost");
        undo.getStyleClass().add("undo-button");
        undo.setOnAction(e -> {
            model.undo();
            backToComposer.run();
        });
        HBox bar = Ui.id(new HBox(10, text, undo), "undoBar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("undo-bar");
        Ui.bindShown(bar, model.undoShownProperty());
        PauseTransition expiry = new PauseTransition(UNDO_FOR);
        expiry.setOnFinished(e -> model.expireUndo());
        model.undoShownProperty().addListener((obs, was, now) -> {
            if (now) {
                expiry.playFromStart();
                backToComposer.run();
            } else {
                expiry.stop();
            }
        });
        return bar;
    }

    private HBox errorToast() {
        Label text = Ui.id(Ui.label("", "inline-error"), "lostError");
        text.setWrapText(true);
        text.setMaxWidth(320);
        text.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        text.textProperty().bind(model.errorProperty());
        HBox toast = new HBox(8, text);
        toast.getStyleClass().add("lost-error");
        Ui.bindShown(toast, model.errorProperty().isNotEmpty());
        return toast;
    }

    /** Reopen: shown on a lost or booked conversation. */
    Button reopenButton() {
        Button reopen = Ui.whole(Ui.id(new Button("Reopen"), "reopenButton"));
        reopen.setGraphic(Icons.of(MaterialDesignR.RESTORE));
        reopen.getStyleClass().addAll("stage-action", "stage-action-reopen");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.reopenHintProperty().concat(" (" + REOPEN_KEY.getDisplayText() + ")"));
        reopen.setTooltip(tip);
        reopen.disableProperty().bind(model.busyProperty());
        reopen.setOnAction(e -> model.reopen());
        Ui.bindShown(reopen, model.canReopenProperty());
        return reopen;
    }

    /** "· Went elsewhere" beside the Lost chip. */
    static Label reasonLabel(javafx.beans.value.ObservableStringValue reason) {
        Label label = Ui.id(Ui.label("", "lost-reason"), "lostReasonText");
        label.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> reason.get() == null || reason.get().isEmpty() ? "" : "· " + reason.get(), reason));
        Ui.bindShown(label, label.textProperty().isNotEmpty());
        return label;
    }
}
