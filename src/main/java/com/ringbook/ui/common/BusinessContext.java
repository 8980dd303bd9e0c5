package com.ringbook.ui.common;

import com.ringbook.domain.Settings;
import com.ringbook.engine.api.ConsoleService;
import java.time.ZoneId;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every screen needs to know about the business: its name (for the title and template previews)
 * and time zone (for every time shown), exactly as the engine uses them this run, overrides included.
 */
public final class BusinessContext {
    private final ConsoleService service;
    private final StringProperty name = new SimpleStringProperty(Settings.defaults().get(Settings.BUSINESS_NAME));
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.systemDefault());
    private final StringProperty region = new SimpleStringProperty("US");

    public BusinessContext(ConsoleService service) {
        this.service = service;
    }

    /** Reads the settings this run uses again (after a save); the engine keeps them in memory, so this is instant. */
    public void reload() {
        Settings effective = service.settings().effective();
        name.set(effective.businessName().strip());
        region.set(effective.region());
        zone.set(effective.zone());
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
