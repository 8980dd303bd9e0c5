package com.ringbook.store.sqlite;

import com.ringbook.store.CarrierStateRepository;
import java.util.Optional;

/** The carrier_state table: the carrier's own values, by key. */
final class SqliteCarrierState implements CarrierStateRepository.Writable {
    private final Sql sql;

    SqliteCarrierState(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<String> get(String key) {
        return sql.queryOne("SELECT value FROM carrier_state WHERE key = ?", s -> s.setString(1, key), r -> r.getString(1));
    }

    @Override
    public void put(String key, String value) {
        sql.update("INSERT INTO carrier_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                s -> {
                    s.setString(1, key);
                    s.setString(2, value);
                });
    }
}
