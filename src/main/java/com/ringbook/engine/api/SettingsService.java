package com.ringbook.engine.api;

import com.ringbook.domain.Settings;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The business's settings as stored and as this run uses them, and the carrier's credentials. */
public interface SettingsService {

    /** The stored settings with defaults filled in (never the auth token). */
    CompletableFuture<Map<String, String>> stored();

    /** The settings this run works with: the stored ones with this run's environment overrides on top. */
    Settings effective();

    /** Saves the draft if valid; completes with field key to problem, empty when saved. */
    CompletableFuture<Map<String, String>> save(Map<String, String> draft);

    /**
     * Checks the carrier settings of a draft (not yet saved) with the given auth token, or with the
     * saved one when {@code authToken} is blank.
     */
    CompletableFuture<ConnectionTest> testConnection(Map<String, String> draft, String authToken);

    /** Stores the carrier auth token apart from the settings, readable by this user only. */
    CompletableFuture<Void> saveAuthToken(String authToken);

    /** A masked hint of the saved auth token ("••••••••3f9a"), empty when none is saved. */
    CompletableFuture<Optional<String>> authTokenHint();

    /** Settings keys whose value this run takes from the environment instead of the database. */
    Map<String, String> environmentOverrides();
}
