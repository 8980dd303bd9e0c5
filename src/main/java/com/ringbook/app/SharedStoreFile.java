package com.ringbook.app;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The database this desk chose in Settings, kept in its data dir (never in a database: it decides which database
 * is opened): {@code shared-database.properties} says this PC's own or the office's shared PostgreSQL database, its
 * URL and this desk's name; the password is apart, in {@code secrets/database-password}, readable only by its owner
 * (as the Twilio auth token is kept), so the plain file can be read, copied or sent to support without a secret.
 */
final class SharedStoreFile {
    static final String FILE = "shared-database.properties";
    private static final String DATABASE = "database";
    private static final String SHARED = "postgresql";
    private static final String THIS_PC = "this-pc";
    private static final String URL = "url";
    private static final String DESK = "desk";

    /** A saved choice: {@code shared} with its URL (no password in it), and this desk's name ("" for the host name). */
    record Saved(boolean shared, String url, String deskName) {
        static final Saved NONE = new Saved(false, "", "");
    }

    private final Path file;
    private final Path password;

    SharedStoreFile(Path dataDir) {
        this.file = dataDir.resolve(FILE);
        this.password = dataDir.resolve("secrets").resolve("database-password");
    }

    Path file() {
        return file;
    }

    Path passwordFile() {
        return password;
    }

    /** The saved choice; this PC's own database when nothing is saved. */
    Saved read() {
        if (!Files.exists(file)) {
            return Saved.NONE;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shared database choice in " + file, e);
        }
        return new Saved(SHARED.equals(p.getProperty(DATABASE, THIS_PC).strip()), p.getProperty(URL, "").strip(),
                p.getProperty(DESK, "").strip());
    }

    Optional<String> password() {
        try {
            return Files.exists(password)
                    ? Optional.of(Files.readString(password, StandardCharsets.UTF_8)).filter(t -> !t.isEmpty())
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the saved shared database password", e);
        }
    }

    /**
     * Saves {@code choice}; {@code newPassword} replaces the saved password when present. This PC's own database
     * needs no password: a saved one is deleted then, so no secret stays behind unused.
     */
    void save(Saved choice, Optional<String> newPassword) throws IOException {
        if (choice.shared()) {
            if (newPassword.isPresent()) {
                OwnerOnlyFile.write(password, newPassword.get());
            }
        } else {
            Files.deleteIfExists(password);
        }
        Properties p = new Properties();
        p.setProperty(DATABASE, choice.shared() ? SHARED : THIS_PC);
        p.setProperty(URL, choice.shared() ? choice.url() : "");
        p.setProperty(DESK, choice.deskName());
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), "shared-database", ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(out, "Which database this desk opens (Settings > Shared database); the password is apart, "
                        + "in secrets/database-password");
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
