package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Stage buttons, renaming and the composer's refusals, on a thread made by the simulator. */
@ExtendWith(ApplicationExtension.class)
class ThreadActionsTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;
    private Simulation simulation;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
        simulation = console.service.simulation().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    private void openThreadFrom(FxRobot robot, String caller) {
        simulation.ringAndMiss(caller).join();
        await("the thread in the inbox", () -> filledCells(robot, "thread-cell").size() == 1);
        robot.clickOn(ConsoleTestSupport.awaitFilledCell(robot, "thread-cell"));
        await("the thread open", () -> robot.lookup("#threadView").query().isVisible()
                && !texts(robot, "bubble-body").isEmpty());
    }

    @Test
    void stageButtonsMoveTheThreadAndTheChipsFollow(FxRobot robot) {
        openThreadFrom(robot, "(206) 555-0177");
        Label chip = robot.lookup("#stageChip").queryAs(Label.class);
        await("a new thread that can move to qualifying", () -> chip.getText().equals("New")
                && robot.lookup("#stageAction-QUALIFYING").tryQuery().isPresent());

        robot.clickOn("#stageAction-QUALIFYING");
        await("qualifying, and only Mark lost left", () -> chip.getText().equals("Qualifying")
                && robot.lookup("#stageAction-QUALIFYING").tryQuery().isEmpty()
                && robot.lookup("#stageAction-LOST").tryQuery().isPresent());

        robot.clickOn("#stageAction-LOST");
        await("asked why", () -> robot.lookup("#lostDialog").query().isVisible());
        robot.clickOn("#lostReason-PRICE").clickOn("#lostConfirm");
        await("lost", () -> chip.getText().equals("Lost"));
        await("the inbox row follows, with why", () -> texts(robot, "thread-cell .stage-chip").equals(java.util.List.of("Lost · Price")));
        assertThat(robot.lookup("#stageAction-LOST").tryQuery()).isEmpty();
        // Only Reopen is left in the header.
        assertThat(robot.lookup(".stage-action").queryAll().stream().filter(Node::isVisible).map(Node::getId))
                .containsExactly("reopenButton");
    }

    @Test
    void renamingTheCallerShowsTheNameEverywhere(FxRobot robot) {
        openThreadFrom(robot, "(206) 555-0178");
        robot.clickOn("#contactName");
        robot.write("Dana Ruiz").type(KeyCode.ENTER);
        await("the new name in the header", () -> robot.lookup("#contactName").queryAs(Label.class).getText()
                .equals("Dana Ruiz"));
        await("the new name in the list", () -> texts(robot, "thread-name").equals(java.util.List.of("Dana Ruiz")));
    }

    @Test
    void theKeyboardFindsAndOpensAThread(FxRobot robot) {
        simulation.ringAndMiss("(206) 555-0181").join();
        simulation.ringAndMiss("(206) 555-0182").join();
        await("two threads", () -> filledCells(robot, "thread-cell").size() == 2);

        robot.clickOn("#navSimulator");
        await("on the simulator", () -> robot.lookup("#simRing").tryQuery().map(Node::isVisible).orElse(false));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        await("back on the inbox with the search focused",
                () -> robot.lookup("#inboxSearch").query().isFocused());
        robot.write("0181");
        await("only the match", () -> texts(robot, "thread-name").equals(java.util.List.of("+1 206-555-0181")));
        robot.type(KeyCode.DOWN);
        await("the match opened", () -> robot.lookup("#contactPhone").queryAs(Label.class).getText()
                .equals("+1 206-555-0181"));

        robot.clickOn("#inboxSearch").eraseText(4);
        await("both again", () -> filledCells(robot, "thread-cell").size() == 2);
        await("the open thread still selected", () -> filledCells(robot, "thread-cell").stream()
                .filter(javafx.scene.control.ListCell::isSelected).count() == 1);
    }

    @Test
    void aRefusedReplyKeepsTheTextAndSaysWhy(FxRobot robot) {
        openThreadFrom(robot, "(206) 555-0179");
        TextArea composer = robot.lookup("#composer").queryAs(TextArea.class);
        String tooLong = "Thanks for calling! ".repeat(40);
        robot.interact(() -> composer.setText(tooLong));
        robot.clickOn(composer).type(KeyCode.END).type(KeyCode.ENTER);
        Label error = robot.lookup("#composerError").queryAs(Label.class);
        await("the refusal under the composer", () -> error.isVisible());
        assertThat(error.getText()).contains("too long");
        assertThat(composer.getText()).isEqualTo(tooLong);
    }

    @Test
    void afterStopTheComposerExplainsAndKeepsTheDraft(FxRobot robot) {
        openThreadFrom(robot, "(206) 555-0180");
        TextArea composer = robot.lookup("#composer").queryAs(TextArea.class);
        robot.clickOn(composer).write("Are you still there?");

        simulation.customerTexts("(206) 555-0180", "STOP").join();
        Label note = robot.lookup("#composerNote").queryAs(Label.class);
        Label chip = robot.lookup("#stageChip").queryAs(Label.class);
        await("the opt-out note and chip", () -> note.isVisible() && chip.getText().equals("Opted out"));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(note.getText()).contains("STOP");
        assertThat(composer.isDisabled()).isTrue();
        assertThat(composer.getText()).isEqualTo("Are you still there?");
        assertThat(robot.lookup("#sendButton").queryButton().isDisabled()).isTrue();
        Node stop = ConsoleTestSupport.bubble(robot, "STOP").orElseThrow();
        assertThat(stop.isVisible()).isTrue();
    }
}
