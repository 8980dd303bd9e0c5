package com.ringbook.engine;

import java.util.Optional;

/**
 * Where the carrier's auth token lives: apart from the settings table, readable by the owner only.
 * The engine never logs or returns it; screens see {@link #hint} at most.
 */
public interface Credentials {

    Optional<String> authToken();

    void saveAuthToken(String token);

    /** The last few characters, enough to recognise which token is saved. */
    static String hint(String token) {
        String t = token.strip();
        return "••••••••" + (t.length() > 8 ? t.substring(t.length() - 4) : "");
    }
}
