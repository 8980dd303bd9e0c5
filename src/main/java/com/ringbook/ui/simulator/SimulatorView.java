package com.ringbook.ui.simulator;

import com.ringbook.engine.api.Simulation;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.TimeText;
import com.ringbook.ui.common.Ui;
import com.ringbook.ui.common.UiExecutor;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/** The simulator screen: a caller panel on the left, the customer's phone on the right. */
public final class SimulatorView extends HBox {
    private final SimulatorViewModel model;
    private final UiExecutor ui;
    private final TextField callerId = Ui.id(new TextField(), "simCallerId");

    public SimulatorView(SimulatorViewModel model, UiExecutor ui) {
        this.model = model;
        this.ui = ui;
        getStyleClass().add("simulator-screen");
        setSpacing(28);
        setAlignment(Pos.TOP_CENTER);
        VBox controls = controls();
        StackPane phone = phone();
        getChildren().addAll(controls, phone);
    }

    private VBox controls() {
        Label title = Ui.label("Simulator", "screen-title");
        Label intro = Ui.label("Play a customer. Call the business and let it ring out, then text back and forth "
                + "exactly as a customer would. Everything appears in the inbox like a real call.", "screen-subtitle");
        intro.setWrapText(true);

        Label callerLabel = Ui.label("Caller ID", "field-label");
        callerId.textProperty().bindBidirectional(model.callerIdProperty());
        callerId.setPromptText("(206) 555-0142");
        callerLabel.setLabelFor(callerId);
        Button newNumber = Ui.id(new Button("New caller"), "simNewNumber");
        newNumber.setGraphic(Icons.of(MaterialDesignD.DICE_5_OUTLINE));
        newNumber.setTooltip(new Tooltip("Pick a fresh fictional number"));
        newNumber.setOnAction(e -> model.newCaller());
        HBox.setHgrow(callerId, Priority.ALWAYS);
        HBox callerRow = new HBox(8, callerId, newNumber);

        Button ring = Ui.id(new Button("Ring and let it go unanswered"), "simRing");
        ring.getStyleClass().addAll("primary", "big-button");
        ring.setGraphic(Icons.of(MaterialDesignP.PHONE_MISSED));
        ring.setMaxWidth(Double.MAX_VALUE);
        ring.disableProperty().bind(model.canRingProperty().not());
        ring.setOnAction(e -> model.ringAndMiss());

        Label status = Ui.id(Ui.label("", "sim-status"), "simStatus");
        status.setWrapText(true);
        status.setGraphic(Icons.of(MaterialDesignP.PHONE_CHECK_OUTLINE, "ok-icon"));
        status.textProperty().bind(model.statusProperty());
        model.notTextedProperty().addListener((obs, was, now) -> {
            status.pseudoClassStateChanged(PseudoClass.getPseudoClass("not-texted"), now);
            status.setGraphic(now ? Icons.of(MaterialDesignP.PHONE_REMOVE_OUTLINE, "warn-icon")
                    : Icons.of(MaterialDesignP.PHONE_CHECK_OUTLINE, "ok-icon"));
        });
        Ui.bindShown(status, model.statusProperty().isNotEmpty());
        Label error = Ui.id(Ui.label("", "inline-error"), "simError");
        error.setWrapText(true);
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        error.textProperty().bind(model.errorProperty());
        Ui.bindShown(error, model.errorProperty().isNotEmpty());

        VBox callCard = new VBox(10, callerLabel, callerRow, ring, status, error);
        callCard.getStyleClass().add("card");

        Label recentTitle = Ui.label("Recent callers", "card-title");
        ListView<SimulatorViewModel.RecentCaller> recent = Ui.id(new ListView<>(model.recentCallers()), "simRecent");
        recent.getStyleClass().add("recent-list");
        recent.setPrefHeight(220);
        recent.setCellFactory(v -> new ListCell<>() {
            private final Label text = new Label(null, Icons.of(MaterialDesignP.PHONE_OUTLINE, "phone-icon"));

            @Override
            protected void updateItem(SimulatorViewModel.RecentCaller item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                } else {
                    text.setText(item.label());
                    pseudoClassStateChanged(PseudoClass.getPseudoClass("current"), model.isCurrent(item));
                    setGraphic(text);
                }
            }
        });
        Label none = Ui.label("Callers you simulate appear here so you can switch between them.", "placeholder-hint");
        none.setWrapText(true);
        recent.setPlaceholder(none);
        // Switch on a click or Enter only: the list re-sorts under the selection as calls come in.
        recent.setOnMouseClicked(e -> switchToSelected(recent));
        recent.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                switchToSelected(recent);
            }
        });
        model.callerIdProperty().addListener((obs, was, now) -> recent.refresh());
        VBox.setVgrow(recent, Priority.ALWAYS);
        VBox recentCard = new VBox(10, recentTitle, recent);
        recentCard.getStyleClass().add("card");
        VBox.setVgrow(recentCard, Priority.ALWAYS);

        VBox box = new VBox(16, new VBox(6, title, intro), callCard, recentCard);
        box.setPrefWidth(400);
        box.setMaxWidth(440);
        box.setMinWidth(340);
        return box;
    }

    private StackPane phone() {
        Label avatar = new Label(null, Icons.of(MaterialDesignS.STORE_OUTLINE, "phone-avatar-icon"));
        avatar.getStyleClass().add("phone-avatar");
        Label business = Ui.label("", "phone-contact");
        business.textProperty().bind(model.businessNameProperty());
        Label whose = Ui.label("", "phone-owner");
        whose.textProperty().bind(Bindings.concat("This phone: ", model.callerIdProperty()));
        VBox head = new VBox(2, avatar, business, whose);
        head.setAlignment(Pos.CENTER);
        head.getStyleClass().add("phone-header");

        ListView<Simulation.PhoneText> texts = Ui.id(new ListView<>(model.conversation()), "simPhone");
        texts.getStyleClass().add("phone-texts");
        texts.setFocusTraversable(false);
        texts.setCellFactory(v -> new PhoneTextCell(texts));
        Label empty = Ui.label("No texts with this number yet.\nRing the business to start.", "placeholder-hint");
        empty.setWrapText(true);
        empty.setAlignment(Pos.CENTER);
        empty.setMaxWidth(220);
        texts.setPlaceholder(empty);
        model.conversation().addListener((ListChangeListener<Simulation.PhoneText>) c ->
                ui.later(() -> texts.scrollTo(Math.max(0, texts.getItems().size() - 1))));
        VBox.setVgrow(texts, Priority.ALWAYS);

        FlowPane quick = new FlowPane(6, 6);
        quick.getStyleClass().add("quick-replies");
        for (int i = 0; i < SimulatorViewModel.QUICK_REPLIES.size(); i++) {
            String reply = SimulatorViewModel.QUICK_REPLIES.get(i);
            Button b = Ui.id(new Button(reply), "simQuick-" + i);
            b.getStyleClass().add("quick-reply");
            b.disableProperty().bind(model.busyProperty());
            b.setOnAction(e -> model.quickReply(reply));
            quick.getChildren().add(b);
        }

        TextField message = Ui.id(new TextField(), "simMessage");
        message.setPromptText("Text message");
        message.textProperty().bindBidirectional(model.messageProperty());
        message.setOnAction(e -> model.sendAsCustomer());
        HBox.setHgrow(message, Priority.ALWAYS);
        Button send = Ui.id(new Button("Send as customer"), "simSend");
        send.getStyleClass().add("primary");
        send.setGraphic(Icons.of(MaterialDesignS.SEND));
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(e -> model.sendAsCustomer());
        send.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox input = new HBox(6, message, send);
        input.setAlignment(Pos.CENTER);
        VBox foot = new VBox(8, quick, input);
        foot.getStyleClass().add("phone-foot");

        VBox screen = new VBox(head, texts, foot);
        screen.getStyleClass().add("phone-screen");
        StackPane phone = new StackPane(screen);
        phone.getStyleClass().add("phone");
        phone.setPrefWidth(430);
        phone.setMaxWidth(440);
        phone.setMinWidth(400);
        phone.setMaxHeight(720);
        return phone;
    }

    private void switchToSelected(ListView<SimulatorViewModel.RecentCaller> recent) {
        model.switchTo(recent.getSelectionModel().getSelectedItem());
        recent.getSelectionModel().clearSelection();
    }

    public void focusCallerId() {
        callerId.requestFocus();
    }

    /** One text on the simulated phone: the business on the left, this phone's owner on the right. */
    private final class PhoneTextCell extends ListCell<Simulation.PhoneText> {
        private final PseudoClass mine = PseudoClass.getPseudoClass("mine");
        private final Label body = Ui.label("", "phone-bubble-body");
        private final Label time = Ui.label("", "phone-bubble-time");
        private final VBox bubble = new VBox(2, body, time);
        private final HBox row = new HBox(bubble);

        PhoneTextCell(ListView<?> list) {
            getStyleClass().add("phone-text-cell");
            setPrefWidth(0);
            body.setWrapText(true);
            body.setMinHeight(Region.USE_PREF_SIZE);
            body.maxWidthProperty().bind(list.widthProperty().multiply(0.72));
            bubble.getStyleClass().add("phone-bubble");
            bubble.setMaxWidth(Region.USE_PREF_SIZE);
        }

        @Override
        protected void updateItem(Simulation.PhoneText item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            boolean customer = !item.fromBusiness();
            bubble.pseudoClassStateChanged(mine, customer);
            row.setAlignment(customer ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
            body.setText(item.body());
            time.setText(item.at() == null ? "" : TimeText.clock(item.at(), model.zone()));
            setGraphic(row);
        }
    }
}
