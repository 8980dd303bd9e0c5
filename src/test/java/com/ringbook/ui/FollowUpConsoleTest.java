package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The conversation shows its scheduled follow-up with Cancel and Send now, on the real console and engine. */
@ExtendWith(ApplicationExtension.class)
class FollowUpConsoleTest {
    private static final String CALLER = "(206) 555-0179";
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;
    private Simulation simulation;
    private Instant calledAt;

    @Start
    void start(Stage stage) {
        // Business hours all day in UTC, so the nudge an hour from now is never moved to the next morning.
        console = new ConsoleUnderTest(dataDir, Map.of("RINGBOOK_TIMEZONE", "UTC", "RINGBOOK_FOLLOWUP_AFTER", "PT1H",
                "RINGBOOK_SENDING_HOURS", "00:00-23:59"), stage);
        simulation = console.service.simulation().orElseThrow();
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    private void openTheQuietThread(FxRobot robot) {
        calledAt = Instant.now();
        simulation.ringAndMiss(CALLER).join();
        await("the thread in the inbox", () -> filledCells(robot, "thread-cell").size() == 1);
        robot.clickOn(ConsoleTestSupport.awaitFilledCell(robot, "thread-cell"));
        await("the thread open", () -> robot.lookup("#threadView").query().isVisible() && !texts(robot, "bubble-body").isEmpty());
        await("the follow-up shown", () -> robot.lookup("#followUpBar").tryQuery().map(Node::isVisible).orElse(false)
                && !robot.lookup("#followUpWhen").queryAs(Label.class).getText().isEmpty());
    }

    @Test
    void theScheduledNudgeShowsWithItsTimeAndCancelTakesItAway(FxRobot robot) {
        openTheQuietThread(robot);
        String when = robot.lookup("#followUpWhen").queryAs(Label.class).getText();
        DateTimeFormatter clock = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
        String inAnHour = clock.format(calledAt.plus(Duration.ofHours(1)).atZone(ZoneId.of("UTC")));
        String aMinuteLater = clock.format(calledAt.plus(Duration.ofHours(1)).plusSeconds(60).atZone(ZoneId.of("UTC")));
        assertThat(when).matches("Follow-up (tomorrow )?at (" + inAnHour + "|" + aMinuteLater + ")");
        assertThat(robot.lookup("#followUpText").queryAs(Label.class).getText()).contains("Still need a hand?");

        robot.clickOn("#followUpCancel");
        await("the strip gone", () -> !robot.lookup("#followUpBar").query().isVisible());
        assertThat(ConsoleTestSupport.textsOnPhone(simulation, CALLER)).hasSize(1);
    }

    @Test
    void sendNowTextsTheNudgeAtOnceAndItShowsInTheConversation(FxRobot robot) {
        openTheQuietThread(robot);
        robot.clickOn("#followUpSendNow");
        await("the nudge on the customer's phone", () -> ConsoleTestSupport.textsOnPhone(simulation, CALLER).size() == 2);
        await("the nudge in the conversation", () -> texts(robot, "bubble-body").size() == 2);
        assertThat(texts(robot, "bubble-body").get(1)).contains("Still need a hand?");
        await("the strip gone", () -> !robot.lookup("#followUpBar").query().isVisible());
    }

    @Test
    void theInboxFilterListsTodaysFollowUpsWithTheirCount(FxRobot robot) {
        openTheQuietThread(robot);
        // Due an hour after the call: today, unless the call came in the last hour of the day (UTC here).
        boolean today = !robot.lookup("#followUpWhen").queryAs(Label.class).getText().contains("tomorrow");
        robot.clickOn("#filter-FOLLOW_UP_DUE");
        await("the filter's count", () -> countOf(robot, "FOLLOW_UP_DUE").equals(today ? "1" : "0"));
        await("the filter's rows", () -> filledCells(robot, "thread-cell").size() == (today ? 1 : 0));
        if (!today) {
            return;
        }

        robot.clickOn(ConsoleTestSupport.awaitFilledCell(robot, "thread-cell"));
        robot.clickOn("#followUpCancel");
        await("cancelled: off the filter", () -> countOf(robot, "FOLLOW_UP_DUE").equals("0")
                && filledCells(robot, "thread-cell").isEmpty());
    }

    private static String countOf(FxRobot robot, String filter) {
        return robot.lookup("#count-" + filter).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }
}
