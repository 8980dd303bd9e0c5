package com.ringbook.store.postgres;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;

/**
 * How the engine lock's session names itself to the server ({@code application_name}, shown in pg_stat_activity):
 * the desk that holds the lock and since when, so every desk can read who runs the engine from the lock itself —
 * no table that a dead holder would leave stale. PostgreSQL keeps 63 bytes of printable ASCII there, so the desk's
 * name is percent-encoded where it is not plain ASCII, and shortened to fit.
 */
final class PgEngineLockName {
    static final int MAX_BYTES = 63;
    private static final String ENGINE = "Ringbook engine ";
    private static final String STANDBY = "Ringbook standby ";

    private PgEngineLockName() {
    }

    /** The name of a desk's lock session while it holds the lock. */
    static String holding(String desk, Instant since) {
        return fit(ENGINE + since.getEpochSecond() + " ", desk);
    }

    /** The name of a desk's lock session while it stands by (for whoever looks at pg_stat_activity). */
    static String standingBy(String desk) {
        return fit(STANDBY, desk);
    }

    /** What a holding session's name says; empty for any other name. */
    static Optional<Parsed> parse(String applicationName) {
        if (applicationName == null || !applicationName.startsWith(ENGINE)) {
            return Optional.empty();
        }
        String rest = applicationName.substring(ENGINE.length());
        int space = rest.indexOf(' ');
        if (space <= 0) {
            return Optional.empty();
        }
        try {
            Instant since = Instant.ofEpochSecond(Long.parseLong(rest.substring(0, space)));
            return Optional.of(new Parsed(decode(rest.substring(space + 1)), since));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    record Parsed(String desk, Instant since) {
    }

    private static String fit(String prefix, String desk) {
        StringBuilder out = new StringBuilder(prefix);
        for (byte b : desk.strip().getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            String piece = c >= 0x20 && c < 0x7f && c != '%' ? Character.toString(c) : String.format("%%%02X", c);
            if (out.length() + piece.length() > MAX_BYTES) {
                break; // shortened on a whole piece; a cut multi-byte letter decodes to a replacement character
            }
            out.append(piece);
        }
        return out.toString();
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()) {
                try {
                    bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    // not an escape: kept as written
                }
            }
            bytes.write(c);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
