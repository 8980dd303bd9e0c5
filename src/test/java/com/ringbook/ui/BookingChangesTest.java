package com.ringbook.ui;

import static com.ringbook.ui.BookingLooks.text;
import static com.ringbook.ui.BookingLooks.shows;
import static com.ringbook.ui.BookingLooks.appointmentSummary;
import static com.ringbook.ui.BookingLooks.awaitStage;
import static com.ringbook.ui.BookingLooks.appointments;
import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.openThread;
import static com.ringbook.ui.ConsoleTestSupport.shortcut;
import static com.ringbook.ui.ConsoleTestSupport.textsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.booking.api.SlotText;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Settings;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ListView;
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

/**
 * What can happen to a booking on the real console: two customers offered the same time and one books it first,
 * and a booked job cancelled or moved. The simulated carrier plays the customers; slots are read from the screen.
 */
@ExtendWith(ApplicationExtension.class)
class BookingChangesTest {
    private static final String TAKEN = "That time was just booked for another job. Offer fresh slots.";

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

    private void awaitOnPhone(String caller, String body) {
        await("\"" + body + "\" on the customer's phone", () -> textsOnPhone(customer, caller).contains(body));
    }

    /** Offers two slots on the open thread and returns the first as shown, once it is on the customer's phone. */
    private String offerTwoSlots(FxRobot robot, String caller) {
        robot.clickOn("#offerButton");
        TextArea offerText = robot.lookup("#offerText").queryAs(TextArea.class);
        await("the drafted offer", () -> shows(robot, "#offerSlot-1") && !offerText.getText().isEmpty());
        String first = text(robot, "#offerSlot-1").replaceFirst("^1\\)\\s+", "");
        String offer = offerText.getText();
        robot.clickOn("#confirmStep");
        awaitOnPhone(caller, offer);
        awaitStage(robot, "Slots offered");
        return first;
    }

    private void book(FxRobot robot, int slot, String address) {
        robot.clickOn("#bookButton");
        await("the booking step", () -> shows(robot, "#slotChoice-" + slot));
        robot.clickOn("#slotChoice-" + slot);
        robot.clickOn("#bookAddress");
        shortcut(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write(address);
        robot.clickOn("#confirmStep");
    }

    @Test
    void aSlotBookedForAnotherCustomerMeanwhileIsSaidPlainlyAndAFreshOneIsBooked(FxRobot robot) {
        customer.ringAndMiss("(206) 555-0193").join();
        customer.ringAndMiss("(206) 555-0194").join();

        openThread(robot, "+1 206-555-0193");
        String danasFirst = offerTwoSlots(robot, "(206) 555-0193");
        openThread(robot, "+1 206-555-0194");
        // Both are offered the same first time (a draft a half-hour tick later is drafted again).
        String samsFirst = offerTwoSlots(robot, "(206) 555-0194");
        for (int tries = 0; !samsFirst.equals(danasFirst) && tries < 2; tries++) {
            samsFirst = offerTwoSlots(robot, "(206) 555-0194");
        }
        assertThat(samsFirst).isEqualTo(danasFirst);

        customer.customerTexts("(206) 555-0193", "1").join();
        customer.customerTexts("(206) 555-0194", "1 please").join();
        openThread(robot, "+1 206-555-0193");
        book(robot, 1, "12 Harbor St");
        awaitStage(robot, "Booked");

        openThread(robot, "+1 206-555-0194");
        book(robot, 1, "40 Pine Rd");
        await("the slot-taken message, plainly", () -> shows(robot, "#bookingError")
                && text(robot, "#bookingError").equals(TAKEN) && shows(robot, "#freshSlots"));
        assertThat(text(robot, "#stageChip")).isEqualTo("Slots offered");
        assertThat(robot.lookup("#bookAddress").queryTextInputControl().getText()).isEqualTo("40 Pine Rd");

        // The button says it, and its shortcut does it.
        shortcut(robot, KeyCode.CONTROL, KeyCode.O);
        TextArea offerText = robot.lookup("#offerText").queryAs(TextArea.class);
        await("fresh slots drafted", () -> shows(robot, "#offerSlot-1") && !offerText.getText().isEmpty());
        String fresh = text(robot, "#offerSlot-1").replaceFirst("^1\\)\\s+", "");
        assertThat(fresh).isNotEqualTo(danasFirst);
        String offer = offerText.getText();
        robot.clickOn("#confirmStep");
        awaitOnPhone("(206) 555-0194", offer);
        book(robot, 1, "40 Pine Rd");
        awaitStage(robot, "Booked");
        await("the fresh slot booked", () -> appointmentSummary(robot).startsWith("Booked: " + fresh + " · 40 Pine Rd"));

        assertThat(appointments(console)).hasSize(2).allMatch(Appointment::booked);
        assertThat(appointments(console)).extracting(a -> SlotText.of(settings.zone()).when(a.slot()))
                .containsExactlyInAnyOrder(danasFirst, fresh);
    }

    /** A caller already booked (through the service) at 12 Harbor St in the first free slot. */
    private Appointment bookedThroughTheService(String caller) {
        customer.ringAndMiss(caller).join();
        await("the thread in the inbox", () -> !console.service.conversations()
                .inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join().isEmpty());
        ThreadSummary thread = console.service.conversations()
                .inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join().get(0);
        BookingService booking = console.ringbook.booking();
        SlotOffer draft = booking.draftOffer(thread.id(), "").join();
        booking.sendOffer(thread.id(), draft.jobType(), draft.slots(), draft.text()).join();
        return booking.book(thread.id(), draft.slots().get(0), "12 Harbor St").join();
    }

    @Test
    void aCancelledJobAsksWhyTellsTheCustomerAndReopensTheConversation(FxRobot robot) {
        String caller = "(206) 555-0195";
        Appointment booked = bookedThroughTheService(caller);
        String when = SlotText.of(settings.zone()).when(booked.slot());

        openThread(robot, "+1 206-555-0195");
        awaitStage(robot, "Booked");
        await("the appointment in the thread", () -> shows(robot, "#appointmentSummary")
                && appointmentSummary(robot).startsWith("Booked: " + when + " · 12 Harbor St"));

        shortcut(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.X);
        await("asked why, the cursor in the reason", () -> shows(robot, "#cancelReason")
                && robot.lookup("#cancelReason").query().isFocused());
        assertThat(robot.lookup("#tellCustomer").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.write("Fixed it themselves");
        robot.clickOn("#confirmStep");

        awaitStage(robot, "Qualifying");
        awaitOnPhone(caller, "Your appointment for " + when + " is cancelled. Reply here if you'd like another time.");
        await("the appointment gone and slots can be offered again", () -> !shows(robot, "#appointmentSummary")
                && shows(robot, "#offerButton") && !shows(robot, "#bookingPanel"));
        assertThat(appointments(console)).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(Appointment.Status.CANCELLED);
            assertThat(a.cancelReason()).isEqualTo("Fixed it themselves");
        });
    }

    @Test
    void aBookedJobMovesToAFreshSlotByKeyboard(FxRobot robot) {
        String caller = "(206) 555-0196";
        Appointment booked = bookedThroughTheService(caller);
        openThread(robot, "+1 206-555-0196");
        await("the appointment in the thread", () -> shows(robot, "#appointmentSummary"));

        shortcut(robot, KeyCode.CONTROL, KeyCode.M);
        await("fresh slots to move to", () -> shows(robot, "#slotChoice-2") && text(robot, "#bookingTitle")
                .equals("Move the job"));
        assertThat(robot.lookup("#tellCustomer").queryAs(CheckBox.class).isSelected()).isTrue();
        String to = robot.lookup("#slotChoice-2").queryLabeled().getText().replaceFirst("^2\\s+", "");
        robot.type(KeyCode.DIGIT2).type(KeyCode.ENTER);

        await("the job at its new time", () -> appointmentSummary(robot).startsWith("Booked: " + to + " · 12 Harbor St"));
        awaitOnPhone(caller, "Your appointment has moved to " + to + " at 12 Harbor St. Reply here if that doesn't work.");
        assertThat(text(robot, "#stageChip")).isEqualTo("Booked");
        assertThat(appointments(console)).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo(booked.id());
            assertThat(SlotText.of(settings.zone()).when(a.slot())).isEqualTo(to);
        });
    }

    @Test
    void movingToAnotherThreadLeavesAnUnsentOfferAndTheCursorInTheList(FxRobot robot) {
        customer.ringAndMiss("(206) 555-0197").join();
        customer.ringAndMiss("(206) 555-0198").join();
        openThread(robot, "+1 206-555-0198");
        shortcut(robot, KeyCode.CONTROL, KeyCode.O);
        await("the drafted offer", () -> robot.lookup("#offerText").query().isFocused()
                && !robot.lookup("#offerText").queryAs(TextArea.class).getText().isEmpty());

        // Back to the list (Ctrl+1 puts the cursor there), then to the other thread, above or below this one.
        shortcut(robot, KeyCode.CONTROL, KeyCode.DIGIT1);
        ListView<?> list = robot.lookup("#inboxList").queryListView();
        await("the cursor in the list", list::isFocused);
        robot.type(list.getSelectionModel().getSelectedIndex() == 0 ? KeyCode.DOWN : KeyCode.UP);
        await("the other thread open", () -> text(robot, "#contactPhone").equals("+1 206-555-0197"));
        await("no step open on it", () -> !shows(robot, "#bookingPanel") && shows(robot, "#offerButton"));
        assertThat(robot.lookup("#inboxList").query().isFocused()).isTrue();
        assertThat(textsOnPhone(customer, "(206) 555-0198")).hasSize(1);
        assertThat(text(robot, "#stageChip")).isEqualTo("New");
    }
}
