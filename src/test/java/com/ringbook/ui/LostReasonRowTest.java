package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;

import com.ringbook.domain.LostReason;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A lost conversation's inbox row says why it was lost, without opening it; reopened, it says its stage again. */
@ExtendWith(ApplicationExtension.class)
class LostReasonRowTest {
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

    private static String rowChip(FxRobot robot, String name) {
        return ((Label) ConsoleTestSupport.awaitThreadRow(robot, name).lookup(".stage-chip")).getText();
    }

    @Test
    void aLostRowSaysWhyAndAReopenedOneSaysItsStage(FxRobot robot) {
        simulation.ringAndMiss("(206) 555-0171").join();
        simulation.ringAndMiss("(206) 555-0172").join();
        await("both rows", () -> "New".equals(rowChip(robot, "+1 206-555-0172"))
                && "New".equals(rowChip(robot, "+1 206-555-0171")));
        long first = console.service.conversations().inbox(com.ringbook.domain.InboxQuery.firstPage(com.ringbook.domain.InboxQuery.Filter.ALL, "")).join().stream()
                .filter(t -> t.phone().equals("+12065550171")).findFirst().orElseThrow().id();

        console.service.conversations().markLost(first, LostReason.WENT_ELSEWHERE, null).join();

        await("the row says why it was lost", () -> "Lost · Went elsewhere".equals(rowChip(robot, "+1 206-555-0171")));
        await("the other row as it was", () -> "New".equals(rowChip(robot, "+1 206-555-0172")));

        console.service.conversations().reopen(first).join();
        await("reopened, the row says its stage", () -> "New".equals(rowChip(robot, "+1 206-555-0171")));
    }
}
