package com.ringbook.ui.settings;

import com.ringbook.ui.common.UiExecutor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The "Open Ringbook when I sign in" switch: it shows what is on the PC (read again whenever the card
 * shows), and flipping it adds or removes the entry; when that fails the switch goes back to what is
 * really there and the card says why.
 */
public final class StartAtLoginViewModel {
    private final StartAtLogin entry;
    private final UiExecutor ui;
    /** The switch; the user's flip is handed to {@link #turn}. */
    private final BooleanProperty on = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper outcome = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public StartAtLoginViewModel(StartAtLogin entry, UiExecutor ui) {
        this.entry = entry;
        this.ui = ui;
    }

    public String where() {
        return entry.where();
    }

    /** Reads the entry again (when the card is shown). */
    public void refresh() {
        if (busy.get()) {
            return;
        }
        ui.then(entry.isOn(), on::set, this::failed);
    }

    /** Adds or removes the entry; the switch then shows what is on the PC. */
    public void turn(boolean wanted) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        problem.set(false);
        outcome.set("");
        on.set(wanted);
        ui.then(entry.turn(wanted), now -> {
            busy.set(false);
            on.set(now);
            outcome.set(now ? "Ringbook will open when you sign in to this PC." : "Ringbook will not open by itself.");
        }, message -> {
            failed(message);
            // The switch shows what is really there, whatever the failure left behind.
            ui.then(entry.isOn(), on::set, ignored -> on.set(false));
        });
    }

    private void failed(String message) {
        busy.set(false);
        problem.set(true);
        outcome.set(message);
    }

    public ReadOnlyBooleanProperty onProperty() {
        return on;
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
