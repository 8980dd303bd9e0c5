package com.ringbook.ui.settings;

import com.ringbook.ui.common.Ui;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The "Shared database" card: this desk's own database or the office's shared PostgreSQL one, saved in this
 * desk's data dir for the next start. Binds only; {@link SharedDatabaseViewModel} holds the rules.
 */
public final class SharedDatabaseSection {
    private SharedDatabaseSection() {
    }

    public static FormSection of(SharedDatabaseViewModel model) {
        FormSection s = new FormSection("Shared database", MaterialDesignD.DATABASE_OUTLINE,
                "Several desks of one office can work on one PostgreSQL database: every desk sees every call and "
                        + "reply, and one of them runs the engine. This choice is kept on this PC and takes effect "
                        + "when Ringbook next starts. To bring this PC's data into a new, empty shared database, close "
                        + "Ringbook and run \"ringbook copy-to-postgres\" once (README, \"Several desks\").");
        s.setId("sharedDatabaseSection");

        Label inUse = Ui.id(Ui.label("", "card-description"), "sharedDbInUse");
        inUse.setWrapText(true);
        inUse.textProperty().bind(model.inUseProperty());
        Label environment = Ui.id(Ui.label("", "override-note"), "sharedDbEnvironment");
        environment.setWrapText(true);
        environment.textProperty().bind(model.environmentProperty());
        Ui.bindShown(environment, model.environmentProperty().isNotEmpty());
        s.addRow("Now", new VBox(4, inUse, environment));

        ToggleGroup where = new ToggleGroup();
        RadioButton thisPc = Ui.id(new RadioButton("This PC only (the data dir's own database)"), "sharedDbThisPc");
        RadioButton office = Ui.id(new RadioButton("The office's shared PostgreSQL database"), "sharedDbShared");
        thisPc.setToggleGroup(where);
        office.setToggleGroup(where);
        Runnable follow = () -> where.selectToggle(model.sharedProperty().get() ? office : thisPc);
        follow.run();
        model.sharedProperty().addListener((o, was, is) -> follow.run());
        where.selectedToggleProperty().addListener((o, was, is) -> {
            if (is != null) {
                model.sharedProperty().set(is == office);
            }
        });
        VBox choice = new VBox(4, thisPc, office);
        choice.disableProperty().bind(model.lockedProperty());
        s.addRow("Database", choice);

        s.addGroup("sharedDbFields", model.sharedProperty(), () -> {
            TextField url = Ui.id(new TextField(), "sharedDbUrl");
            url.setPromptText(SharedDatabaseViewModel.URL_EXAMPLE);
            url.textProperty().bindBidirectional(model.urlProperty());
            url.editableProperty().bind(model.lockedProperty().not());
            s.addRow("JDBC URL", hinted(url, "The server, port, database and user; the password goes below, not here."));

            PasswordField password = Ui.id(new PasswordField(), "sharedDbPassword");
            password.getStyleClass().add("secret-field");
            password.textProperty().bindBidirectional(model.passwordProperty());
            password.disableProperty().bind(model.lockedProperty());
            Label note = Ui.id(Ui.label("", "field-hint"), "sharedDbPasswordNote");
            note.setWrapText(true);
            note.textProperty().bind(model.passwordNoteProperty());
            s.addRow("Password", new VBox(4, password, note));

            TextField desk = Ui.id(new TextField(), "sharedDbDeskName");
            desk.promptTextProperty().bind(model.hostNameProperty());
            desk.textProperty().bindBidirectional(model.deskNameProperty());
            desk.editableProperty().bind(model.lockedProperty().not());
            s.addRow("This desk's name", hinted(desk, "Shown on every desk's status bar when this desk runs the engine. "
                    + "Empty: this PC's name."));
        });

        Button test = Ui.id(new Button("Test connection"), "sharedDbTest");
        test.setOnAction(e -> model.test());
        test.disableProperty().bind(model.busyProperty().or(model.lockedProperty()).or(model.sharedProperty().not()));
        Button save = Ui.id(new Button("Save"), "sharedDbSave");
        save.getStyleClass().add("primary");
        save.setOnAction(e -> model.save());
        save.disableProperty().bind(model.busyProperty().or(model.lockedProperty()));
        s.addActions(test, save);

        Label outcome = FormSection.outcome("sharedDbOutcome", model.outcomeProperty(), model.problemProperty());
        s.addRow("", outcome);
        s.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        return s;
    }

    private static VBox hinted(javafx.scene.Node field, String hint) {
        Label h = Ui.label(hint, "field-hint");
        h.setWrapText(true);
        return new VBox(4, field, h);
    }
}
