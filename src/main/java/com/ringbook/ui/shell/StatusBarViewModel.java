package com.ringbook.ui.shell;

import com.ringbook.engine.api.StatusService;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import com.ringbook.ui.common.TimeText;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's texts, re-read from the engine whenever it says something moved. */
public final class StatusBarViewModel {
    private final StatusService service;
    private final UiExecutor ui;
    private final ReadOnlyStringWrapper carrier = new ReadOnlyStringWrapper("carrier: …");
    private final ReadOnlyStringWrapper carrierDetail = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<StatusSnapshot.Health> health = new ReadOnlyObjectWrapper<>(StatusSnapshot.Health.CONNECTING);
    private final ReadOnlyStringWrapper engine = new ReadOnlyStringWrapper("engine: …");
    private final ReadOnlyStringWrapper outbox = new ReadOnlyStringWrapper("outbox: …");
    private final ReadOnlyStringWrapper median = new ReadOnlyStringWrapper("median text-back today: —");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper someoneWaiting = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper waitingBadge = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper textingPaused = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper resumeProblem = new ReadOnlyStringWrapper("");
    private boolean loading;
    private boolean again;

    public StatusBarViewModel(StatusService service, EngineEvents events, UiExecutor ui) {
        this.service = service;
        this.ui = ui;
        events.onStatusChanged(this::refresh);
    }

    public void refresh() {
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        ui.then(service.snapshot(), s -> {
            apply(s);
            done();
        }, problem -> {
            engine.set("engine: unreachable");
            done();
        });
    }

    private void done() {
        loading = false;
        if (again) {
            again = false;
            refresh();
        }
    }

    private void apply(StatusSnapshot s) {
        health.set(s.carrierHealth());
        carrier.set("carrier: " + s.carrierName() + (s.carrierHealth() == StatusSnapshot.Health.STANDBY
                ? " (on the engine's desk)" : " (" + s.carrierHealth().name().toLowerCase(Locale.ROOT) + ")"));
        carrierDetail.set(s.carrierMessage() == null ? "" : s.carrierMessage());
        // On a shared store, which desk runs the engine says more than this desk's engine state.
        engine.set(s.engineDesk() != null ? s.engineDesk() : "engine: " + s.engineState().name().toLowerCase(Locale.ROOT));
        outbox.set("outbox: " + s.outboxBacklog());
        median.set(medianText(s.medianTextBackToday(), s.textBacksToday()));
        waiting.set(s.waitingThreads() + " waiting");
        someoneWaiting.set(s.waitingThreads() > 0);
        waitingBadge.set(s.waitingThreads() == 0 ? "" : String.valueOf(s.waitingThreads()));
        problem.set(s.problem() == null ? "" : s.problem());
        textingPaused.set(s.textingPaused());
    }

    /** Texting was paused (from the tray): the texts waiting in the outbox leave now. */
    public void resumeTexting() {
        resumeProblem.set("");
        ui.then(service.pauseTexting(false), pausedNow -> {
            textingPaused.set(pausedNow);
            refresh();
        }, resumeProblem::set);
    }

    /** "median text-back today: 120 ms (6 today)", or a dash when nothing was texted back today. */
    public static String medianText(java.time.Duration median, int textBacksToday) {
        return median == null || textBacksToday == 0
                ? "median text-back today: —"
                : "median text-back today: " + TimeText.seconds(median) + " (" + textBacksToday + " today)";
    }

    public ReadOnlyStringProperty carrierProperty() {
        return carrier.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty carrierDetailProperty() {
        return carrierDetail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StatusSnapshot.Health> healthProperty() {
        return health.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty engineProperty() {
        return engine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty outboxProperty() {
        return outbox.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty medianProperty() {
        return median.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Texting is paused: no text leaves until it is resumed, and the bar says so. */
    public ReadOnlyBooleanProperty textingPausedProperty() {
        return textingPaused.getReadOnlyProperty();
    }

    /** Why Resume did not work, or empty. */
    public ReadOnlyStringProperty resumeProblemProperty() {
        return resumeProblem.getReadOnlyProperty();
    }

    /** A customer waits for an answer: the waiting count stands out. */
    public ReadOnlyBooleanProperty someoneWaitingProperty() {
        return someoneWaiting.getReadOnlyProperty();
    }

    /** The inbox entry's badge: how many wait, or empty (no badge) when nobody does. */
    public ReadOnlyStringProperty waitingBadgeProperty() {
        return waitingBadge.getReadOnlyProperty();
    }
}
