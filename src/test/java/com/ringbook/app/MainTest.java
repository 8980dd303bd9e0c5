package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void noCommandOpensTheConsoleAndTheDataDirCanBeGivenEitherWay() {
        assertThat(Main.parse(new String[] {"--data-dir", "/tmp/a"}, Map.of()))
                .isEqualTo(new Main.Arguments("console", Path.of("/tmp/a")));
        assertThat(Main.parse(new String[] {"service", "--data-dir=/tmp/b"}, Map.of()))
                .isEqualTo(new Main.Arguments("service", Path.of("/tmp/b")));
        assertThat(Main.parse(new String[] {}, Map.of("RINGBOOK_DATA_DIR", "/tmp/c")).dataDir()).isEqualTo(Path.of("/tmp/c"));
    }

    @Test
    void appointmentsTakesItsOwnOptionsInEitherFormAndTheDataDirLikeEveryCommand() {
        assertThat(Main.parse(new String[] {"appointments", "--from", "2026-11-25", "--ics=/tmp/j.ics", "--data-dir", "/tmp/a"},
                Map.of())).isEqualTo(new Main.Arguments("appointments", Path.of("/tmp/a"),
                List.of("--from", "2026-11-25", "--ics", "/tmp/j.ics")));
        assertThat(Main.parse(new String[] {"appointments", "--csv", "j.csv"}, Map.of("RINGBOOK_DATA_DIR", "/tmp/c")).dataDir())
                .isEqualTo(Path.of("/tmp/c"));
        assertThatThrownBy(() -> Main.parse(new String[] {"service", "--from", "2026-11-25"}, Map.of()))
                .hasMessageContaining("unknown option \"--from\"");
        assertThatThrownBy(() -> Main.parse(new String[] {"appointments", "--csv", "--from", "2026-11-25"}, Map.of()))
                .hasMessageContaining("--csv needs a file");
    }

    @Test
    void readReplyTakesTheNumberOfSlotsOffered() {
        assertThat(Main.parse(new String[] {"read-reply", "--slots", "1"}, Map.of()).options())
                .containsExactly("--slots", "1");
        assertThat(Main.parse(new String[] {"read-reply"}, Map.of()).options()).isEmpty();
        assertThatThrownBy(() -> Main.parse(new String[] {"service", "--slots", "1"}, Map.of()))
                .hasMessageContaining("unknown option \"--slots\"");
        assertThat(Main.USAGE).contains("read-reply").contains("--slots N");
    }

    @Test
    void theCommandLineWinsOverTheEnvironment() {
        assertThat(Main.parse(new String[] {"--data-dir", "/tmp/a"}, Map.of("RINGBOOK_DATA_DIR", "/tmp/c")).dataDir())
                .isEqualTo(Path.of("/tmp/a"));
    }

    @Test
    void mistakesAreNamed() {
        assertThatThrownBy(() -> Main.parse(new String[] {"serve"}, Map.of())).hasMessageContaining("\"serve\"");
        assertThatThrownBy(() -> Main.parse(new String[] {"--data-dir"}, Map.of())).hasMessageContaining("needs a folder");
        assertThatThrownBy(() -> Main.parse(new String[] {"--verbose"}, Map.of())).hasMessageContaining("--verbose");
    }

    @Test
    void theDemoTakesWeeksAndASeed() {
        Main.Arguments plain = Main.parse(new String[] {"demo", "--data-dir", "/tmp/d"}, Map.of());
        assertThat(List.of(plain.command(), plain.dataDir(), plain.weeks(), plain.seed()))
                .containsExactly("demo", Path.of("/tmp/d"), 8, 1L);
        Main.Arguments given = Main.parse(new String[] {"demo", "--weeks", "3", "--seed", "-42", "--data-dir=/tmp/d"}, Map.of());
        assertThat(List.of(given.dataDir(), given.weeks(), given.seed())).containsExactly(Path.of("/tmp/d"), 3, -42L);
        Main.Arguments inline = Main.parse(new String[] {"demo", "--weeks=104", "--seed=7"}, Map.of("RINGBOOK_DATA_DIR", "/tmp/e"));
        assertThat(List.of(inline.dataDir(), inline.weeks(), inline.seed())).containsExactly(Path.of("/tmp/e"), 104, 7L);
    }

    @Test
    void demoOptionsOutOfRangeOrMisplacedAreNamed() {
        for (String weeks : new String[] {"abc", "0", "105", "-1", "2.5", ""}) {
            assertThatThrownBy(() -> Main.parse(new String[] {"demo", "--weeks=" + weeks}, Map.of()))
                    .as(weeks).hasMessage("--weeks takes a whole number of weeks from 1 to 104 (got \"" + weeks + "\")");
        }
        assertThatThrownBy(() -> Main.parse(new String[] {"demo", "--weeks"}, Map.of())).hasMessage("--weeks needs a number of weeks");
        assertThatThrownBy(() -> Main.parse(new String[] {"demo", "--seed", "lucky"}, Map.of()))
                .hasMessage("--seed takes a whole number, like 1 or 42 (got \"lucky\")");
        assertThatThrownBy(() -> Main.parse(new String[] {"service", "--weeks", "3"}, Map.of()))
                .hasMessage("--weeks is for the demo command only");
        assertThatThrownBy(() -> Main.parse(new String[] {"--seed=3"}, Map.of())).hasMessage("--seed is for the demo command only");
    }

    @Test
    void theDefaultDataDirIsThePerUserAppDataFolderOfEachOs() {
        assertThat(DataDir.defaultFor(Map.of("APPDATA", "C:\\Users\\d\\AppData\\Roaming"), "Windows 11", "C:\\Users\\d"))
                .isEqualTo(Path.of("C:\\Users\\d\\AppData\\Roaming", "Ringbook"));
        assertThat(DataDir.defaultFor(Map.of(), "Mac OS X", "/Users/d"))
                .isEqualTo(Path.of("/Users/d/Library/Application Support/Ringbook"));
        assertThat(DataDir.defaultFor(Map.of(), "Linux", "/home/d")).isEqualTo(Path.of("/home/d/.local/share/ringbook"));
        assertThat(DataDir.defaultFor(Map.of("XDG_DATA_HOME", "/x"), "Linux", "/home/d")).isEqualTo(Path.of("/x/ringbook"));
    }

    @Test
    void environmentVariablesBecomeSettingsForThisRunOnly() {
        assertThat(EnvironmentSettings.overrides(Map.of("RINGBOOK_BUSINESS_NAME", " Ace Air ", "RINGBOOK_POLL_SECONDS", "",
                "RINGBOOK_TWILIO_AUTH_TOKEN", "secret", "PATH", "/bin")))
                .containsExactly(Map.entry("business.name", "Ace Air"));
    }
}
