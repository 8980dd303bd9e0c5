package com.ringbook.ui;

import static com.ringbook.ui.BookingLooks.text;
import static com.ringbook.ui.BookingLooks.shows;
import static com.ringbook.ui.BookingLooks.appointments;
import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.bubble;
import static com.ringbook.ui.ConsoleTestSupport.openThread;
import static com.ringbook.ui.ConsoleTestSupport.textsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.booking.api.SlotText;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Offer;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The customer's reply to an offer, read, as the next step on the real console: "the second one works" pre-selects
 * slot 2 and one click books it; a question is highlighted with the cursor in the composer. The simulated carrier
 * plays the customer; slots depend on today, so they are read from the screen.
 */
@ExtendWith(ApplicationExtension.class)
class ReplySuggestionConsoleTest {
    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;
    private Simulation customer;
    private Settings settings;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
        customer = console.service.simulation().orElseThrow();
        settings = console.service.settings().effective();
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    /** A missed call from Dana, her card filled in, two slots offered by mouse: the slots as the offer shows them. */
    private List<String> danaIsOfferedTwoSlots(FxRobot robot, String caller, String shown) {
        customer.ringAndMiss(caller).join();
        openThread(robot, shown);
        robot.clickOn("#leadName").write("Dana Ruiz");
        robot.clickOn("#leadAddress").write("12 Harbor St");
        robot.clickOn("#leadNotes");
        await("the card saved", () -> !shows(robot, "#leadSaving") && text(robot, "#contactName").equals("Dana Ruiz"));

        robot.clickOn("#offerButton");
        TextArea offerText = robot.lookup("#offerText").queryAs(TextArea.class);
        await("the drafted offer", () -> shows(robot, "#offerSlot-2") && !offerText.getText().isEmpty());
        List<String> slots = List.of(text(robot, "#offerSlot-1").replaceFirst("^1\\)\\s+", ""),
                text(robot, "#offerSlot-2").replaceFirst("^2\\)\\s+", ""));
        String offer = offerText.getText();
        robot.clickOn("#confirmStep");
        await("the offer on the phone", () -> textsOnPhone(customer, caller).contains(offer));
        await("the thread Slots offered", () -> text(robot, "#stageChip").equals("Slots offered"));
        assertThat(shows(robot, "#replySuggestion")).isFalse();
        return slots;
    }

    @Test
    void theSecondOneWorksIsPreSelectedAndBookedWithOneClick(FxRobot robot) {
        String caller = "(206) 555-0193";
        List<String> slots = danaIsOfferedTwoSlots(robot, caller, "+1 206-555-0193");

        customer.customerTexts(caller, "the second one works").join();
        await("the reply in the thread", () -> bubble(robot, "the second one works").isPresent());
        await("slot 2 suggested", () -> shows(robot, "#replySuggestion") && shows(robot, "#suggestionBook")
                && text(robot, "#suggestionText").startsWith("Dana picked slot 2: " + slots.get(1) + ". Book it?"));
        assertThat(robot.lookup("#suggestionReply").queryAs(Label.class).getText()).isEqualTo("\u201cthe second one works\u201d");
        assertThat(appointments(console)).isEmpty(); // nothing is booked until staff click
        assertThat(text(robot, "#stageChip")).isEqualTo("Slots offered");

        robot.clickOn("#suggestionBook");

        await("the thread Booked", () -> text(robot, "#stageChip").equals("Booked"));
        await("the booked job in the lead panel", () -> shows(robot, "#appointmentSummary"));
        Appointment booked = appointments(console).get(0);
        assertThat(appointments(console)).hasSize(1);
        Offer offer = console.ringbook.booking().latestOffer(booked.threadId()).join().orElseThrow();
        assertThat(booked.slot()).isEqualTo(offer.slot(2).orElseThrow());
        assertThat(SlotText.of(settings.zone()).when(booked.slot())).isEqualTo(slots.get(1));
        assertThat(booked.address()).isEqualTo("12 Harbor St");
        await("the confirmation on the phone", () -> textsOnPhone(customer, caller).contains("You're booked: "
                + slots.get(1) + " at 12 Harbor St. Reply here if anything changes. See you then!"));
        assertThat(shows(robot, "#replySuggestion")).isFalse();
    }

    @Test
    void aQuestionIsHighlightedWithTheCursorInTheComposer(FxRobot robot) {
        String caller = "(206) 555-0194";
        danaIsOfferedTwoSlots(robot, caller, "+1 206-555-0194");
        robot.interact(() -> robot.lookup("#offerButton").query().requestFocus());
        await("the cursor away from the composer", () -> robot.lookup("#offerButton").query().isFocused());

        customer.customerTexts(caller, "how much is it?").join();
        await("the question suggested", () -> shows(robot, "#replySuggestion")
                && text(robot, "#suggestionText").equals("Dana asked a question"));
        assertThat(robot.lookup("#replySuggestion").query().getStyleClass()).contains("suggestion-question");
        assertThat(shows(robot, "#suggestionBook")).isFalse();
        await("the cursor in the composer", () -> robot.lookup("#composer").query().isFocused());
        assertThat(appointments(console)).isEmpty();
    }
}
