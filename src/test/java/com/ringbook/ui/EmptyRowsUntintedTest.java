package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Rows left empty when a search narrows the inbox show nothing: not the unread tint of the conversation that was
 * there before (a pale blue band under the results).
 */
@ExtendWith(ApplicationExtension.class)
class EmptyRowsUntintedTest {
    private static final PseudoClass UNREAD = PseudoClass.getPseudoClass("unread");
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

    @Test
    void anEmptyRowCarriesNoUnreadTint(FxRobot robot) {
        for (String caller : List.of("(206) 555-0171", "(206) 555-0172", "(206) 555-0173")) {
            simulation.ringAndMiss(caller).join();
            simulation.customerTexts(caller, "is anyone there? the boiler is out").join();
        }
        await("three unread conversations", () -> filledCells(robot, "thread-cell").size() == 3
                && unreadCells(robot) == 3);

        robot.clickOn("#inboxSearch").write("555-0171");
        await("one conversation found", () -> filledCells(robot, "thread-cell").size() == 1);

        List<ListCell<?>> empty = cells(robot).stream().filter(ListCell::isEmpty).toList();
        assertThat(empty).as("rows left empty by the search").isNotEmpty();
        assertThat(empty.stream().filter(c -> c.getPseudoClassStates().contains(UNREAD)).toList())
                .as("empty rows with the unread tint").isEmpty();
        assertThat(unreadCells(robot)).isEqualTo(1);
    }

    private static long unreadCells(FxRobot robot) {
        return cells(robot).stream().filter(c -> !c.isEmpty() && c.getPseudoClassStates().contains(UNREAD)).count();
    }

    private static List<ListCell<?>> cells(FxRobot robot) {
        return robot.lookup(".thread-cell").queryAll().stream().<ListCell<?>>map(n -> (ListCell<?>) n).toList();
    }
}
