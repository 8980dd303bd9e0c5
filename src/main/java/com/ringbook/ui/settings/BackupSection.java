package com.ringbook.ui.settings;

import com.ringbook.ui.common.Ui;
import java.io.File;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/**
 * The Backups card: where backups go, the newest one, Backup now, Restore (a file chosen, then
 * confirmed) and the About box.
 */
public final class BackupSection {
    private BackupSection() {
    }

    public static FormSection of(Installation installation, BackupViewModel model) {
        FormSection s = new FormSection("Backups", MaterialDesignD.DATABASE_EXPORT_OUTLINE,
                "Ringbook copies its database every day and keeps the last 14, in the data folder. Copy that "
                        + "folder to another disk now and then: a backup on the same PC does not survive the PC.");
        s.setId("backupSection");
        Label folder = Ui.id(Ui.label(model.folder().toString(), "card-description"), "backupFolder");
        s.addRow("Folder", folder);
        Label summary = Ui.id(Ui.label("", "card-description"), "backupSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(model.summaryProperty());
        s.addRow("Backups", summary);
        Label outcome = FormSection.outcome("backupOutcome", model.outcomeProperty(), model.problemProperty());
        Button now = Ui.id(new Button("Back up now"), "backupNow");
        now.disableProperty().bind(model.busyProperty());
        now.setOnAction(e -> model.backupNow());
        Button restore = Ui.id(new Button("Restore…"), "backupRestore");
        restore.disableProperty().bind(model.busyProperty());
        restore.setOnAction(e -> chooseAndRestore(s, model));
        Button about = Ui.id(new Button("About Ringbook"), "aboutOpen");
        about.setOnAction(e -> AboutBox.show(s.getScene().getWindow(), installation.about()));
        s.addActions(now, restore, about);
        s.addRow("", outcome);
        s.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        return s;
    }

    private static void chooseAndRestore(FormSection s, BackupViewModel model) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Restore a Ringbook backup");
        File folder = model.folder().toFile();
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Ringbook database", "*.db"));
        File file = chooser.showOpenDialog(s.getScene().getWindow());
        if (file == null) {
            return;
        }
        ButtonType replace = new ButtonType("Restore", ButtonBar.ButtonData.OK_DONE);
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                "Everything Ringbook holds now is replaced by " + file.getName() + ". A copy of today's data is "
                        + "kept in the backups folder first. Ringbook restarts on the restored data.",
                replace, ButtonType.CANCEL);
        confirm.initOwner(s.getScene().getWindow());
        confirm.setHeaderText("Restore this backup?");
        confirm.showAndWait().filter(replace::equals).ifPresent(b -> model.restore(file.toPath()));
    }
}
