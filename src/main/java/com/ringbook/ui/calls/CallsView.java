package com.ringbook.ui.calls;

import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Calls screen: every missed call, newest first, with what Ringbook did, a button to copy the number
 * for a call back and one to open the conversation; older calls a page at a time.
 */
public final class CallsView extends BorderPane {
    private static final PseudoClass CALL_BACK = PseudoClass.getPseudoClass("call-back");

    private final CallsViewModel model;
    private final ListView<CallRow> list;

    public CallsView(CallsViewModel model) {
        this.model = model;
        setId("callsScreen");
        getStyleClass().add("calls-screen");

        Label title = Ui.label("Calls", "screen-title");
        Label intro = Ui.label("Every missed call and what Ringbook did. Call back the ones it did not text.",
                "screen-subtitle");
        intro.setWrapText(true);
        Label count = Ui.id(Ui.label("", "pane-count"), "callsSummary");
        count.textProperty().bind(model.summaryProperty());
        Ui.bindShown(count, model.summaryProperty().isNotEmpty());
        Label notice = Ui.id(Ui.label("", "calls-notice"), "callsNotice");
        notice.setGraphic(Icons.of(MaterialDesignC.CHECK_CIRCLE_OUTLINE, "ok-icon"));
        notice.textProperty().bind(model.noticeProperty());
        Ui.bindShown(notice, model.noticeProperty().isNotEmpty());
        Label error = Ui.id(Ui.label("", "inline-error"), "callsError");
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        error.textProperty().bind(model.errorProperty());
        Ui.bindShown(error, model.errorProperty().isNotEmpty());
        HBox titleRow = new HBox(10, title, count);
        titleRow.setAlignment(Pos.BASELINE_LEFT);
        VBox head = new VBox(6, titleRow, intro, notice, error, textAgainQuestion());
        head.getStyleClass().add("calls-header");
        setTop(head);

        list = Ui.id(new ListView<>(model.rows()), "callsList");
        list.getStyleClass().add("calls-list");
        list.setCellFactory(v -> new CallCell());
        ListKeeper keeper = new ListKeeper(list);
        model.onRowsReplaced(keeper::remember, keeper::restore);
        Label none = Ui.label("No missed calls yet. Every call Ringbook misses shows here, texted back or not.",
                "placeholder-hint");
        none.setWrapText(true);
        Ui.bindShown(none, model.loadedProperty());
        list.setPlaceholder(none);
        setCenter(list);

        Button more = Ui.id(new Button("Show older calls"), "callsMore");
        more.setOnAction(e -> model.loadMore());
        Ui.bindShown(more, model.hasMoreProperty());
        HBox foot = new HBox(more);
        foot.setAlignment(Pos.CENTER);
        foot.getStyleClass().add("calls-foot");
        Ui.bindShown(foot, model.hasMoreProperty());
        setBottom(foot);

        // Live only while on screen: a screen out of view catches up when it is shown again.
        parentProperty().addListener((obs, was, now) -> model.setShowing(now != null));
    }

    /** What trying a refused number again does, with the buttons to do it or not; shown while staff decide. */
    private HBox textAgainQuestion() {
        Label words = Ui.id(Ui.label("", "calls-question"), "textAgainQuestion");
        words.setWrapText(true);
        words.textProperty().bind(model.textAgainQuestionProperty());
        HBox.setHgrow(words, Priority.ALWAYS);
        words.setMaxWidth(Double.MAX_VALUE);
        Button yes = Ui.id(new Button("Try texting again"), "textAgainConfirm");
        yes.getStyleClass().add("primary");
        yes.setOnAction(e -> model.confirmTextAgain());
        Button no = Ui.id(new Button("Cancel"), "textAgainCancel");
        no.setCancelButton(true);
        no.setOnAction(e -> model.cancelTextAgain());
        // The question wraps; the two answers keep their whole words whatever the window's width.
        words.setMinWidth(0);
        yes.setMinWidth(Region.USE_PREF_SIZE);
        no.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = new HBox(10, words, yes, no);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("calls-question-bar");
        Ui.bindShown(bar, model.textAgainQuestionProperty().isNotEmpty());
        return bar;
    }

    /** Puts the cursor in the list, where Up/Down walk the calls. */
    public void shown() {
        model.setShowing(getParent() != null);
        list.requestFocus();
    }

    /** One call: when, who, what Ringbook did, and what staff can do about it. */
    private final class CallCell extends ListCell<CallRow> {
        private final Label when = Ui.label("", "call-when");
        private final Label caller = Ui.label("", "call-caller");
        private final Label number = Ui.label("", "call-number");
        private final Label outcome = Ui.label("", "call-outcome");
        private final Button copy = Ui.styled(new Button("Copy number"), "call-copy");
        private final Button open = Ui.styled(new Button("Open conversation"), "call-open");
        private final Button textAgain = Ui.styled(new Button("Try texting again"), "call-text-again");
        private final HBox row;

        CallCell() {
            getStyleClass().add("call-cell");
            when.setMinWidth(150);
            caller.setGraphic(Icons.of(MaterialDesignP.PHONE_MISSED, "call-icon"));
            outcome.setWrapText(true);
            copy.setGraphic(Icons.of(MaterialDesignC.CONTENT_COPY));
            copy.setTooltip(new Tooltip("Copy the number to call back"));
            copy.setOnAction(e -> model.copyNumber(getItem()));
            open.setGraphic(Icons.of(MaterialDesignM.MESSAGE_TEXT_OUTLINE));
            open.setOnAction(e -> model.openConversation(getItem()));
            textAgain.setGraphic(Icons.of(MaterialDesignM.MESSAGE_REPLY_TEXT_OUTLINE));
            textAgain.setTooltip(new Tooltip("The carrier refused this number; let Ringbook text it again"));
            textAgain.setOnAction(e -> model.askTextAgain(getItem()));
            VBox who = new VBox(2, caller, number);
            who.setMinWidth(200);
            HBox.setHgrow(outcome, Priority.ALWAYS);
            outcome.setMaxWidth(Double.MAX_VALUE);
            // A long outcome ("Not texted: the carrier refused ...") wraps; the buttons never shrink to "Copy n...".
            outcome.setMinWidth(0);
            for (Button b : new Button[] {textAgain, copy, open}) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
            row = new HBox(14, when, who, outcome, textAgain, copy, open);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("call-log-row");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(CallRow item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            when.setText(item.when());
            caller.setText(item.caller());
            number.setText(item.number());
            Ui.show(number, !item.number().isEmpty());
            outcome.setText(item.outcome());
            outcome.pseudoClassStateChanged(CALL_BACK, item.needsCallBack());
            Ui.show(copy, item.callBack() != null);
            Ui.show(open, item.threadId() != null);
            Ui.show(textAgain, item.canTextAgain());
            setGraphic(row);
        }
    }
}
