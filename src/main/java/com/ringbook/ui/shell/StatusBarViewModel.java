package com.ringbook.ui.shell;

import com.ringbook.engine.api.StatusService;
import com.ringbook.engine.api.StatusSnapshot;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import com.ringbook.ui.common.TimeText;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The status bar's texts, re-read from the engine whenever it says something moved. */
public final class StatusBarViewModel {
    private final StatusService service;
    private final UiExecutor ui;
    private final StringProperty carrier = new SimpleStringProperty("carrier: …");
    private final StringProperty carrierDetail = new SimpleStringProperty("");
    private final ObjectProperty<StatusSnapshot.Health> health = new SimpleObjectProperty<>(StatusSnapshot.Health.CONNECTING);
    private final StringProperty engine = new SimpleStringProperty("engine: …");
    private final StringProperty outbox = new SimpleStringProperty("outbox: …");
    private final StringProperty median = new SimpleStringProperty("median text-back today: —");
    private final StringProperty waiting = new SimpleStringProperty("");
    private final StringProperty problem = new SimpleStringProperty("");
    private final ObjectProperty<Integer> waitingCount = new SimpleObjectProperty<>(0);
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
        carrier.set("carrier: " + s.carrierName() + " (" + s.carrierHealth().name().toLowerCase(Locale.ROOT) + ")");
        carrierDetail.set(s.carrierMessage() == null ? "" : s.carrierMessage());
        engine.set("engine: " + s.engineState().name().toLowerCase(Locale.ROOT));
        outbox.set("outbox: " + s.outboxBacklog());
        median.set(medianText(s.medianTextBackToday(), s.textBacksToday()));
        waiting.set(s.waitingThreads() + " waiting");
        waitingCount.set(s.waitingThreads());
        problem.set(s.problem() == null ? "" : s.problem());
    }

    /** "median text-back today: 120 ms (6 today)", or a dash when nothing was texted back today. */
    public static String medianText(java.time.Duration median, int textBacksToday) {
        return median == null || textBacksToday == 0
                ? "median text-back today: —"
                : "median text-back today: " + TimeText.seconds(median) + " (" + textBacksToday + " today)";
    }

    public StringProperty carrierProperty() {
        return carrier;
    }

    public StringProperty carrierDetailProperty() {
        return carrierDetail;
    }

    public ObjectProperty<StatusSnapshot.Health> healthProperty() {
        return health;
    }

    public StringProperty engineProperty() {
        return engine;
    }

    public StringProperty outboxProperty() {
        return outbox;
    }

    public StringProperty medianProperty() {
        return median;
    }

    public StringProperty waitingProperty() {
        return waiting;
    }

    public StringProperty problemProperty() {
        return problem;
    }

    public ObjectProperty<Integer> waitingCountProperty() {
        return waitingCount;
    }
}
