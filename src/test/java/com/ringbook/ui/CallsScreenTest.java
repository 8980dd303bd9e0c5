package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A call from a staff phone is not texted: the Simulator says so, and the Calls screen lists it with the
 * reason and the number to call back, beside a call that was texted and opens its conversation.
 */
@ExtendWith(ApplicationExtension.class)
class CallsScreenTest {
    private static final String STAFF = "(206) 555-0110";
    private static final String CUSTOMER = "(206) 555-0142";

    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
        Map<String, String> draft = new HashMap<>(console.service.settings().stored().join());
        draft.put(Settings.STAFF, STAFF + "  Maria");
        assertThat(console.service.settings().save(draft).join()).isEmpty();
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    /** The button shows all its words: a long outcome beside it wraps rather than cutting it to "Copy n...". */
    private static void assertWhole(javafx.scene.control.Button button) {
        assertThat(button.getWidth()).as(button.getText()).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
    }

    private void ring(FxRobot robot, String caller, String saying) {
        robot.clickOn("#navSimulator");
        robot.doubleClickOn("#simCallerId").eraseText(20).write(caller);
        robot.clickOn("#simRing");
        await("the simulator says: " + saying, () -> robot.lookup("#simStatus").queryLabeled().getText().contains(saying));
    }

    private static List<String> callTexts(FxRobot robot, String styleClass) {
        return filledCells(robot, "call-cell").stream()
                .map(c -> ((Label) c.lookup("." + styleClass)).getText()).toList();
    }

    private static ListCell<?> callRow(FxRobot robot, String caller) {
        AtomicReference<ListCell<?>> found = new AtomicReference<>();
        await("the call from " + caller, () -> {
            found.set(filledCells(robot, "call-cell").stream()
                    .filter(c -> caller.equals(((Label) c.lookup(".call-caller")).getText())).findFirst().orElse(null));
            return found.get() != null;
        });
        return found.get();
    }

    @Test
    void everyMissedCallIsListedWithWhatRingbookDid(FxRobot robot) {
        ring(robot, CUSTOMER, "texted the caller back");
        ring(robot, STAFF, "Not texted: this number is on the staff list.");
        robot.clickOn("#navCalls");
        assertThat(robot.lookup("#navCalls").queryAs(ToggleButton.class).getTooltip().getText()).contains("Ctrl+2");
        await("both calls, newest first", () -> callTexts(robot, "call-caller")
                .equals(List.of("+1 206-555-0110", "+1 206-555-0142")));
        assertThat(callTexts(robot, "call-outcome").get(0)).isEqualTo("Not texted: staff phone");
        assertThat(callTexts(robot, "call-outcome").get(1)).startsWith("Texted back"); // "(after hours)" on the wall clock
        assertThat(robot.lookup("#callsSummary").queryLabeled().getText()).isEqualTo("2 missed calls");

        ListCell<?> staff = callRow(robot, "+1 206-555-0110");
        assertThat(staff.lookup(".call-open").isVisible()).as("a staff call has no conversation").isFalse();
        robot.clickOn(staff.lookup(".call-copy"));
        await("the number on the clipboard", () -> "+12065550110".equals(
                WaitForAsyncUtils.asyncFx(() -> Clipboard.getSystemClipboard().getString()).get()));
        assertThat(robot.lookup("#callsNotice").queryLabeled().getText()).contains("+1 206-555-0110");

        // A new missed call shows up live while the screen is open.
        console.service.simulation().orElseThrow().ringAndMissDecided("(206) 555-0143").join();
        await("the new call on top", () -> callTexts(robot, "call-caller").size() == 3
                && callTexts(robot, "call-caller").get(0).equals("+1 206-555-0143"));

        Node open = callRow(robot, "+1 206-555-0142").lookup(".call-open");
        robot.clickOn(open);
        await("the conversation open in the inbox", () -> robot.lookup("#navInbox").queryAs(ToggleButton.class).isSelected()
                && "+1 206-555-0142".equals(robot.lookup("#contactPhone").queryLabeled().getText()));
    }

    @SuppressWarnings("unchecked")
    private static ListView<Object> callsList(FxRobot robot) {
        return robot.lookup("#callsList").queryAs(ListView.class);
    }

    private static String topCaller(FxRobot robot) {
        VirtualFlow<?> flow = (VirtualFlow<?>) callsList(robot).lookup(".virtual-flow");
        return ((Label) flow.getFirstVisibleCell().lookup(".call-caller")).getText();
    }

    @Test
    void aNewCallKeepsTheSelectedCallAndTheCallsInViewWhereTheyWere(FxRobot robot) {
        for (int i = 10; i < 40; i++) {
            console.service.simulation().orElseThrow().ringAndMissDecided("(206) 555-01" + i).join();
        }
        robot.clickOn("#navCalls");
        await("thirty calls", () -> callsList(robot).getItems().size() == 30);
        robot.interact(() -> callsList(robot).scrollTo(12));
        await("scrolled down", () -> topCaller(robot).equals("+1 206-555-0127"));
        robot.clickOn(callRow(robot, "+1 206-555-0125"));
        String selected = "+1 206-555-0125";
        await("a call selected", () -> callsList(robot).getSelectionModel().getSelectedItem() instanceof
                com.ringbook.ui.calls.CallRow row && row.caller().equals(selected));

        console.service.simulation().orElseThrow().ringAndMissDecided("(206) 555-0199").join();

        await("the new call listed", () -> callsList(robot).getItems().size() == 31);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((com.ringbook.ui.calls.CallRow) callsList(robot).getSelectionModel().getSelectedItem()).caller())
                .as("the same call still selected").isEqualTo(selected);
        assertThat(topCaller(robot)).as("the same call still at the top of the view").isEqualTo("+1 206-555-0127");
    }

    @Test
    void staffCanLetRingbookTextANumberTheCarrierRefusedAfterSayingWhatThatDoes(FxRobot robot) {
        com.ringbook.app.SimulatorAccess.of(console.ringbook).injectFaults(new com.ringbook.carrier.SendResult.Rejected("21211",
                "This is not a valid phone number, so the text could not be sent.", false, true));
        console.service.simulation().orElseThrow().ringAndMissDecided("(206) 155-0142").join();
        robot.clickOn("#navCalls");
        await("the refused number offers to try again", () -> callRow(robot, "+1 206-155-0142")
                .lookup(".call-text-again").isVisible());

        for (String button : new String[] {".call-text-again", ".call-copy", ".call-open"}) {
            assertWhole((javafx.scene.control.Button) callRow(robot, "+1 206-155-0142").lookup(button));
        }
        robot.clickOn(callRow(robot, "+1 206-155-0142").lookup(".call-text-again"));
        await("what it does, asked first", () -> robot.lookup("#textAgainQuestion").query().getParent().isVisible());
        assertWhole(robot.lookup("#textAgainConfirm").queryButton());
        assertWhole(robot.lookup("#textAgainCancel").queryButton());
        assertThat(robot.lookup("#textAgainQuestion").queryLabeled().getText())
                .contains("This is not a valid phone number").contains("next missed call from it");
        robot.clickOn("#textAgainCancel");
        await("nothing done", () -> !robot.lookup("#textAgainQuestion").query().getParent().isVisible());
        assertThat(callRow(robot, "+1 206-155-0142").lookup(".call-text-again").isVisible()).isTrue();

        robot.clickOn(callRow(robot, "+1 206-155-0142").lookup(".call-text-again"));
        robot.clickOn("#textAgainConfirm");

        await("Ringbook texts it again", () -> robot.lookup("#callsNotice").queryLabeled().getText()
                .equals("Ringbook will text +1 206-155-0142 again the next time it calls.")
                && !callRow(robot, "+1 206-155-0142").lookup(".call-text-again").isVisible());
    }
}
