package com.ringbook.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a second launch of the console finds the first one on the same data dir and asks it to show its
 * window, instead of refusing with a dialog: the running console listens on a loopback port and writes
 * the port with a random key into {@code ringbook.door} in the data dir (readable by its user only), so
 * only someone who can read that user's data dir can knock. The engine's lock stays the guard that
 * one engine at most runs; this door only carries "show yourself".
 */
final class InstanceDoor implements AutoCloseable {
    static final String FILE = "ringbook.door";
    private static final Logger log = LoggerFactory.getLogger(InstanceDoor.class);
    private static final String SHOW = "show";
    private static final String SHOWN = "shown";
    private static final Duration KNOCK_TIMEOUT = Duration.ofSeconds(2);

    private final ServerSocket socket;
    private final Path file;
    private final String key;
    private final Runnable bringForward;
    private final Thread listener;

    private InstanceDoor(ServerSocket socket, Path file, String key, Runnable bringForward) {
        this.socket = socket;
        this.file = file;
        this.key = key;
        this.bringForward = bringForward;
        this.listener = new Thread(this::listen, "instance-door");
        listener.setDaemon(true);
    }

    /**
     * Opens the door of the console running on {@code dataDir}; call it once the data dir is locked.
     *
     * @param bringForward what a knock does (it is called on the door's own thread)
     */
    static InstanceDoor open(Path dataDir, Runnable bringForward) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
            byte[] random = new byte[16];
            new SecureRandom().nextBytes(random);
            String key = HexFormat.of().formatHex(random);
            Path file = dataDir.resolve(FILE);
            writePrivately(file, socket.getLocalPort() + " " + key + "\n");
            InstanceDoor door = new InstanceDoor(socket, file, key, bringForward);
            door.listener.start();
            return door;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the console's door in " + dataDir, e);
        }
    }

    /**
     * Asks the console running on {@code dataDir} to bring its window forward.
     *
     * @return true when a running console answered; false when none listens (none runs, one was killed
     *         and left its door file, or the engine there is the headless service)
     */
    static boolean knock(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        List<String> parts;
        try {
            parts = List.of(Files.readString(file, StandardCharsets.UTF_8).strip().split(" "));
        } catch (IOException | RuntimeException none) {
            return false;
        }
        if (parts.size() != 2) {
            return false;
        }
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts.get(0))),
                    (int) KNOCK_TIMEOUT.toMillis());
            s.setSoTimeout((int) KNOCK_TIMEOUT.toMillis());
            OutputStream out = s.getOutputStream();
            out.write((SHOW + " " + parts.get(1) + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            String answer = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            return SHOWN.equals(answer);
        } catch (IOException | NumberFormatException nobodyHome) {
            return false;
        }
    }

    private void listen() {
        while (!socket.isClosed()) {
            try (Socket visitor = socket.accept()) {
                visitor.setSoTimeout((int) KNOCK_TIMEOUT.toMillis());
                String line = new BufferedReader(new InputStreamReader(visitor.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                if ((SHOW + " " + key).equals(line)) {
                    bringForward.run();
                    visitor.getOutputStream().write((SHOWN + "\n").getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException | RuntimeException e) {
                if (!socket.isClosed()) {
                    log.warn("A knock on the console's door went wrong: {}", e.toString());
                }
            }
        }
    }

    /** Written beside and moved into place, so a knock never reads half a file. */
    private static void writePrivately(Path file, String content) throws IOException {
        Path temp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(temp);
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException windows) {
            // Windows: the data dir under %APPDATA% is already the user's own.
            Files.createFile(temp);
        }
        Files.writeString(temp, content, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        try {
            socket.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not close the console's door: {}", e.toString());
        }
    }
}
