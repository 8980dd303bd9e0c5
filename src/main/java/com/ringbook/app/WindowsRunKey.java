package com.ringbook.app;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Windows: the per-user {@code HKCU\Software\Microsoft\Windows\CurrentVersion\Run} value "Ringbook",
 * read and written with {@code reg.exe} (no native code, no admin rights: the key is the user's own).
 */
final class WindowsRunKey implements LoginEntry {
    static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    static final String VALUE = "Ringbook";

    /** Runs a program to its end; the real one starts a process, tests hand in their own. */
    interface Runner {
        Result run(List<String> command) throws IOException;
    }

    record Result(int exitCode, String output) {
    }

    private final Runner runner;
    private final List<String> command;

    WindowsRunKey(Runner runner, List<String> command) {
        this.runner = runner;
        this.command = List.copyOf(command);
    }

    @Override
    public boolean exists() throws IOException {
        return runner.run(List.of("reg.exe", "query", KEY, "/v", VALUE)).exitCode() == 0;
    }

    @Override
    public void write() throws IOException {
        Result r = runner.run(List.of("reg.exe", "add", KEY, "/v", VALUE, "/t", "REG_SZ", "/d", regArgument(data(command)), "/f"));
        if (r.exitCode() != 0) {
            throw new IOException("reg.exe could not write " + where() + ": " + r.output().strip());
        }
    }

    @Override
    public void remove() throws IOException {
        Result r = runner.run(List.of("reg.exe", "delete", KEY, "/v", VALUE, "/f"));
        // Deleting a value that is not there fails too; only one still there is a failure.
        if (r.exitCode() != 0 && exists()) {
            throw new IOException("reg.exe could not remove " + where() + ": " + r.output().strip());
        }
    }

    @Override
    public String where() {
        return KEY + "\\" + VALUE;
    }

    /** The value's data: the command line Windows runs at sign-in, each argument with spaces in quotes. */
    static String data(List<String> command) {
        return command.stream()
                .map(a -> a.isEmpty() || a.chars().anyMatch(c -> c == ' ' || c == '\t') ? "\"" + a + "\"" : a)
                .collect(Collectors.joining(" "));
    }

    /**
     * The data as reg.exe's argument: its quotes escaped as \" (reg.exe reads its command line by the C
     * runtime's rules); Java then puts the whole argument in quotes because it holds spaces.
     */
    static String regArgument(String data) {
        return data.replace("\"", "\\\"");
    }
}
