package com.ringbook.app;

import com.ringbook.engine.api.RequestRefused;
import com.ringbook.ui.settings.StartAtLogin;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings switch's start-at-login on this PC's own entry, worked on a thread of its own (reg.exe
 * takes a moment; the FX thread never waits). Failures come back as a sentence naming where and why.
 */
final class StartAtLoginOnDisk implements StartAtLogin {
    private static final Logger log = LoggerFactory.getLogger(StartAtLoginOnDisk.class);

    private final LoginEntry entry;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "start-at-login");
        t.setDaemon(true);
        return t;
    });

    StartAtLoginOnDisk(LoginEntry entry) {
        this.entry = entry;
    }

    /** The entry for the OS named {@code osName}, opening {@code command} at sign-in. */
    static LoginEntry entryFor(String osName, Map<String, String> env, Path home, List<String> command,
                               WindowsRunKey.Runner runner) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return new WindowsRunKey(runner, command);
        }
        if (os.contains("mac")) {
            return MacLaunchAgent.entry(home, command);
        }
        return XdgAutostart.entry(env, home, command);
    }

    @Override
    public CompletableFuture<Boolean> isOn() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return entry.exists();
            } catch (IOException e) {
                throw new RequestRefused("Could not read " + entry.where() + ": " + reason(e));
            }
        }, worker);
    }

    @Override
    public CompletableFuture<Boolean> turn(boolean on) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                if (on) {
                    entry.write();
                } else {
                    entry.remove();
                }
                log.info(on ? "Ringbook will open at sign-in: {}" : "Ringbook no longer opens at sign-in: {} removed",
                        entry.where());
                return entry.exists();
            } catch (IOException e) {
                log.warn("Could not {} the sign-in entry {}", on ? "write" : "remove", entry.where(), e);
                throw new RequestRefused((on ? "Ringbook cannot open at sign-in: " : "Ringbook still opens at sign-in: ")
                        + (on ? "could not write " : "could not remove ") + entry.where() + " (" + reason(e) + ").");
            }
        }, worker);
    }

    @Override
    public String where() {
        return entry.where();
    }

    /** The cause in words: Java's own messages for files are only a path. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException a) {
            return "no permission to write " + a.getFile();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException f) {
            return f.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.NotDirectoryException n) {
            return n.getFile() + " is not a folder";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
