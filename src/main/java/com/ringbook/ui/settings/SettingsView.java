package com.ringbook.ui.settings;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.ConnectionTest;
import com.ringbook.ui.common.Icons;
import com.ringbook.ui.common.Ui;
import java.time.ZoneId;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/** The settings screen: a column of cards and a save bar that stays in view. */
public final class SettingsView extends BorderPane {
    private static final javafx.css.PseudoClass CHECKING = javafx.css.PseudoClass.getPseudoClass("checking");
    private static final javafx.css.PseudoClass OK = javafx.css.PseudoClass.getPseudoClass("ok");
    private static final javafx.css.PseudoClass FAILED = javafx.css.PseudoClass.getPseudoClass("failed");
    private final SettingsViewModel model;
    private FormSection carrierSection;
    private VBox column;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        getStyleClass().add("settings-screen");
        setId("settingsScreen");

        Label title = Ui.label("Settings", "screen-title");
        Label subtitle = Ui.label("How Ringbook introduces your business and when it texts.", "screen-subtitle");
        Label general = Ui.id(Ui.label("", "banner", "banner-error"), "settingsProblem");
        general.setWrapText(true);
        general.setMaxWidth(Double.MAX_VALUE);
        general.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE, "banner-icon"));
        general.textProperty().bind(model.generalProblemProperty());
        Ui.bindShown(general, model.generalProblemProperty().isNotEmpty());

        VBox column = new VBox(16, new VBox(4, title, subtitle), general, business(), hours(), textBack(), phones(),
                BookingSection.of(model), FollowUpSection.of(model), CannedRepliesSection.of(model), carrier());
        column.getChildren().add(InboxSection.of(model));
        column.getStyleClass().add("settings-column");
        this.column = column;
        column.setMaxWidth(820);
        HBox centre = new HBox(column);
        centre.setAlignment(Pos.TOP_CENTER);
        HBox.setHgrow(column, javafx.scene.layout.Priority.ALWAYS);
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("settings-scroll");
        setCenter(scroll);
        setBottom(saveBar());
        // Tabbing through the form keeps the focused field in view.
        sceneProperty().addListener((obs, was, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((o, old, focused) -> keepInView(scroll, centre, focused));
            }
        });
    }

    /** A card built outside this screen (the installation's Backups), below the others. */
    public void addSection(javafx.scene.Node section) {
        column.getChildren().add(section);
    }

    private static void keepInView(ScrollPane scroll, javafx.scene.Node content, javafx.scene.Node focused) {
        if (focused == null || !isInside(focused, content)) {
            return;
        }
        javafx.geometry.Bounds b = content.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double margin = 24;
        if (b.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (b.getMinY() - margin) / (contentHeight - viewport)));
        } else if (b.getMaxY() + margin > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() + margin - viewport) / (contentHeight - viewport)));
        }
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private FormSection business() {
        FormSection s = new FormSection("Business", MaterialDesignD.DOMAIN,
                "The name customers know you by, and where you are.");
        s.addField(model, Settings.BUSINESS_NAME, "Business name", text(Settings.BUSINESS_NAME, "e.g. Harbor Plumbing"), null);
        ComboBox<String> zone = editableCombo(Settings.ZONE,
                ZoneId.getAvailableZoneIds().stream().sorted().toList());
        s.addField(model, Settings.ZONE, "Time zone", zone, "All times in the console are shown in this zone.");
        ComboBox<String> region = editableCombo(Settings.REGION, java.util.List.of("US", "CA", "GB", "AU", "NZ", "IE"));
        region.setPrefWidth(120);
        s.addField(model, Settings.REGION, "Country / region", region,
                "Two-letter code used to read local phone numbers, e.g. US.");
        return s;
    }

    private FormSection hours() {
        FormSection s = new FormSection("Hours", MaterialDesignC.CLOCK_OUTLINE,
                "Inside these hours callers get the business-hours text; outside them, the after-hours text.");
        ComboBox<String> opens = editableCombo(Settings.OPENS, SettingsViewModel.timeChoices());
        opens.setPrefWidth(120);
        ComboBox<String> closes = editableCombo(Settings.CLOSES, SettingsViewModel.timeChoices());
        closes.setPrefWidth(120);
        s.addField(model, Settings.OPENS, "Opens at", opens, null);
        s.addField(model, Settings.CLOSES, "Closes at", closes, null);

        HBox days = new HBox();
        days.getStyleClass().add("segmented");
        for (String day : SettingsViewModel.DAYS) {
            ToggleButton t = Ui.id(new ToggleButton(day.charAt(0) + day.substring(1).toLowerCase()), "day-" + day);
            t.getStyleClass().add("day-toggle");
            t.setSelected(model.hasDay(day));
            t.selectedProperty().addListener((obs, was, on) -> {
                if (on != model.hasDay(day)) {
                    model.setDay(day, on);
                }
            });
            days.getChildren().add(t);
        }
        model.value(Settings.DAYS).addListener((obs, was, now) -> days.getChildren().forEach(n -> {
            ToggleButton t = (ToggleButton) n;
            t.setSelected(model.hasDay(t.getId().substring(4)));
        }));
        s.addField(model, Settings.DAYS, "Open days", days, null);
        return s;
    }

    private FormSection textBack() {
        FormSection s = new FormSection("Text-back", MaterialDesignM.MESSAGE_TEXT_OUTLINE,
                "What a missed caller receives. Use {business} for your name and {first_name} for theirs "
                        + "(\"there\" when Ringbook doesn't know it yet).");
        templateField(s, Settings.TEMPLATE_OPEN, "During business hours");
        templateField(s, Settings.TEMPLATE_CLOSED, "After hours");
        templateField(s, Settings.HELP_TEXT, "Reply to HELP");
        templateField(s, com.ringbook.domain.OptInSettings.CONFIRMATION, "Reply to START");
        TextField window = text(Settings.WINDOW_HOURS, "24");
        window.setMaxWidth(120);
        s.addField(model, Settings.WINDOW_HOURS, "Text once per", window,
                "Hours. A caller who rings again within this time does not get a second text.");
        return s;
    }

    private void templateField(FormSection s, String key, String label) {
        TextArea area = new TextArea();
        area.setWrapText(true);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(model.value(key));
        s.addField(model, key, label, area, null);
        Label preview = Ui.id(Ui.label("", "template-preview"), "preview-" + FormSection.idOf(key).substring(8));
        preview.setWrapText(true);
        preview.textProperty().bind(model.preview(key));
        Label caption = Ui.label("Preview", "preview-caption");
        caption.setGraphic(Icons.of(MaterialDesignC.CELLPHONE, "note-icon"));
        VBox box = new VBox(4, caption, preview);
        box.getStyleClass().add("preview-box");
        Ui.bindShown(box, preview.textProperty().isNotEmpty());
        s.addRow("", box);
    }

    private FormSection phones() {
        FormSection s = new FormSection("Phones", MaterialDesignP.PHONE_OUTLINE,
                "Numbers Ringbook never texts back. One per line; anything after two spaces (a name) is ignored.");
        s.addField(model, Settings.STAFF, "Staff phones", area(Settings.STAFF, "(206) 555-0110  Maria"),
                "Your own team's phones.");
        s.addField(model, Settings.BLOCKED, "Blocked numbers", area(Settings.BLOCKED, "(206) 555-0199"),
                "Spam and numbers that asked not to be contacted.");
        return s;
    }

    private FormSection carrier() {
        FormSection s = new FormSection("Carrier", MaterialDesignR.RADIO_TOWER,
                "How Ringbook hears about missed calls and sends texts. The simulator needs no account.");
        ComboBox<String> kind = new ComboBox<>(FXCollections.observableArrayList("simulator", "twilio"));
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null ? "" : switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "simulator" -> "Simulated carrier (no account needed)";
                    case "twilio" -> "Twilio";
                    default -> value;
                };
            }

            @Override
            public String fromString(String text) {
                return text;
            }
        });
        kind.setMinWidth(280);
        kind.valueProperty().bindBidirectional(model.value(CarrierSettings.KIND));
        s.addField(model, CarrierSettings.KIND, "Carrier", kind, null);

        javafx.beans.binding.BooleanBinding twilio = model.twilioChosen();
        s.addGroup("twilioAccount", twilio.or(model.anyProblem(CarrierSettings.ACCOUNT_SID, CarrierSettings.NUMBER,
                CarrierSettings.API_BASE)), () -> {
            s.addField(model, CarrierSettings.ACCOUNT_SID, "Account SID",
                    text(CarrierSettings.ACCOUNT_SID, "AC followed by 32 letters and digits"),
                    "On the Twilio Console's home page, under Account Info.");
            s.addRow("Auth token", authToken());
            s.addField(model, CarrierSettings.NUMBER, "Twilio number", text(CarrierSettings.NUMBER, "+12065550100"),
                    "The number customers call, in international form.");
            s.addField(model, CarrierSettings.API_BASE, "API base URL",
                    text(CarrierSettings.API_BASE, "https://api.twilio.com"),
                    "Change only for a Twilio-compatible provider.");
        });
        testConnection(s);
        s.addGroup("twilioDelivery", twilio.or(model.anyProblem(CarrierSettings.POLL_SECONDS,
                CarrierSettings.WEBHOOK_PORT, CarrierSettings.PUBLIC_URL, CarrierSettings.RING_SECONDS)), () -> {
            s.addField(model, CarrierSettings.FORWARDING_TARGET, "Forwarding target", forwardingTarget(),
                    "Turn on when your business line forwards unanswered calls to this Twilio number.");
            TextField poll = text(CarrierSettings.POLL_SECONDS, "5");
            poll.setMaxWidth(120);
            s.addField(model, CarrierSettings.POLL_SECONDS, "Poll every (seconds)", poll, null);
            TextField port = text(CarrierSettings.WEBHOOK_PORT, "8080");
            port.setMaxWidth(120);
            s.addField(model, CarrierSettings.WEBHOOK_PORT, "Webhook port", port,
                    "Webhooks are used when both a port and a public URL are set; otherwise Ringbook polls.");
            s.addField(model, CarrierSettings.PUBLIC_URL, "Public URL",
                    text(CarrierSettings.PUBLIC_URL, "https://desk.example.com"), null);
            TextField ring = text(CarrierSettings.RING_SECONDS, "20");
            ring.setMaxWidth(120);
            s.addField(model, CarrierSettings.RING_SECONDS, "Ring staff for (seconds)", ring,
                    "With webhooks, how long the staff phones ring before the caller hears that a text is coming.");
        });
        s.addNote("Carrier changes take effect after Ringbook restarts.", MaterialDesignI.INFORMATION_OUTLINE);
        carrierSection = s;
        return s;
    }

    /**
     * The auth token: typed only, never filled with the saved one (the prompt says which is saved), and
     * saved with the settings. A PasswordField shows dots and lets nothing be copied out of it.
     */
    private VBox authToken() {
        PasswordField token = Ui.id(new PasswordField(), "twilioAuthToken");
        token.textProperty().bindBidirectional(model.authTokenProperty());
        token.promptTextProperty().bind(model.authTokenPromptProperty());
        token.getStyleClass().add("secret-field");
        Label hint = Ui.label("From the Twilio Console, next to the Account SID. Leave empty to keep the saved one. "
                + "Kept on this PC apart from the settings, readable only by you.", "field-hint");
        hint.setWrapText(true);
        Label problem = Ui.id(Ui.label("", "field-problem"), "problem-twilio-auth-token");
        problem.setWrapText(true);
        problem.setGraphic(Icons.of(MaterialDesignA.ALERT_CIRCLE_OUTLINE, "error-icon"));
        problem.textProperty().bind(model.authTokenProblemProperty());
        Ui.bindShown(problem, model.authTokenProblemProperty().isNotEmpty());
        model.authTokenProblemProperty().addListener((obs, was, now) ->
                token.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("invalid"), !now.isEmpty()));
        return new VBox(4, token, hint, problem);
    }

    /** "Test connection" and what it found, next to the button. */
    private void testConnection(FormSection s) {
        Button test = Ui.id(new Button("Test connection"), "testConnection");
        test.setGraphic(Icons.of(MaterialDesignL.LAN_CONNECT));
        test.setMinWidth(Region.USE_PREF_SIZE);
        test.disableProperty().bind(model.canTestConnectionProperty().not());
        test.setOnAction(e -> model.testConnection());

        Label result = Ui.id(Ui.label("", "connection-result"), "connectionResult");
        result.setWrapText(true);
        result.setMaxWidth(Region.USE_PREF_SIZE);
        result.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(result, javafx.scene.layout.Priority.ALWAYS);
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.getStyleClass().add("connection-spinner");
        Runnable paint = () -> {
            ConnectionTest outcome = model.connectionResultProperty().get();
            boolean checking = model.checkingProperty().get();
            result.pseudoClassStateChanged(CHECKING, checking);
            result.pseudoClassStateChanged(OK, !checking && outcome != null && outcome.ok());
            result.pseudoClassStateChanged(FAILED, !checking && outcome != null && !outcome.ok());
            if (checking) {
                result.setText("Checking…");
                result.setGraphic(spinner);
            } else if (outcome != null) {
                result.setText(outcome.message());
                result.setGraphic(outcome.ok()
                        ? Icons.of(MaterialDesignC.CHECK_CIRCLE, "result-icon")
                        : Icons.of(MaterialDesignA.ALERT_CIRCLE, "result-icon"));
            } else {
                result.setText("");
                result.setGraphic(null);
            }
            Ui.show(result, checking || outcome != null);
        };
        model.checkingProperty().addListener((obs, was, now) -> paint.run());
        model.connectionResultProperty().addListener((obs, was, now) -> paint.run());
        paint.run();
        HBox actions = s.addActions(test, result);
        actions.getStyleClass().add("connection-actions");
        actions.setAlignment(Pos.CENTER_LEFT);
    }

    private HBox saveBar() {
        Button save = Ui.id(new Button("Save changes"), "saveSettings");
        save.getStyleClass().add("primary");
        save.setGraphic(Icons.of(MaterialDesignC.CONTENT_SAVE_OUTLINE));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        save.setTooltip(new javafx.scene.control.Tooltip("Save (Ctrl+S)"));
        Button discard = Ui.id(new Button("Discard changes"), "discardSettings");
        discard.disableProperty().bind(model.dirtyProperty().not());
        discard.setOnAction(e -> model.discard());
        Label status = Ui.id(Ui.label("", "save-status"), "settingsStatus");
        status.textProperty().bind(model.statusProperty());
        status.graphicProperty().bind(Bindings.when(model.savedProperty())
                .then((javafx.scene.Node) Icons.of(MaterialDesignC.CHECK_CIRCLE, "ok-icon"))
                .otherwise((javafx.scene.Node) null));
        model.savedProperty().addListener((obs, was, now) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("saved"), now));
        model.failedProperty().addListener((obs, was, now) -> status.pseudoClassStateChanged(
                javafx.css.PseudoClass.getPseudoClass("failed"), now));
        // After a refused save, take the user to the first field to fix.
        model.firstProblemKeyProperty().addListener((obs, was, key) -> {
            if (key != null && !key.isEmpty() && getScene() != null) {
                javafx.scene.Node field = lookup("#" + FormSection.idOf(key));
                if (field != null) {
                    field.requestFocus();
                }
            }
        });
        HBox bar = new HBox(10, status, Ui.spacer(), discard, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("save-bar");
        return bar;
    }

    /** Stored as "true"/"false" like every setting; the box and the draft follow each other. */
    private CheckBox forwardingTarget() {
        CheckBox box = new CheckBox("Every call that reaches this number is a missed call");
        StringProperty value = model.value(CarrierSettings.FORWARDING_TARGET);
        box.setSelected(Boolean.parseBoolean(value.get()));
        box.selectedProperty().addListener((obs, was, on) -> value.set(Boolean.toString(on)));
        value.addListener((obs, was, now) -> box.setSelected(Boolean.parseBoolean(now)));
        return box;
    }

    private TextField text(String key, String prompt) {
        TextField field = new TextField();
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(model.value(key));
        return field;
    }

    private TextArea area(String key, String prompt) {
        TextArea area = new TextArea();
        area.setPromptText(prompt);
        area.setPrefRowCount(3);
        area.textProperty().bindBidirectional(model.value(key));
        return area;
    }

    private ComboBox<String> editableCombo(String key, java.util.List<String> choices) {
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setVisibleRowCount(12);
        box.getEditor().textProperty().bindBidirectional(model.value(key));
        box.valueProperty().addListener((obs, was, now) -> {
            if (now != null && !now.equals(model.value(key).get())) {
                model.value(key).set(now);
            }
        });
        return box;
    }

    /** The carrier card, so the Twilio credentials and "Test connection" can be added to it. */
    public FormSection carrierSection() {
        return carrierSection;
    }
}
