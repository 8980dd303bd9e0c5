package com.ringbook.store;

import java.util.Map;

/** The business's settings, stored as key and value. */
public interface SettingsRepository {

    Map<String, String> all();

    /** Changes to the settings, made inside the writer's current transaction. */
    interface Writable extends SettingsRepository {

        void put(Map<String, String> values);
    }
}
