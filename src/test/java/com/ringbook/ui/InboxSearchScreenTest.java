package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ToggleButton;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The inbox clicked through on the real console: a search hit in an older message, filters with counts, no match. */
@ExtendWith(ApplicationExtension.class)
class InboxSearchScreenTest {
    private static final String DANA = "(206) 555-0142";
    private static final String SAM = "(206) 555-0117";
    private static final String PRIYA = "(303) 555-0161";

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

    /** Three customers; Dana's leaking sink is two texts back by now, and all three wait for an answer. */
    private void aMorningsCalls(FxRobot robot) {
        simulation.ringAndMiss(DANA).join();
        simulation.ringAndMiss(SAM).join();
        simulation.ringAndMiss(PRIYA).join();
        simulation.customerTexts(DANA, "Kitchen sink is leaking under the cabinet").join();
        simulation.customerTexts(DANA, "Also, can you come before noon?").join();
        simulation.customerTexts(SAM, "Water heater makes a banging noise").join();
        await("three threads in the inbox", () -> filledCells(robot, "thread-cell").size() == 3);
        await("every text in", () -> texts(robot, "thread-preview").contains("Also, can you come before noon?")
                && texts(robot, "thread-preview").contains("Water heater makes a banging noise"));
    }

    private static List<String> snippetWords(ListCell<?> cell, String styleClass) {
        return cell.lookupAll(".thread-snippet ." + styleClass).stream()
                .filter(n -> n instanceof Text && n.isVisible())
                .map(n -> ((Text) n).getText())
                .toList();
    }

    @Test
    void aWordFromAnOlderMessageFindsTheThreadShowsTheMatchAndOpensIt(FxRobot robot) {
        aMorningsCalls(robot);

        robot.clickOn("#inboxSearch").write("sin");

        await("only Dana's thread, with the matching words", () -> {
            List<ListCell<?>> cells = filledCells(robot, "thread-cell");
            return cells.size() == 1 && snippetWords(cells.get(0), "snippet-match").equals(List.of("sink"));
        });
        ListCell<?> hit = filledCells(robot, "thread-cell").get(0);
        assertThat(((Label) hit.lookup(".thread-name")).getText()).isEqualTo("+1 206-555-0142");
        assertThat(String.join("", snippetWords(hit, "snippet-text"))).contains("Kitchen").contains("is leaking");
        assertThat(hit.lookup(".thread-preview").isVisible()).isFalse(); // the match, not the latest text

        robot.clickOn(hit);
        await("Dana's thread open with the old message in it", () -> "+1 206-555-0142".equals(
                robot.lookup("#contactPhone").queryLabeled().getText())
                && texts(robot, "bubble-body").contains("Kitchen sink is leaking under the cabinet"));
    }

    @Test
    void aFilterShowsItsCountAndItsRows(FxRobot robot) {
        aMorningsCalls(robot);
        await("the counts", () -> counts(robot).equals("ALL=3 WAITING=2 NEW=3 LOST=0"));

        robot.clickOn("#filter-WAITING");
        await("the two who wrote, longest wait first", () -> texts(robot, "thread-name")
                .equals(List.of("+1 206-555-0142", "+1 206-555-0117")));
        assertThat(robot.lookup("#filter-WAITING").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#inboxCount").queryLabeled().getText()).isEqualTo("2");

        robot.clickOn(ConsoleTestSupport.awaitThreadRow(robot, "+1 206-555-0117"));
        await("Sam's thread open", () -> robot.lookup("#stageAction-LOST").tryQuery().isPresent()
                && "+1 206-555-0117".equals(robot.lookup("#contactPhone").queryLabeled().getText()));
        robot.clickOn("#stageAction-LOST");
        await("asked why", () -> robot.lookup("#lostDialog").query().isVisible());
        robot.clickOn("#lostReason-NO_REPLY").clickOn("#lostConfirm");
        await("Sam leaves the queue and the counts follow", () -> texts(robot, "thread-name")
                .equals(List.of("+1 206-555-0142")) && countOf(robot, "WAITING").equals("1")
                && countOf(robot, "LOST").equals("1") && countOf(robot, "NEW").equals("2"));

        robot.clickOn("#filter-LOST");
        await("Sam under Lost", () -> texts(robot, "thread-name").equals(List.of("+1 206-555-0117")));
    }

    @Test
    void nonsenseMatchesNothingAndSaysSoWithAWayBack(FxRobot robot) {
        aMorningsCalls(robot);

        robot.clickOn("#inboxSearch").write("zzqx\"*(");

        await("Nothing matches", () -> filledCells(robot, "thread-cell").isEmpty()
                && robot.lookup("#inboxEmptyTitle").tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup("#inboxEmptyTitle").queryLabeled().getText().equals("Nothing matches \u201czzqx\"*(\u201d"));
        assertThat(robot.lookup("#clearSearch").query().isVisible()).isTrue();

        robot.clickOn("#clearSearch");
        await("everything back", () -> filledCells(robot, "thread-cell").size() == 3);
        assertThat(robot.lookup("#inboxSearch").queryTextInputControl().getText()).isEmpty();
    }

    private static String counts(FxRobot robot) {
        String shown = "ALL=" + countOf(robot, "ALL") + " WAITING=" + countOf(robot, "WAITING") + " NEW="
                + countOf(robot, "NEW") + " LOST=" + countOf(robot, "LOST");
        return shown;
    }

    private static String countOf(FxRobot robot, String filter) {
        return robot.lookup("#count-" + filter).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
