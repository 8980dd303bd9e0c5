package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.bubble;
import static com.ringbook.ui.ConsoleTestSupport.bubbleStatus;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static com.ringbook.ui.ConsoleTestSupport.textsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * STOP, HELP, START and a reply, played from the Simulator screen while the receptionist watches the
 * thread: the HELP answer is shown as not sent with why, and START opens the reply box again, live.
 */
@ExtendWith(ApplicationExtension.class)
class OptOutRoundTripTest {
    private static final String CALLER = "(206) 555-0142";
    private static final String SHOWN = "+1 206-555-0142";
    private static final String CONFIRMATION = "Harbor Plumbing: you're opted back in to texts. Reply STOP to opt out.";

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

    private void customerTexts(FxRobot robot, String body) {
        robot.clickOn("#navSimulator");
        robot.clickOn("#simMessage").write(body);
        robot.clickOn("#simSend");
        await("the simulator sent " + body, () -> robot.lookup("#simMessage").queryTextInputControl().getText().isEmpty());
    }

    private static boolean composerOpen(FxRobot robot) {
        return !robot.lookup("#composer").query().isDisabled() && !robot.lookup("#composerNote").query().isVisible();
    }

    @Test
    void helpAfterStopIsShownNotSentAndStartOpensTheReplyBoxAgain(FxRobot robot) {
        robot.clickOn("#navSimulator");
        robot.clickOn("#simRing");
        await("the simulator says what Ringbook did", () -> robot.lookup("#simStatus").queryLabeled().getText()
                .contains("texted the caller back"));
        robot.clickOn("#navInbox");
        ConsoleTestSupport.openThread(robot, SHOWN);
        await("a thread that can be answered", () -> composerOpen(robot));

        customerTexts(robot, "STOP");
        robot.clickOn("#navInbox");
        await("opted out: the reply box closed and the note says why", () -> robot.lookup("#composer").query().isDisabled()
                && robot.lookup("#composerNote").queryLabeled().getText().contains("START")
                && robot.lookup("#stageChip").queryLabeled().getText().equals("Opted out"));

        robot.clickOn("#navSimulator");
        robot.clickOn("#simQuick-3");
        robot.clickOn("#navInbox");
        await("the HELP answer shown as not sent, with why", () -> texts(robot, "bubble-error").stream()
                .anyMatch(t -> t.contains("carriers block")));
        Node help = robot.lookup(".bubble").queryAll().stream()
                .filter(b -> b.lookupAll(".bubble-error").stream().anyMatch(n -> ((Label) n).getText().contains("carriers block")))
                .findFirst().orElseThrow();
        assertThat(bubbleStatus(help)).isEqualTo("Not sent");
        assertThat(textsOnPhone(simulation, CALLER)).as("only the text-back reached the phone").hasSize(1);

        customerTexts(robot, "START");
        await("the confirmation on the customer's phone", () -> textsOnPhone(simulation, CALLER).contains(CONFIRMATION));
        robot.clickOn("#navInbox");
        // Not reselected: the open thread follows on its own.
        await("the reply box open again and the note gone", () -> composerOpen(robot)
                && robot.lookup("#stageChip").queryLabeled().getText().equals("New"));
        await("the confirmation in the thread", () -> bubble(robot, CONFIRMATION).isPresent());

        robot.clickOn("#composer").write("Welcome back! What can we help with?");
        robot.type(KeyCode.ENTER);
        await("our reply on the customer's phone", () -> textsOnPhone(simulation, CALLER)
                .contains("Welcome back! What can we help with?"));
        assertThat(textsOnPhone(simulation, CALLER)).hasSize(3);
        assertThat(textsOnPhone(simulation, CALLER)).noneMatch(t -> t.contains("this number texts you about"));
        assertThat(List.of(robot.lookup("#contactPhone").queryLabeled().getText())).containsExactly(SHOWN);
    }

    @Test
    void theStartConfirmationIsEditedInSettingsCheckedLikeTheOtherTemplatesAndSent(FxRobot robot) throws Exception {
        robot.clickOn("#navSettings");
        javafx.scene.control.Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
        javafx.scene.control.TextArea confirmation = robot.lookup("#setting-template-opt-in")
                .queryAs(javafx.scene.control.TextArea.class);
        assertThat(confirmation.getText()).isEqualTo("{business}: you're opted back in to texts. Reply STOP to opt out.");

        robot.interact(() -> confirmation.setText("Welcome back {nme}!"));
        robot.clickOn(save);
        await("the unknown placeholder explained", () -> robot.lookup("#problem-template-opt-in").queryLabeled().isVisible()
                && robot.lookup("#problem-template-opt-in").queryLabeled().getText().contains("{nme}"));

        robot.interact(() -> confirmation.setText("{business}: welcome back! Reply STOP to opt out."));
        assertThat(robot.lookup("#preview-template-opt-in").queryLabeled().getText())
                .isEqualTo("Harbor Plumbing: welcome back! Reply STOP to opt out.");
        robot.clickOn(save);
        await("saved", () -> robot.lookup("#settingsStatus").queryLabeled().getText().equals("Saved"));

        simulation.ringAndMissDecided(CALLER).join();
        simulation.customerTexts(CALLER, "STOP").join();
        simulation.customerTexts(CALLER, "START").join();
        await("the edited confirmation on the phone", () -> textsOnPhone(simulation, CALLER)
                .contains("Harbor Plumbing: welcome back! Reply STOP to opt out."));
    }
}
