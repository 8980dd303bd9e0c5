package com.ringbook.ui.thread;

import com.ringbook.booking.api.ReplySuggestion;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The customer's reply to the offer, read, as the next step above the composer: the slot they picked with one click
 * to book it, the other time they asked for with fresh slots a click away, the address they gave (already on the
 * lead card), or their question highlighted with the cursor in the composer to answer it. Nothing happens until
 * staff click; anything read wrong is corrected with the usual steps.
 */
final class SuggestionBar extends HBox {
    static final String QUESTION = "suggestion-question";

    private final SuggestionViewModel suggestion;
    private final Runnable answer;

    /** @param answer puts the cursor in the composer, to answer a question */
    SuggestionBar(BookingViewModel booking, Runnable answer) {
        super(10);
        this.suggestion = booking.suggestion();
        this.answer = answer;
        getStyleClass().add("reply-suggestion");
        Ui.id(this, "replySuggestion");
        setAlignment(Pos.CENTER_LEFT);

        Label text = Ui.id(Ui.label("", "suggestion-text"), "suggestionText");
        text.setWrapText(true);
        text.setGraphic(Icons.of(MaterialDesignM.MESSAGE_REPLY_TEXT_OUTLINE, "suggestion-icon"));
        text.textProperty().bind(Bindings.createStringBinding(this::headline, suggestion.textProperty(),
                suggestion.suggestionProperty()));
        Label reply = Ui.id(Ui.label("", "suggestion-reply"), "suggestionReply");
        reply.setWrapText(true);
        reply.textProperty().bind(Bindings.createStringBinding(() -> suggestion.suggestionProperty().get() == null ? ""
                : "\u201c" + suggestion.suggestionProperty().get().text().strip() + "\u201d", suggestion.suggestionProperty()));
        VBox words = new VBox(2, text, reply);

        Button book = Ui.id(new Button("Book"), "suggestionBook");
        book.getStyleClass().add("primary");
        book.setGraphic(Icons.of(MaterialDesignC.CALENDAR_CHECK));
        book.setMnemonicParsing(false);
        book.setTooltip(new Tooltip("Book the customer's pick at the lead card's address"));
        book.setOnAction(e -> suggestion.book());
        Ui.bindShown(book, Bindings.createBooleanBinding(() -> picked() != null, suggestion.suggestionProperty())
                .and(booking.canBookProperty()));

        Button offer = Ui.id(new Button("Offer fresh slots"), "suggestionOffer");
        offer.setGraphic(Icons.of(MaterialDesignC.CALENDAR_SEARCH));
        offer.setMnemonicParsing(false);
        offer.setTooltip(new Tooltip("Offer fresh slots (" + NextStepsBar.OFFER_KEY.getDisplayText() + ")"));
        offer.setOnAction(e -> booking.startOffer());
        Ui.bindShown(offer, Bindings.createBooleanBinding(() -> declined(suggestion.suggestionProperty().get()),
                suggestion.suggestionProperty()).and(booking.canOfferProperty()));

        getChildren().addAll(words, Ui.spacer(), offer, book);
        BooleanBinding shown = suggestion.suggestionProperty().isNotNull()
                .and(suggestion.textProperty().isNotEmpty())
                .and(booking.stepProperty().isEqualTo(BookingStep.NONE));
        Ui.bindShown(this, shown);
        suggestion.suggestionProperty().addListener((obs, was, now) -> {
            boolean question = now != null && now.intent() == ReplySuggestion.Intent.QUESTION;
            if (question) {
                if (!getStyleClass().contains(QUESTION)) {
                    getStyleClass().add(QUESTION);
                }
            } else {
                getStyleClass().remove(QUESTION);
            }
            if (question && (was == null || was.messageId() != now.messageId()) && !typingElsewhere()) {
                answer.run();
            }
        });
    }

    private ReplySuggestion picked() {
        ReplySuggestion s = suggestion.suggestionProperty().get();
        return s != null && s.slot() != null ? s : null;
    }

    private static boolean declined(ReplySuggestion s) {
        return s != null && (s.intent() == ReplySuggestion.Intent.OTHER_TIME || s.intent() == ReplySuggestion.Intent.NO);
    }

    /** The words, with the key that does the suggested step: "... Book it? (Ctrl+B)". */
    private String headline() {
        String words = suggestion.textProperty().get();
        ReplySuggestion s = suggestion.suggestionProperty().get();
        if (words.isEmpty() || s == null) {
            return words;
        }
        if (s.slot() != null) {
            return words + " (" + NextStepsBar.BOOK_KEY.getDisplayText() + ")";
        }
        if (declined(s)) {
            return words + " (" + NextStepsBar.OFFER_KEY.getDisplayText() + " offers fresh slots)";
        }
        return words;
    }

    /** Staff are typing in a field (the lead card, a rename): a question arriving does not take the cursor from them. */
    private boolean typingElsewhere() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        return focused instanceof TextInputControl input && !"composer".equals(input.getId()) && input.isVisible();
    }
}
