package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.bubble;
import static com.ringbook.ui.ConsoleTestSupport.bubbleStatus;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.app.Ringbook;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import javafx.scene.input.KeyCode;

/** The whole loop through the real screens and a real engine: miss a call, text back, reply, answer. */
@ExtendWith(ApplicationExtension.class)
class ConsoleFlowTest {
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

    @Test
    void missedCallTextBackReplyAndAnswer(FxRobot robot) {
        assertThat(console.stage.getTitle()).isEqualTo("Ringbook — Harbor Plumbing");
        await("empty state", () -> robot.lookup("#threadEmpty").query().isVisible());

        // The customer rings and nobody picks up.
        robot.clickOn("#navSimulator");
        assertThat(robot.lookup("#simCallerId").queryTextInputControl().getText()).isEqualTo("(206) 555-0142");
        robot.clickOn("#simRing");
        ListView<Simulation.PhoneText> phone = robot.lookup("#simPhone").queryListView();
        await("the text-back on the customer's phone",
                () -> phone.getItems().stream().anyMatch(Simulation.PhoneText::fromBusiness));

        // The thread is in the inbox with the text-back in it.
        robot.clickOn("#navInbox");
        await("the caller's thread in the inbox", () -> filledCells(robot, "thread-cell").size() == 1
                && texts(robot, "thread-name").equals(java.util.List.of("+1 206-555-0142")));
        robot.clickOn(ConsoleTestSupport.awaitFilledCell(robot, "thread-cell"));
        await("the text-back in the open thread",
                () -> texts(robot, "bubble-body").stream().anyMatch(t -> t.contains("Harbor Plumbing")));
        await("the missed call, texted back, on a new thread", () -> texts(robot, "call-label").size() == 1
                && texts(robot, "call-label").get(0).startsWith("Missed call")
                && texts(robot, "call-label").get(0).contains("Texted back")
                && robot.lookup("#stageChip").queryLabeled().getText().equals("New"));

        // The customer answers from their phone; it shows up live in the open thread.
        robot.clickOn("#navSimulator");
        robot.clickOn("#simMessage").write("My kitchen sink is leaking");
        robot.clickOn("#simSend");
        robot.clickOn("#navInbox");
        await("the customer's reply in the open thread", () -> bubble(robot, "My kitchen sink is leaking").isPresent());

        // Staff answers with Enter.
        robot.clickOn("#composer").write("Sorry to hear that! We can be there at 3pm today.");
        robot.type(KeyCode.ENTER);
        String answer = "Sorry to hear that! We can be there at 3pm today.";
        await("our reply in the thread", () -> bubble(robot, answer).isPresent());
        await("our reply delivered", () -> bubble(robot, answer).map(b -> bubbleStatus(b)).orElse("")
                .matches("Sent|Delivered"));
        await("the composer cleared and the thread qualifying",
                () -> robot.lookup("#composer").queryAs(TextArea.class).getText().isEmpty()
                        && robot.lookup("#stageChip").queryLabeled().getText().equals("Qualifying"));

        // And the customer's phone has it.
        robot.clickOn("#navSimulator");
        await("our reply on the customer's phone", () -> phone.getItems().stream()
                .anyMatch(t -> t.fromBusiness() && t.body().equals(answer)));
    }
}
