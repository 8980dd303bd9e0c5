package com.ringbook.engine;

import com.ringbook.domain.Settings;
import com.ringbook.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one place that turns stored settings and this run's environment overrides into the validated
 * settings everything else works with. Built before the carrier and the engine, so both read from it
 * without knowing each other.
 */
public final class EffectiveSettings {
    private final Store store;
    private final Map<String, String> overrides;
    private volatile Settings current;

    private EffectiveSettings(Store store, Map<String, String> overrides) {
        this.store = store;
        this.overrides = Map.copyOf(overrides);
        this.current = load();
    }

    /**
     * @param overrides settings taken from the environment for this run only; never saved
     * @throws IllegalArgumentException when the stored settings with the overrides are not usable
     */
    public static EffectiveSettings open(Store store, Map<String, String> overrides) {
        return new EffectiveSettings(store, overrides);
    }

    /** The settings in force now; a save that passed {@link #problems} replaces them at once. */
    public Settings current() {
        return current;
    }

    /** Settings keys whose value this run takes from the environment instead of the database. */
    public Map<String, String> overrides() {
        return overrides;
    }

    /** What would be wrong with a draft once this run's overrides are applied: field key to problem, empty when none. */
    public Map<String, String> problems(Map<String, String> draft) {
        return Settings.validate(withOverrides(draft));
    }

    /** A draft as this run would use it; it must have no {@link #problems}. */
    public Settings resolve(Map<String, String> draft) {
        return Settings.fromMap(withOverrides(draft));
    }

    /** Reads the stored settings again, after a save. */
    void reload() {
        current = load();
    }

    private Settings load() {
        Map<String, String> stored = store.read(s -> s.settings().all());
        Map<String, String> problems = problems(stored);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Settings are not usable: " + String.join(" ", problems.values()));
        }
        return resolve(stored);
    }

    private Map<String, String> withOverrides(Map<String, String> draft) {
        Map<String, String> effective = new LinkedHashMap<>(draft);
        effective.putAll(overrides);
        return effective;
    }
}
