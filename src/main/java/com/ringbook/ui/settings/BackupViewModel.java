package com.ringbook.ui.settings;

import com.ringbook.backup.api.BackupFile;
import com.ringbook.backup.api.BackupService;
import com.ringbook.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The Backups card's state: the newest backup and how many are kept, Backup now, and Restore, each
 * answered in a sentence; one thing at a time.
 */
public final class BackupViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.US);

    private final BackupService backups;
    private final UiExecutor ui;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param zone the zone backups' times are shown in (this computer's: the files are on it) */
    public BackupViewModel(BackupService backups, UiExecutor ui, ZoneId zone) {
        this.backups = backups;
        this.ui = ui;
        this.zone = zone;
    }

    public Path folder() {
        return backups.folder();
    }

    /** Reads the folder again (when the card is shown). */
    public void refresh() {
        ui.then(backups.list(), this::show, this::failed);
    }

    public void backupNow() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set("Backing up…");
        problem.set(false);
        ui.then(backups.backupNow(), file -> {
            busy.set(false);
            outcome.set("Backed up to " + file.name() + ".");
            refresh();
        }, this::failed);
    }

    /** Restores {@code file}; the engine restarts on it, and the console with it. */
    public void restore(Path file) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set("Checking " + file.getFileName() + "…");
        problem.set(false);
        ui.then(backups.restore(file), done -> {
            busy.set(false);
            outcome.set("Restoring " + file.getFileName() + ": Ringbook restarts on it.");
        }, this::failed);
    }

    private void show(List<BackupFile> files) {
        summary.set(files.isEmpty()
                ? "No backup yet: the first daily one is made a minute after Ringbook starts."
                : "Newest: " + WHEN.format(files.get(0).taken().atZone(zone)) + " (" + files.size()
                        + (files.size() == 1 ? " backup" : " backups") + " kept; the newest " + BackupService.KEPT
                        + " daily ones stay).");
    }

    private void failed(String message) {
        busy.set(false);
        problem.set(true);
        outcome.set(message);
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
