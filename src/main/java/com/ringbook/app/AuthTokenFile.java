package com.ringbook.app;

import com.ringbook.engine.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The Twilio auth token, in a file of its own in the data dir that only its owner can read, never in
 * the settings table (so a copied or exported database carries no secret). RINGBOOK_TWILIO_AUTH_TOKEN
 * takes its place for one run without being saved.
 */
final class AuthTokenFile implements Credentials {
    private final Path file;
    private final Optional<String> fromEnvironment;

    AuthTokenFile(Path dataDir, Map<String, String> env) {
        this.file = dataDir.resolve("secrets").resolve("twilio-auth-token");
        String value = env.get(EnvironmentSettings.AUTH_TOKEN);
        this.fromEnvironment = value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    @Override
    public Optional<String> authToken() {
        if (fromEnvironment.isPresent()) {
            return fromEnvironment;
        }
        try {
            return Files.exists(file)
                    ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()).filter(t -> !t.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the saved auth token", e);
        }
    }

    @Override
    public void saveAuthToken(String token) {
        try {
            OwnerOnlyFile.write(file, token);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the auth token", e);
        }
    }
}
