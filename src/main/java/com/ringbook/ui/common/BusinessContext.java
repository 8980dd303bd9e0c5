package com.ringbook.ui.common;

import com.ringbook.domain.Settings;
import java.time.ZoneId;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What every screen needs to know about the business: its name (for the title and template previews)
 * and time zone (for every time shown), exactly as the engine uses them this run, overrides included.
 */
public final class BusinessContext {
    private final Supplier<Settings> effective;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(Settings.defaults().get(Settings.BUSINESS_NAME));
    private final ReadOnlyObjectWrapper<ZoneId> zone = new ReadOnlyObjectWrapper<>(ZoneId.systemDefault());
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper("US");

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

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return zone.get();
    }

    public ReadOnlyStringProperty regionProperty() {
        return region.getReadOnlyProperty();
    }
}
