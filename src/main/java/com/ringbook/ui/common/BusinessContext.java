package com.ringbook.ui.common;

import com.ringbook.domain.Settings;
import com.ringbook.engine.api.ConsoleService;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What every screen needs to know about the business for this run: its name (for the title and
 * template previews) and time zone (for every time shown). Environment overrides win, as in the engine.
 */
public final class BusinessContext {
    private final ConsoleService service;
    private final StringProperty name = new SimpleStringProperty(Settings.defaults().get(Settings.BUSINESS_NAME));
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.systemDefault());
    private final StringProperty region = new SimpleStringProperty("US");

    public BusinessContext(ConsoleService service) {
        this.service = service;
    }

    public void reload() {
        Fx.then(service.settings(), stored -> {
            Map<String, String> effective = new LinkedHashMap<>(stored);
            effective.putAll(service.environmentOverrides());
            name.set(effective.getOrDefault(Settings.BUSINESS_NAME, name.get()).strip());
            region.set(Settings.normalized(effective).get(Settings.REGION));
            try {
                zone.set(ZoneId.of(effective.getOrDefault(Settings.ZONE, ZoneId.systemDefault().getId()).strip()));
            } catch (DateTimeException e) {
                zone.set(ZoneId.systemDefault());
            }
        }, problem -> { });
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
