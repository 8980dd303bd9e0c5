package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthTokenFileTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @TempDir
    Path dir;

    @Test
    void theTokenIsSavedOwnerOnlyAndOutsideTheDatabase() throws Exception {
        try (Ringbook ringbook = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            assertThat(ringbook.engine().settings().authTokenHint().join()).isEmpty();

            ringbook.engine().settings().saveAuthToken(TOKEN).join();

            assertThat(ringbook.engine().settings().authTokenHint().join()).contains("••••••••cdef");
        }
        Path file = dir.resolve("secrets/twilio-auth-token");
        assertThat(Files.readString(file)).isEqualTo(TOKEN);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(new String(Files.readAllBytes(dir.resolve("ringbook.db")), StandardCharsets.ISO_8859_1)).doesNotContain(TOKEN);
    }

    @Test
    void theEnvironmentTokenIsUsedForThisRunButNeverSaved() {
        AuthTokenFile credentials = new AuthTokenFile(dir, Map.of("RINGBOOK_TWILIO_AUTH_TOKEN", " from-env "));
        assertThat(credentials.authToken()).contains("from-env");
        assertThat(Files.exists(dir.resolve("secrets/twilio-auth-token"))).isFalse();
    }
}
