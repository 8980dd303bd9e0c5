package com.ringbook.ui.thread;

import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.StageChip;
import com.ringbook.ui.common.Ui;
import com.ringbook.ui.common.UiExecutor;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The right-hand side: the open conversation with its next steps and the booking step under way, the lead card
 * beside it; or an empty state when no conversation is picked.
 */
public final class ThreadView extends StackPane {
    private static final KeyCombination QUALIFY_KEY = new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination LOST_KEY = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination SAVED_REPLY_KEY = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

    private final ThreadViewModel model;
    private final UiExecutor ui;
    private long shownThreadId = -1;
    private final Label avatar = Ui.label("", "avatar");
    private final Label name = Ui.id(Ui.label("", "contact-name"), "contactName");
    private final TextField nameField = Ui.id(new TextField(), "contactNameField");
    private final Label phone = Ui.id(Ui.label("", "contact-phone"), "contactPhone");
    private final StageChip stage = Ui.id(new StageChip(), "stageChip");
    private final HBox actionsBox = new HBox(8);
    private final ListView<TimelineItem> timeline = Ui.id(new ListView<>(), "timeline");
    private final TextArea composer = Ui.id(new TextArea(), "composer");
    private final BookingPanel bookingPanel;
    private final NextStepsBar nextSteps;
    private final SuggestionBar suggestion;
    private final LostPanel lostPanel;

    /**
     * @param lead    the lead card shown beside the conversation
     * @param booking offering, booking, cancelling and moving, docked above the composer
     */
    public ThreadView(ThreadViewModel model, LeadCardViewModel lead, BookingViewModel booking, UiExecutor ui) {
        this.model = model;
        this.ui = ui;
        getStyleClass().add("thread-pane");
        getStylesheets().add(ThreadView.class.getResource(CustomerHistoryView.STYLESHEET).toExternalForm());
        lostPanel = new LostPanel(model.lost(), this::focusComposer);
        bookingPanel = new BookingPanel(booking, ui, this::focusComposer);
        nextSteps = new NextStepsBar(model, booking);
        suggestion = new SuggestionBar(booking, this::focusComposer);
        VBox conversation = new VBox(header(), banner(), actionError(), timelineArea(), composerArea());
        conversation.getStyleClass().add("thread-content");
        VBox.setVgrow(timeline, Priority.ALWAYS);
        LeadCardView leadCard = new LeadCardView(lead, booking);
        VBox rightColumn = new VBox(new CustomerHistoryView(model.history()), leadCard);
        rightColumn.getStyleClass().add("right-column");
        VBox.setVgrow(leadCard, Priority.ALWAYS);
        HBox content = new HBox(conversation, rightColumn);
        HBox.setHgrow(conversation, Priority.ALWAYS);
        Ui.id(content, "threadView");
        Ui.bindShown(content, model.summaryProperty().isNotNull());
        VBox empty = emptyState();
        Ui.bindShown(empty, model.threadIdProperty().lessThan(0));
        VBox lostLayer = lostPanel.overlay();
        Ui.bindShown(lostLayer, model.summaryProperty().isNotNull());
        StackPane.setAlignment(lostLayer, Pos.TOP_RIGHT);
        // Under the header's buttons, clear of the right-hand column (280 wide): where Mark lost was clicked.
        StackPane.setMargin(lostLayer, new javafx.geometry.Insets(72, 300, 0, 0));
        getChildren().addAll(empty, content, lostLayer);
        model.summaryProperty().addListener((obs, was, now) -> showSummary(now));
        sceneProperty().addListener((obs, was, now) -> installShortcuts(now));
    }

    private HBox header() {
        avatar.setMinSize(40, 40);
        avatar.setMaxSize(40, 40);
        avatar.setAlignment(Pos.CENTER);
        avatar.textProperty().bind(model.initialsProperty());
        name.textProperty().bind(model.contactNameProperty());
        phone.textProperty().bind(model.phoneProperty());

        name.setCursor(Cursor.TEXT);
        name.setTooltip(new Tooltip("Click to rename"));
        Label pencil = new Label(null, Icons.of(MaterialDesignP.PENCIL_OUTLINE, "rename-icon"));
        pencil.setCursor(Cursor.HAND);
        HBox nameRow = new HBox(6, name, pencil, nameField);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        Ui.show(nameField, false);
        nameField.setPromptText("Customer name");
        nameField.setPrefColumnCount(18);
        name.setOnMouseClicked(e -> startRename());
        pencil.setOnMouseClicked(e -> startRename());
        nameField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                finishRename(true);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                finishRename(false);
                e.consume();
            }
        });
        nameField.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && nameField.isVisible()) {
                finishRename(true);
            }
        });
        name.visibleProperty().bind(nameField.visibleProperty().not());
        name.managedProperty().bind(name.visibleProperty());
        pencil.visibleProperty().bind(name.visibleProperty());
        pencil.managedProperty().bind(name.visibleProperty());

        phone.setGraphic(Icons.of(MaterialDesignP.PHONE_OUTLINE, "phone-icon"));
        HBox subRow = new HBox(10, phone, stage, LostPanel.reasonLabel(model.history().currentLostReasonProperty()));
        subRow.setAlignment(Pos.CENTER_LEFT);
        VBox who = new VBox(4, nameRow, subRow);

        actionsBox.setAlignment(Pos.CENTER_RIGHT);
        model.actions().addListener((ListChangeListener<Stage>) c -> rebuildActions());

        HBox header = new HBox(12, avatar, who, Ui.spacer(), lostPanel.reopenButton(), actionsBox);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("thread-header");
        return header;
    }

    private HBox banner() {
        Label text = Ui.id(Ui.label("", "banner-text"), "problemText");
        text.setWrapText(true);
        text.textProperty().bind(model.problemProperty());
        HBox banner = new HBox(10, Icons.of(MaterialDesignA.ALERT_CIRCLE, "banner-icon"), text);
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().addAll("banner", "banner-error");
        Ui.id(banner, "problemBanner");
        Ui.bindShown(banner, text.textProperty().isNotEmpty());
        return banner;
    }

    private Label actionError() {
        Label error = Ui.id(Ui.label("", "inline-error", "action-error"), "actionError");
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        error.textProperty().bind(model.actionErrorProperty());
        Ui.bindShown(error, model.actionErrorProperty().isNotEmpty());
        return error;
    }

    private ListView<TimelineItem> timelineArea() {
        timeline.getStyleClass().add("timeline");
        timeline.setFocusTraversable(false);
        timeline.setCellFactory(v -> new TimelineCell(model::zone, timeline.widthProperty()));
        timeline.setItems(model.timeline());
        timeline.setSelectionModel(new NoSelectionModel<>());
        // The rows are the same texts in another zone: draw them again so every time follows Settings.
        model.zoneProperty().addListener((obs, was, now) -> timeline.refresh());
        // The booking step opening or closing changes the timeline's height: keep the latest text in view.
        bookingPanel.visibleProperty().addListener((obs, was, now) -> scrollToLatest());
        model.timeline().addListener((ListChangeListener<TimelineItem>) c -> {
            boolean grew = false;
            while (c.next()) {
                grew |= c.wasAdded() && !c.wasReplaced();
            }
            if (grew || c.getList().size() < 40) {
                scrollToLatest();
            }
        });
        return timeline;
    }

    private void scrollToLatest() {
        ui.later(() -> timeline.scrollTo(Math.max(0, timeline.getItems().size() - 1)));
    }

    private VBox composerArea() {
        composer.setId("composer");
        composer.setWrapText(true);
        composer.setPrefRowCount(3);
        composer.textProperty().bindBidirectional(model.draftProperty());
        composer.disableProperty().bind(model.canComposeProperty().not());
        composer.promptTextProperty().bind(Bindings.when(model.canComposeProperty())
                .then("Write a reply…").otherwise(""));
        composer.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.ENTER) {
                return;
            }
            e.consume();
            if (e.isShiftDown()) {
                composer.replaceSelection("\n");
            } else {
                model.send();
            }
        });

        Button send = Ui.whole(Ui.id(new Button("Send"), "sendButton"));
        send.getStyleClass().add("primary");
        send.setGraphic(Icons.of(MaterialDesignS.SEND));
        send.disableProperty().bind(model.canSendProperty().not());
        send.setOnAction(e -> model.send());
        Tooltip sendTip = new Tooltip();
        sendTip.textProperty().bind(model.sendTipProperty());
        send.setTooltip(sendTip);
        // A disabled button shows no tooltip (JavaFX 17): its holder says why Send is off.
        StackPane sendHolder = new StackPane(send);
        Tooltip.install(sendHolder, sendTip);

        Button saved = Ui.id(new Button(null, Icons.of(MaterialDesignM.MESSAGE_TEXT_FAST_OUTLINE)), "savedRepliesButton");
        saved.setTooltip(new Tooltip("Put a saved reply in the box (" + SAVED_REPLY_KEY.getDisplayText() + ")"));
        saved.disableProperty().bind(model.canComposeProperty().not());
        saved.setOnAction(e -> openSavedReplies());
        SavedRepliesPicker picker = new SavedRepliesPicker(model.savedReplies(), composer::replaceSelection,
                this::focusComposer);

        Label hint = Ui.label("Enter to send · Shift+Enter for a new line", "composer-hint");
        Label counter = Ui.id(Ui.label("", "composer-hint", "composer-counter"), "composerCounter");
        counter.textProperty().bind(model.counterProperty());
        model.tooLongProperty().addListener((obs, was, now) -> {
            if (now) {
                counter.getStyleClass().add("over-limit");
            } else {
                counter.getStyleClass().remove("over-limit");
            }
        });
        HBox foot = new HBox(10, hint, Ui.spacer(), counter, saved, sendHolder);
        foot.setAlignment(Pos.CENTER_LEFT);

        Label error = Ui.id(Ui.label("", "inline-error"), "composerError");
        error.setWrapText(true);
        error.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        error.textProperty().bind(model.composerErrorProperty());
        Ui.bindShown(error, model.composerErrorProperty().isNotEmpty());

        Label note = Ui.id(Ui.label("", "composer-note"), "composerNote");
        note.setWrapText(true);
        note.setGraphic(Icons.of(MaterialDesignM.MESSAGE_OFF_OUTLINE, "note-icon"));
        note.textProperty().bind(model.composerNoteProperty());
        Ui.bindShown(note, model.composerNoteProperty().isNotEmpty());

        VBox box = new VBox(8, bookingPanel, suggestion, nextSteps, note, error, picker, composer, foot);
        box.getStyleClass().add("composer-box");
        return box;
    }

    private VBox emptyState() {
        Label icon = new Label(null, Icons.of(MaterialDesignF.FORUM_OUTLINE, "empty-icon"));
        Label title = Ui.label("Pick a conversation", "empty-title");
        Label hint = Ui.label("Choose a thread on the left to read it and reply. Use ↑ and ↓ to move through the list.",
                "empty-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(320);
        hint.setAlignment(Pos.CENTER);
        VBox box = new VBox(10, icon, title, hint);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        Ui.id(box, "threadEmpty");
        return box;
    }

    private void showSummary(ThreadSummary s) {
        if (s == null) {
            return;
        }
        stage.setStage(s.stage());
        if (s.id() != shownThreadId) {
            // Another thread: drop an unfinished rename. The same thread re-read keeps the edit going.
            shownThreadId = s.id();
            Ui.show(nameField, false);
        }
    }

    private void rebuildActions() {
        actionsBox.getChildren().clear();
        for (Stage target : model.actions()) {
            String label = model.actionLabel(target);
            Button b = Ui.whole(Ui.id(new Button(label), "stageAction-" + target.name()));
            KeyCombination key = target == Stage.LOST ? LOST_KEY : QUALIFY_KEY;
            b.setTooltip(new Tooltip(label + " (" + key.getDisplayText() + ")"));
            b.setGraphic(Icons.of(target == Stage.LOST ? MaterialDesignT.THUMB_DOWN_OUTLINE
                    : MaterialDesignM.MESSAGE_REPLY_TEXT_OUTLINE));
            b.getStyleClass().addAll("stage-action", "stage-action-" + target.name().toLowerCase(Locale.ROOT));
            b.setOnAction(e -> act(target));
            actionsBox.getChildren().add(b);
        }
    }

    private void installShortcuts(Scene scene) {
        if (scene == null) {
            return;
        }
        scene.getAccelerators().put(QUALIFY_KEY, () -> runShortcut(Stage.QUALIFYING));
        scene.getAccelerators().put(LOST_KEY, () -> runShortcut(Stage.LOST));
        scene.getAccelerators().put(LostPanel.REOPEN_KEY, () -> {
            if (getScene() != null && isVisible()) {
                model.lost().reopen();
            }
        });
        scene.getAccelerators().put(SAVED_REPLY_KEY, () -> {
            if (Ui.showing(composer)) {
                openSavedReplies();
            }
        });
    }

    /** Marking lost asks why first; other moves go straight ahead. */
    private void act(Stage target) {
        if (target == Stage.LOST) {
            model.lost().ask();
        } else {
            model.moveTo(target);
        }
    }

    /** Saved replies go into the reply box only while it takes text. */
    private void openSavedReplies() {
        if (model.canComposeProperty().get()) {
            model.savedReplies().open();
        }
    }

    private void runShortcut(Stage target) {
        if (getScene() != null && isVisible() && model.actions().contains(target)) {
            act(target);
        }
    }

    private void startRename() {
        ThreadSummary s = model.summaryProperty().get();
        if (s == null) {
            return;
        }
        nameField.setText(s.name() == null ? "" : s.name());
        Ui.show(nameField, true);
        nameField.requestFocus();
        nameField.selectAll();
    }

    private void finishRename(boolean commit) {
        if (!nameField.isVisible()) {
            return;
        }
        Ui.show(nameField, false);
        if (commit) {
            model.rename(nameField.getText());
        }
    }

    /** Docks the open thread's scheduled follow-up (with Cancel and Send now) right above the timeline. */
    public void showFollowUps(FollowUpViewModel followUps) {
        followUps.follow(model.threadIdProperty());
        if (timeline.getParent() instanceof javafx.scene.layout.Pane conversation) {
            conversation.getChildren().add(conversation.getChildren().indexOf(timeline), new FollowUpBar(followUps));
        }
    }

    public void focusComposer() {
        composer.requestFocus();
    }
}
