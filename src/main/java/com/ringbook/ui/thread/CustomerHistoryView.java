package com.ringbook.ui.thread;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Above the lead card: the customer as Ringbook knows them (number, address, first contact, jobs booked and their
 * value, opted out) and their other conversations, one line each saying when and how it ended. A line unfolds to
 * read that conversation in place; its Open button shows it in the thread view. The section folds to its title.
 */
public final class CustomerHistoryView extends VBox {
    /** The history's and the lost dialog's styles, kept beside them. */
    static final String STYLESHEET = "/com/ringbook/ui/customer-history.css";

    private final CustomerHistoryViewModel model;
    private final VBox linesBox = Ui.id(new VBox(4), "historyLines");
    private boolean folded;

    CustomerHistoryView(CustomerHistoryViewModel model) {
        this.model = model;
        getStyleClass().add("customer-history");
        Ui.id(this, "customerHistory");

        Label title = Ui.label("Customer", "lead-title");
        title.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_CLOCK_OUTLINE, "section-icon"));
        Label subtitle = Ui.id(Ui.label("", "history-subtitle"), "historyTitle");
        subtitle.textProperty().bind(model.titleProperty());
        Button fold = Ui.id(new Button(), "historyFold");
        fold.getStyleClass().addAll("icon-button", "history-fold");
        fold.setTooltip(new Tooltip("Show or hide the customer's history"));
        HBox titleRow = new HBox(8, title, Ui.spacer(), fold);
        titleRow.setAlignment(Pos.CENTER_LEFT);

        VBox facts = new VBox(2,
                fact(MaterialDesignP.PHONE_OUTLINE, model.phoneProperty(), "historyPhone"),
                fact(MaterialDesignM.MAP_MARKER_OUTLINE, model.addressProperty(), "historyAddress"),
                fact(MaterialDesignC.CALENDAR_BLANK_OUTLINE, model.sinceProperty(), "historySince"),
                fact(MaterialDesignC.CASH, model.jobsProperty(), "historyJobs"));
        Label optedOut = Ui.id(Ui.label("Opted out: texted STOP", "history-stop-badge"), "historyOptedOut");
        Ui.bindShown(optedOut, model.optedOutProperty());
        facts.getChildren().add(optedOut);
        facts.getStyleClass().add("history-facts");

        ScrollPane scroll = new ScrollPane(linesBox);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("history-scroll");
        // As tall as its lines, up to the cap in the style sheet; past that it scrolls.
        scroll.prefViewportHeightProperty().bind(linesBox.heightProperty());
        Ui.bindShown(scroll, javafx.beans.binding.Bindings.isNotEmpty(model.lines()));

        Label error = Ui.label("", "inline-error");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        Ui.bindShown(error, model.errorProperty().isNotEmpty());

        VBox body = new VBox(8, subtitle, facts, scroll, error);
        getChildren().addAll(titleRow, body);
        setSpacing(8);
        Runnable foldNow = () -> {
            Ui.show(body, !folded);
            fold.setGraphic(Icons.of(folded ? MaterialDesignC.CHEVRON_DOWN : MaterialDesignC.CHEVRON_UP));
        };
        fold.setOnAction(e -> {
            folded = !folded;
            foldNow.run();
        });
        foldNow.run();
        Ui.bindShown(this, model.loadedProperty());
        model.lines().addListener((ListChangeListener<HistoryLine>) c -> rebuild());
        model.expandedMessages().addListener((ListChangeListener<PastMessage>) c -> rebuild());
        model.expandedProperty().addListener((obs, was, now) -> rebuild());
    }

    private static Label fact(org.kordamp.ikonli.Ikon icon, javafx.beans.value.ObservableStringValue text, String id) {
        Label label = Ui.id(Ui.label("", "history-fact"), id);
        label.setGraphic(Icons.of(icon, "history-fact-icon"));
        label.textProperty().bind(text);
        label.setWrapText(true);
        Ui.bindShown(label, javafx.beans.binding.Bindings.isNotEmpty(text));
        return label;
    }

    private void rebuild() {
        linesBox.getChildren().clear();
        for (HistoryLine line : model.lines()) {
            boolean open = model.expandedProperty().get() == line.threadId();
            Label when = Ui.label((line.earlier() ? "Earlier · " : "Later · ") + line.when(), "history-when");
            Label outcome = Ui.label(line.outcome(), "history-outcome", "history-" + line.kind());
            outcome.setTooltip(new Tooltip(line.outcome()));
            VBox text = new VBox(1, when, outcome);
            Button row = Ui.id(new Button(null, text), "historyLine-" + line.threadId());
            row.getStyleClass().add("history-line");
            row.setMaxWidth(Double.MAX_VALUE);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setGraphicTextGap(0);
            row.setTooltip(new Tooltip(open ? "Fold" : "Read this conversation here"));
            row.setOnAction(e -> model.toggle(line.threadId()));
            Button go = Ui.id(new Button(null, Icons.of(MaterialDesignO.OPEN_IN_NEW)), "historyOpen-" + line.threadId());
            go.getStyleClass().addAll("icon-button", "history-go");
            go.setTooltip(new Tooltip("Open this conversation"));
            go.setOnAction(e -> model.openThread(line.threadId()));
            HBox head = new HBox(4, row, go);
            head.setAlignment(Pos.CENTER_LEFT);
            javafx.scene.layout.HBox.setHgrow(row, javafx.scene.layout.Priority.ALWAYS);
            VBox item = new VBox(4, head);
            item.getStyleClass().add("history-item");
            if (open) {
                item.getStyleClass().add("history-item-open");
                item.getChildren().add(messages(line));
            }
            linesBox.getChildren().add(item);
        }
    }

    private VBox messages(HistoryLine line) {
        VBox box = Ui.id(new VBox(4), "historyMessages");
        box.getStyleClass().add("history-messages");
        if (model.expandedMessages().isEmpty()) {
            box.getChildren().add(Ui.label(line.preview().isEmpty() ? "No messages." : line.preview(), "field-hint"));
        }
        for (PastMessage m : model.expandedMessages()) {
            Label meta = Ui.label((m.fromCustomer() ? "Customer · " : "You · ") + m.when(), "history-meta");
            Label body = Ui.label(m.body(), "history-body", m.fromCustomer() ? "history-theirs" : "history-ours");
            body.setWrapText(true);
            body.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            VBox one = new VBox(1, meta, body);
            one.setFillWidth(false);
            one.setAlignment(m.fromCustomer() ? Pos.CENTER_LEFT : Pos.CENTER_RIGHT);
            box.getChildren().add(one);
        }
        return box;
    }
}
