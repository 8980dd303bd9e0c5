package com.ringbook.engine;

import java.util.Optional;

public final class InMemoryCredentials implements Credentials {
    private volatile String token;

    @Override
    public Optional<String> authToken() {
        return Optional.ofNullable(token);
    }

    @Override
    public void saveAuthToken(String token) {
        this.token = token;
    }
}
