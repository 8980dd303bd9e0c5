package com.ringbook.ui.common;

import com.ringbook.domain.Settings;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every screen needs to know about the business: its name (for the title and template previews)
 * and time zone (for every time shown), exactly as the engine uses them this run, overrides included.
 */
public final class BusinessContext {
    private final Supplier<Settings> effective;
    private final StringProperty name = new SimpleStringProperty(Settings.defaults().get(Settings.BUSINESS_NAME));
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.systemDefault());
    private final StringProperty region = new SimpleStringProperty("US");

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
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public ZoneId zone() {
        return zone.get();
    }

    public StringProperty regionProperty() {
        return region;
    }
}
