package com.ringbook.app;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command that opens this Ringbook again, for the sign-in entry: the installed launcher when it runs
 * from an installation, else the Java and jar (or class path) running now; the same data folder when it
 * is not the default one; and {@link Main#BACKGROUND}, so that it waits in the tray.
 */
final class LaunchCommand {
    private LaunchCommand() {
    }

    /** For this process. */
    static List<String> forThisRun(Path dataDir, boolean defaultDataDir) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Optional<String> launcher = Optional.ofNullable(System.getProperty("jpackage.app-path")).filter(p -> !p.isBlank());
        List<String> command = new ArrayList<>(launcher.map(List::of).orElseGet(() -> javaCommand(os.contains("win"))));
        return withArguments(command, dataDir, defaultDataDir);
    }

    static List<String> withArguments(List<String> program, Path dataDir, boolean defaultDataDir) {
        List<String> command = new ArrayList<>(program);
        if (!defaultDataDir) {
            command.add("--data-dir");
            command.add(dataDir.toAbsolutePath().toString());
        }
        command.add(Main.BACKGROUND);
        return List.copyOf(command);
    }

    private static List<String> javaCommand(boolean windows) {
        Path java = ProcessHandle.current().info().command().map(Path::of)
                .orElse(Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java"));
        // javaw opens no console window at sign-in.
        Path javaw = java.resolveSibling("javaw.exe");
        if (windows && java.getFileName().toString().equalsIgnoreCase("java.exe") && Files.isRegularFile(javaw)) {
            java = javaw;
        }
        Optional<Path> jar = codeSource().filter(Files::isRegularFile);
        if (jar.isPresent()) {
            return List.of(java.toString(), "-jar", jar.get().toString());
        }
        String classPath = Arrays.stream(System.getProperty("java.class.path", "").split(File.pathSeparator))
                .filter(p -> !p.isBlank()).map(p -> Path.of(p).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator));
        return List.of(java.toString(), "-cp", classPath, Main.class.getName());
    }

    private static Optional<Path> codeSource() {
        try {
            return Optional.of(Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
