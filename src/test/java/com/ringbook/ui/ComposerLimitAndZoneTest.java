package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
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

/** The composer's limit as the receptionist meets it, and the open thread following a new time zone. */
@ExtendWith(ApplicationExtension.class)
class ComposerLimitAndZoneTest {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
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
    void overTheLimitTheCounterTurnsRedSendIsOffAndTheReasonGoesWhenTheTextFits(FxRobot robot) {
        openThreadFrom(robot, "(206) 555-0171");
        TextArea composer = robot.lookup("#composer").queryAs(TextArea.class);
        Label counter = robot.lookup("#composerCounter").queryAs(Label.class);
        Button send = robot.lookup("#sendButton").queryButton();
        robot.interact(() -> composer.setText("We can come today. ".repeat(37)));
        robot.clickOn(composer).type(KeyCode.END);
        robot.write("See you soon!");

        int length = composer.getText().strip().length();
        assertThat(length).isGreaterThan(640);
        await("the counter in red", () -> counter.getStyleClass().contains("over-limit"));
        assertThat(counter.getText()).isEqualTo(length + " / 640");
        assertThat(send.isDisabled()).isTrue();
        assertThat(send.getTooltip().getText()).startsWith("This reply is too long to send: ").contains("at most 640");

        // Enter sends nothing and says why under the composer.
        robot.type(KeyCode.ENTER);
        Label error = robot.lookup("#composerError").queryAs(Label.class);
        await("the reason under the composer", error::isVisible);
        assertThat(error.getText()).startsWith("This reply is too long to send: ");

        // Cleared: the message, the red and the reason all go.
        robot.interact(composer::selectAll);
        robot.type(KeyCode.BACK_SPACE);
        await("all clear", () -> !error.isVisible() && counter.getText().equals("0 / 640")
                && !counter.getStyleClass().contains("over-limit"));
        assertThat(send.getTooltip().getText()).isEqualTo("Send (Enter)");

        robot.write("On our way");
        await("Send back on", () -> !send.isDisabled());
    }

    @Test
    void aNewTimeZoneRedrawsTheOpenThreadsTimes(FxRobot robot) {
        openThreadFrom(robot, "(206) 555-0172");
        ZoneId before = console.service.settings().effective().zone();
        ZoneId after = ZoneId.of(before.getId().equals("Asia/Kolkata") ? "Pacific/Auckland" : "Asia/Kolkata");
        Instant now = Instant.now();
        Duration shift = Duration.ofSeconds(after.getRules().getOffset(now).getTotalSeconds()
                - before.getRules().getOffset(now).getTotalSeconds());
        await("the text-back's time", () -> texts(robot, "bubble-time").size() == 1);
        String shown = texts(robot, "bubble-time").get(0);
        String expected = CLOCK.format(LocalTime.parse(shown, CLOCK).plus(shift));
        assertThat(expected).isNotEqualTo(shown);

        robot.clickOn("#navSettings");
        Button save = robot.lookup("#saveSettings").queryButton();
        await("settings loaded", () -> !save.isDisabled());
        @SuppressWarnings("unchecked")
        ComboBox<String> zone = robot.lookup("#setting-business-zone").queryAs(ComboBox.class);
        robot.clickOn(zone.getEditor());
        robot.interact(() -> zone.getEditor().selectAll());
        robot.write(after.getId());
        robot.clickOn(save);
        await("saved", () -> robot.lookup("#settingsStatus").queryAs(Label.class).getText().equals("Saved"));

        robot.clickOn("#navInbox");
        await("the same text, its time now in the new zone, without reopening it", () -> texts(robot, "bubble-time")
                .equals(List.of(expected)));
    }
}
