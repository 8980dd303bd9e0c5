package com.ringbook.ui.common;

import com.ringbook.domain.JobType;
import com.ringbook.domain.Settings;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What every screen needs to know about the business: its name (for the title and template previews),
 * time zone (for every time shown), the job types it books and the questions staff ask with one click,
 * exactly as the engine uses them this run, overrides included.
 */
public final class BusinessContext {
    private final Supplier<Settings> effective;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(Settings.defaults().get(Settings.BUSINESS_NAME));
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.systemDefault());
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper("US");
    private final ReadOnlyObjectWrapper<Duration> waitingTarget = new ReadOnlyObjectWrapper<>(Duration.ofMinutes(5));
    private final ObservableList<String> jobTypes = FXCollections.observableArrayList();
    private final ObservableList<String> questions = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyJobTypes = FXCollections.unmodifiableObservableList(jobTypes);
    private final ObservableList<String> readOnlyQuestions = FXCollections.unmodifiableObservableList(questions);
    private final ObservableList<String> cannedReplies = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyCannedReplies = FXCollections.unmodifiableObservableList(cannedReplies);

    /** @param effective the settings this run uses (the settings service's {@code effective}) */
    public BusinessContext(Supplier<Settings> effective) {
        this.effective = effective;
    }

    /** Reads the settings this run uses again (after a save); the engine keeps them in memory, so this is instant. */
    public void reload() {
        Settings now = effective.get();
        name.set(now.businessName().strip());
        region.set(now.region());
        zone.set(now.zone());
        waitingTarget.set(now.inbox().waitingTarget());
        List<String> types = now.schedule().jobTypes().stream().map(JobType::name).toList();
        if (!types.equals(jobTypes)) {
            jobTypes.setAll(types);
        }
        if (!now.qualifyingQuestions().equals(questions)) {
            questions.setAll(now.qualifyingQuestions());
        }
        if (!now.cannedReplies().equals(cannedReplies)) {
            cannedReplies.setAll(now.cannedReplies());
        }
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone.get();
    }

    /** How long a customer may wait for an answer before the inbox shows them late. */
    public ReadOnlyObjectProperty<Duration> waitingTargetProperty() {
        return waitingTarget.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty regionProperty() {
        return region.getReadOnlyProperty();
    }

    /** The job types as Settings name them, in their order. */
    public ObservableList<String> jobTypes() {
        return readOnlyJobTypes;
    }

    /** The qualifying questions, one a line in Settings, in their order. */
    public ObservableList<String> qualifyingQuestions() {
        return readOnlyQuestions;
    }

    /** The saved replies as Settings list them, placeholders not yet filled in. */
    public ObservableList<String> cannedReplies() {
        return readOnlyCannedReplies;
    }
}
