package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ringbook.engine.api.RequestRefused;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Windows's start at sign-in: the per-user Run value, through the exact reg.exe command lines. */
class WindowsRunKeyTest {
    private static final String KEY = "HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run";
    private static final List<String> INSTALLED = List.of("C:\\Program Files\\Ringbook\\Ringbook.exe", "--background");

    /** A registry as reg.exe shows it: query finds the value or not, add sets it, delete removes it. */
    private static final class FakeReg implements WindowsRunKey.Runner {
        final List<List<String>> commands = new ArrayList<>();
        final Map<String, String> values = new HashMap<>();
        boolean refuseWrites;

        @Override
        public WindowsRunKey.Result run(List<String> command) {
            commands.add(command);
            String value = command.get(command.indexOf("/v") + 1);
            return switch (command.get(1)) {
                case "query" -> values.containsKey(value) ? new WindowsRunKey.Result(0, value + " REG_SZ " + values.get(value))
                        : new WindowsRunKey.Result(1, "ERROR: The system was unable to find the specified registry key or value.");
                case "add" -> {
                    if (refuseWrites) {
                        yield new WindowsRunKey.Result(1, "ERROR: Access is denied.\r\n");
                    }
                    values.put(value, command.get(command.indexOf("/d") + 1));
                    yield new WindowsRunKey.Result(0, "The operation completed successfully.");
                }
                case "delete" -> values.remove(value) != null ? new WindowsRunKey.Result(0, "The operation completed successfully.")
                        : new WindowsRunKey.Result(1, "ERROR: The system was unable to find the specified registry key or value.");
                default -> throw new AssertionError(command);
            };
        }
    }

    @Test
    void turningOnAddsTheRunValueWithTheLauncherQuotedAndTurningOffDeletesIt() throws IOException {
        FakeReg reg = new FakeReg();
        WindowsRunKey entry = new WindowsRunKey(reg, INSTALLED);

        assertThat(entry.exists()).isFalse();
        entry.write();
        assertThat(entry.exists()).isTrue();
        entry.remove();
        assertThat(entry.exists()).isFalse();

        assertThat(reg.commands).containsExactly(
                List.of("reg.exe", "query", KEY, "/v", "Ringbook"),
                // reg.exe reads \" as a quote: the value's data is "C:\Program Files\Ringbook\Ringbook.exe" --background
                List.of("reg.exe", "add", KEY, "/v", "Ringbook", "/t", "REG_SZ", "/d",
                        "\\\"C:\\Program Files\\Ringbook\\Ringbook.exe\\\" --background", "/f"),
                List.of("reg.exe", "query", KEY, "/v", "Ringbook"),
                List.of("reg.exe", "delete", KEY, "/v", "Ringbook", "/f"),
                List.of("reg.exe", "query", KEY, "/v", "Ringbook"));
        assertThat(entry.where()).isEqualTo(KEY + "\\Ringbook");
    }

    @Test
    void theValuesDataIsTheCommandLineWindowsRunsWithPathsWithSpacesInQuotes() {
        assertThat(WindowsRunKey.data(List.of("C:\\Program Files\\Java\\bin\\javaw.exe", "-jar",
                "C:\\Users\\Jo Smith\\ringbook.jar", "--data-dir", "D:\\Ringbook", "--background")))
                .isEqualTo("\"C:\\Program Files\\Java\\bin\\javaw.exe\" -jar \"C:\\Users\\Jo Smith\\ringbook.jar\" "
                        + "--data-dir D:\\Ringbook --background");
    }

    @Test
    void removingAValueThatIsNotThereIsFine() throws IOException {
        FakeReg reg = new FakeReg();
        new WindowsRunKey(reg, INSTALLED).remove();
        assertThat(reg.commands).extracting(c -> c.get(1)).containsExactly("delete", "query");
    }

    @Test
    void aRefusedWriteSaysWhatRegExeSaidAndTheSwitchStaysOff() {
        FakeReg reg = new FakeReg();
        reg.refuseWrites = true;
        StartAtLoginOnDisk startAtLogin = new StartAtLoginOnDisk(new WindowsRunKey(reg, INSTALLED));

        assertThatThrownBy(() -> startAtLogin.turn(true).join())
                .isInstanceOf(CompletionException.class)
                .cause().isInstanceOf(RequestRefused.class)
                .hasMessage("Ringbook cannot open at sign-in: could not write " + KEY + "\\Ringbook "
                        + "(reg.exe could not write " + KEY + "\\Ringbook: ERROR: Access is denied.).");
        assertThat(startAtLogin.isOn().join()).isFalse();
    }
}
