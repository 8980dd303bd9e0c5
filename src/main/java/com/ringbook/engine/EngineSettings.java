package com.ringbook.engine;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.ConnectionTest;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.engine.api.SettingsService;
import com.ringbook.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** The settings service the console calls: stored settings, saving a draft, the carrier's credentials. */
final class EngineSettings implements SettingsService {
    private final Store store;
    private final ReadPool reads;
    private final EffectiveSettings settings;
    private final Credentials credentials;
    private final ConnectionTester connectionTester;
    private final ChangeFeed feed;

    EngineSettings(Store store, ReadPool reads, EffectiveSettings settings, Credentials credentials,
                   ConnectionTester connectionTester, ChangeFeed feed) {
        this.store = store;
        this.reads = reads;
        this.settings = settings;
        this.credentials = credentials;
        this.connectionTester = connectionTester;
        this.feed = feed;
    }

    @Override
    public CompletableFuture<Map<String, String>> stored() {
        return reads.read(s -> {
            Map<String, String> all = new LinkedHashMap<>(Settings.defaults());
            all.putAll(s.settings().all());
            return all;
        });
    }

    @Override
    public Settings effective() {
        return settings.current();
    }

    @Override
    public CompletableFuture<Map<String, String>> save(Map<String, String> draft) {
        // Checked as this run will read them back, so a save can never leave settings that do not load.
        Map<String, String> problems = settings.problems(draft);
        if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(problems);
        }
        Map<String, String> known = new LinkedHashMap<>(draft);
        known.keySet().retainAll(Settings.defaults().keySet());
        return store.write(s -> {
            s.settings().put(known);
            return (Void) null;
        }).thenApply(v -> {
            settings.reload();
            feed.publish(new EngineEvent.SettingsChanged());
            return Map.<String, String>of();
        });
    }

    @Override
    public CompletableFuture<ConnectionTest> testConnection(Map<String, String> draft, String authToken) {
        Map<String, String> problems = settings.problems(draft);
        if (!problems.isEmpty()) {
            return CompletableFuture.completedFuture(new ConnectionTest(false, String.join(" ", problems.values())));
        }
        CarrierSettings carrierSettings = settings.resolve(draft).carrier();
        if (carrierSettings.kind() == CarrierSettings.Kind.SIMULATOR) {
            return CompletableFuture.completedFuture(new ConnectionTest(true, "The simulated carrier needs no account."));
        }
        // Off the caller's thread from here: the saved token is read from disk, the test goes over the network.
        return reads.call(() -> {
            Optional<String> token = authToken == null || authToken.isBlank()
                    ? credentials.authToken()
                    : Optional.of(authToken.strip());
            return token.map(t -> connectionTester.test(carrierSettings, t))
                    .orElseGet(() -> new ConnectionTest(false, "Enter the auth token from the Twilio console."));
        });
    }

    @Override
    public CompletableFuture<Void> saveAuthToken(String authToken) {
        if (authToken == null || authToken.isBlank()) {
            return CompletableFuture.failedFuture(new RequestRefused("Enter the auth token first."));
        }
        return reads.run(() -> credentials.saveAuthToken(authToken.strip()))
                .thenRun(() -> feed.publish(new EngineEvent.SettingsChanged()));
    }

    @Override
    public CompletableFuture<Optional<String>> authTokenHint() {
        return reads.call(() -> credentials.authToken().map(Credentials::hint));
    }

    @Override
    public Map<String, String> environmentOverrides() {
        return settings.overrides();
    }
}
