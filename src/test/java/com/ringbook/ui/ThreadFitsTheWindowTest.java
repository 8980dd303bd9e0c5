package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An open conversation fits the window, at the size the console opens at and at the narrowest it can be made: its
 * header, its question chips and composer, its lead card, none of it under the inbox list or past the window's right
 * edge. (A long suggested question once pushed the whole conversation about 50 px past both sides at 1280 wide.)
 */
@ExtendWith(ApplicationExtension.class)
class ThreadFitsTheWindowTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;
    private Simulation simulation;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
        simulation = console.service.simulation().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    @Test
    void theOpenConversationFitsBesideTheListAtTheFirstAndTheNarrowestSize(FxRobot robot) {
        simulation.ringAndMiss("(206) 555-0177").join();
        await("the thread in the inbox", () -> filledCells(robot, "thread-cell").size() == 1);
        robot.clickOn(ConsoleTestSupport.awaitFilledCell(robot, "thread-cell"));
        await("the thread open with its questions to ask", () -> robot.lookup("#threadView").query().isVisible()
                && !texts(robot, "bubble-body").isEmpty() && robot.lookup("#askButton-3").tryQuery().isPresent());

        for (double[] size : new double[][] {{1280, 800}, {stage.getMinWidth(), stage.getMinHeight()}}) {
            robot.interact(() -> {
                stage.setWidth(size[0]);
                stage.setHeight(size[1]);
            });
            robot.interact(() -> stage.getScene().getRoot().layout());
            double windowWidth = stage.getScene().getWidth();
            Bounds list = scene(robot, "#inboxList");
            for (String part : new String[] {"#threadView", "#contactName", "#askButton-3", "#sendButton", "#leadCard"}) {
                Bounds b = scene(robot, part);
                assertThat(b.getMinX()).as("%s's left edge, right of the list (%s wide)", part, windowWidth)
                        .isGreaterThanOrEqualTo(list.getMaxX() - 0.5);
                assertThat(b.getMaxX()).as("%s's right edge, inside the window (%s wide)", part, windowWidth)
                        .isLessThanOrEqualTo(windowWidth + 0.5);
            }
        }
    }

    private static Bounds scene(FxRobot robot, String query) {
        AtomicReference<Bounds> bounds = new AtomicReference<>();
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            bounds.set(node.localToScene(node.getLayoutBounds()));
        });
        return bounds.get();
    }
}
