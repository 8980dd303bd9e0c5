package com.ringbook.store.sqlite;

import com.ringbook.store.SettingsRepository;
import java.util.LinkedHashMap;
import java.util.Map;

/** The settings table: reads every setting, writes the ones given. */
final class SqliteSettings implements SettingsRepository.Writable {
    private final Sql sql;

    SqliteSettings(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Map<String, String> all() {
        Map<String, String> settings = new LinkedHashMap<>();
        sql.query("SELECT key, value FROM settings", s -> { }, r -> settings.put(r.getString(1), r.getString(2)));
        return settings;
    }

    @Override
    public void put(Map<String, String> values) {
        values.forEach((key, value) -> sql.update(
                "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                s -> {
                    s.setString(1, key);
                    s.setString(2, value);
                }));
    }
}
