package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.ui.common.Shortcuts;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** F1 shows every shortcut of the console by screen; Esc or F1 closes it. */
@ExtendWith(ApplicationExtension.class)
class CheatSheetTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    private static boolean sheetShowing(FxRobot robot) {
        return robot.lookup("#cheatSheet").tryQuery().map(n -> n.getScene().getWindow().isShowing()).orElse(false);
    }

    @Test
    void f1ListsEveryShortcutByScreenAndEscOrF1Closes(FxRobot robot) {
        robot.clickOn("#navInbox");
        robot.type(KeyCode.F1);
        await("the cheat sheet", () -> sheetShowing(robot));

        List<String> screens = robot.lookup(".cheat-sheet-screen").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(screens).containsExactly("Everywhere", "Inbox", "Conversation", "Appointments", "Settings");
        List<String> keys = robot.lookup(".cheat-sheet-keys").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(keys).contains("F1", "Ctrl+R", "Ctrl+O", "Alt+1 … Alt+9", "Enter / Shift+Enter");
        assertThat(keys).hasSize(Shortcuts.all().size());

        robot.type(KeyCode.ESCAPE);
        await("closed by Esc", () -> !sheetShowing(robot));
        robot.clickOn("#navSettings");
        robot.type(KeyCode.F1);
        await("open again from another screen", () -> sheetShowing(robot));
        robot.type(KeyCode.F1);
        await("closed by F1", () -> !sheetShowing(robot));
    }

    @Test
    void everyShortcutTheWindowAnswersToIsOnTheSheet(FxRobot robot) {
        Set<KeyCombination> listed = Shortcuts.all().stream().flatMap(s -> s.combinations().stream())
                .collect(Collectors.toSet());
        Node anything = robot.lookup("#navInbox").query();
        Set<KeyCombination> answered = anything.getScene().getAccelerators().keySet();

        assertThat(answered).hasSizeGreaterThan(15);
        assertThat(listed).as("add the missing shortcut to ui.common.Shortcuts").containsAll(answered);
    }
}
