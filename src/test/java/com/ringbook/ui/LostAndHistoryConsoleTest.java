package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.filledCells;
import static com.ringbook.ui.ConsoleTestSupport.shortcut;
import static com.ringbook.ui.ConsoleTestSupport.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.InboxQuery;
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

/** Marking lost with a reason, Undo and Reopen, and a returning customer's history, clicked through the console. */
@ExtendWith(ApplicationExtension.class)
class LostAndHistoryConsoleTest {
    private static final String CALLER = "(206) 555-0191";
    private static final String SHOWN = "+1 206-555-0191";

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

    private Label chip(FxRobot robot) {
        return robot.lookup("#stageChip").queryAs(Label.class);
    }

    private String reason(FxRobot robot) {
        Label reason = robot.lookup("#lostReasonText").queryAs(Label.class);
        return reason.isVisible() ? reason.getText() : "";
    }

    private boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void markingLostAsksWhyShowsItAndUndoPutsItBack(FxRobot robot) {
        simulation.ringAndMiss(CALLER).join();
        ConsoleTestSupport.openThread(robot, SHOWN);
        robot.clickOn("#stageAction-QUALIFYING");
        await("qualifying", () -> chip(robot).getText().equals("Qualifying"));

        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L);
        await("the dialog asking why", () -> shown(robot, "#lostDialog"));
        assertThat(chip(robot).getText()).isEqualTo("Qualifying");
        robot.type(KeyCode.DIGIT2);
        await("Went elsewhere picked", () -> robot.lookup("#lostReason-WENT_ELSEWHERE")
                .queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        robot.type(KeyCode.ENTER);

        await("Lost · Went elsewhere in the header", () -> chip(robot).getText().equals("Lost")
                && reason(robot).equals("· Went elsewhere"));
        await("the Undo bar", () -> shown(robot, "#undoBar"));
        assertThat(shown(robot, "#lostDialog")).isFalse();

        robot.clickOn("#undoLost");

        await("back to qualifying, the reason gone", () -> chip(robot).getText().equals("Qualifying")
                && reason(robot).isEmpty() && !shown(robot, "#undoBar"));
        assertThat(shown(robot, "#stageAction-LOST")).isTrue();
    }

    @Test
    void escapeLeavesTheThreadAsItWasAndReopenBringsALostThreadBack(FxRobot robot) {
        simulation.ringAndMiss(CALLER).join();
        ConsoleTestSupport.openThread(robot, SHOWN);

        robot.clickOn("#stageAction-LOST");
        await("the dialog", () -> shown(robot, "#lostDialog"));
        robot.type(KeyCode.ESCAPE);
        await("the dialog gone", () -> !shown(robot, "#lostDialog"));
        assertThat(chip(robot).getText()).isEqualTo("New");

        robot.clickOn("#stageAction-LOST");
        await("the dialog", () -> shown(robot, "#lostDialog"));
        robot.clickOn("#lostReason-NO_REPLY");
        robot.clickOn("#lostNote").write("Three texts, no answer");
        robot.type(KeyCode.ENTER);
        await("lost for no reply", () -> chip(robot).getText().equals("Lost") && reason(robot).equals("· No reply"));
        assertThat(shown(robot, "#reopenButton")).isTrue();

        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R);

        await("reopened where it stood", () -> chip(robot).getText().equals("New") && reason(robot).isEmpty()
                && !shown(robot, "#reopenButton"));
    }

    @Test
    void aCustomerWhoseThreadWasLostCallsAgainAndTheNewThreadShowsTheOldOne(FxRobot robot) {
        simulation.ringAndMiss(CALLER).join();
        ConsoleTestSupport.openThread(robot, SHOWN);
        simulation.customerTexts(CALLER, "How much for a new water heater?").join();
        await("the customer's question", () -> ConsoleTestSupport.bubble(robot, "How much for a new water heater?").isPresent());
        robot.clickOn("#stageAction-LOST");
        await("the dialog", () -> shown(robot, "#lostDialog"));
        robot.clickOn("#lostReason-PRICE").clickOn("#lostConfirm");
        await("lost", () -> chip(robot).getText().equals("Lost"));

        simulation.customerTexts(CALLER, "Hi again, the sink is leaking now").join();

        await("a second thread", () -> filledCells(robot, "thread-cell").size() == 2);
        robot.clickOn(filledCells(robot, "thread-cell").get(0));
        await("the new thread with its history line", () -> chip(robot).getText().equals("New")
                && texts(robot, "history-outcome").equals(List.of("Lost · Price")));
        assertThat(robot.lookup("#historyTitle").queryAs(Label.class).getText()).isEqualTo("1 other conversation");
        assertThat(robot.lookup("#historyPhone").queryAs(Label.class).getText()).isEqualTo(SHOWN);
        assertThat(texts(robot, "history-when")).singleElement().asString().startsWith("Earlier · ");

        robot.clickOn(robot.lookup(".history-line").queryAs(Node.class));

        await("the old messages, read in place", () -> texts(robot, "history-body")
                .contains("How much for a new water heater?"));
        assertThat(texts(robot, "history-body")).doesNotContain("Hi again, the sink is leaking now");
        assertThat(chip(robot).getText()).isEqualTo("New");

        robot.clickOn(robot.lookup(".history-go").queryAs(Node.class));

        await("the old thread open", () -> chip(robot).getText().equals("Lost") && reason(robot).equals("· Price")
                && ConsoleTestSupport.bubble(robot, "How much for a new water heater?").isPresent());
        await("its history shows the later one", () -> texts(robot, "history-when").size() == 1
                && texts(robot, "history-when").get(0).startsWith("Later · "));
    }

    @Test
    void reopeningABookedThreadStartsANewConversationAndTheJobStaysBooked(FxRobot robot) {
        simulation.ringAndMiss(CALLER).join();
        await("the thread", () -> !console.service.conversations()
                .inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join().isEmpty());
        long booked = console.service.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join().get(0).id();
        BookingService booking = console.ringbook.booking();
        SlotOffer draft = booking.draftOffer(booked, "").join();
        booking.sendOffer(booked, draft.jobType(), draft.slots(), draft.text()).join();
        Appointment job = booking.book(booked, draft.slots().get(0), "12 Elm St").join();
        ConsoleTestSupport.openThread(robot, SHOWN);
        await("booked, with Reopen", () -> chip(robot).getText().equals("Booked") && shown(robot, "#reopenButton"));

        robot.clickOn("#reopenButton");

        await("a new conversation open, qualifying", () -> chip(robot).getText().equals("Qualifying")
                && filledCells(robot, "thread-cell").size() == 2);
        await("its history shows the booked job", () -> texts(robot, "history-outcome").size() == 1
                && texts(robot, "history-outcome").get(0).startsWith("Booked for ")
                && texts(robot, "history-outcome").get(0).endsWith(" · " + job.jobType()));
        assertThat(robot.lookup("#historyJobs").queryAs(Label.class).getText()).startsWith("1 job booked · $");
        assertThat(booking.appointmentOf(booked).join()).isPresent();
        assertThat(console.service.conversations().summary(booked).join().orElseThrow().stage())
                .isEqualTo(com.ringbook.domain.Stage.BOOKED);
    }
}
