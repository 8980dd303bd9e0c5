package com.ringbook.ui;

import static com.ringbook.ui.BookingLooks.text;
import static com.ringbook.ui.BookingLooks.shows;
import static com.ringbook.ui.BookingLooks.appointmentSummary;
import static com.ringbook.ui.BookingLooks.awaitStage;
import static com.ringbook.ui.BookingLooks.appointments;
import static com.ringbook.ui.ConsoleTestSupport.await;
import static com.ringbook.ui.ConsoleTestSupport.openThread;
import static com.ringbook.ui.ConsoleTestSupport.bubble;
import static com.ringbook.ui.ConsoleTestSupport.shortcut;
import static com.ringbook.ui.ConsoleTestSupport.textsOnPhone;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
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
 * From a missed call to a booked job on the real console: a qualifying question, the customer's answer, the lead
 * card, two slots offered, the customer's pick booked. Once by keyboard alone, once by mouse. The simulated
 * carrier plays the customer; slots depend on today and the business hours, so they are read from the screen.
 */
@ExtendWith(ApplicationExtension.class)
class ConsoleBookingTest {
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

    /** The offer as the lead panel reads: "Offered: 1) Tue Nov 24, 9-11 AM 2) Wed Nov 25, 1-3 PM". */
    private String offeredSummary(FxRobot robot) {
        if (!shows(robot, "#offeredSummary")) {
            return "";
        }
        return "Offered: " + String.join(" ", robot.lookup("#offeredSummary .offered-slot").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
    }

    /** The slots the open offer shows, "Tue Nov 24, 9-11 AM" each. */
    private List<String> offeredSlots(FxRobot robot) {
        return List.of(text(robot, "#offerSlot-1").replaceFirst("^1\\)\\s+", ""),
                text(robot, "#offerSlot-2").replaceFirst("^2\\)\\s+", ""));
    }

    @Test
    void aMissedCallIsBookedWithTheKeyboardAlone(FxRobot robot) {
        String caller = "(206) 555-0191";
        String question = settings.qualifyingQuestions().get(0);
        customer.ringAndMiss(caller).join();

        // Find the thread and open it.
        shortcut(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("0191");
        robot.type(KeyCode.DOWN);
        await("the thread open", () -> text(robot, "#contactPhone").equals("+1 206-555-0191")
                && robot.lookup("#leadName").queryAs(TextField.class).isDisabled() == false);

        // Ask the first qualifying question.
        shortcut(robot, KeyCode.ALT, KeyCode.DIGIT1);
        awaitOnPhone(caller, question);
        awaitStage(robot, "Qualifying");
        customer.customerTexts(caller, "Kitchen drain is blocked, water backing up").join();
        await("the answer in the thread", () -> bubble(robot, "Kitchen drain is blocked, water backing up").isPresent());

        // Fill in the lead card.
        shortcut(robot, KeyCode.CONTROL, KeyCode.L);
        await("the cursor in the lead card", () -> robot.lookup("#leadName").query().isFocused());
        robot.write("Dana Ruiz").type(KeyCode.TAB);
        robot.write("12 Harbor St").type(KeyCode.TAB);
        await("on the job type", () -> robot.lookup("#leadJobType").query().isFocused());
        robot.type(KeyCode.DOWN).type(KeyCode.DOWN);
        await("drain cleaning picked", () -> "Drain cleaning".equals(
                robot.lookup("#leadJobType").queryAs(ComboBox.class).getValue()));
        robot.type(KeyCode.TAB).write("This week").type(KeyCode.TAB);
        robot.write("350").type(KeyCode.TAB);
        robot.write("Side gate").type(KeyCode.ENTER);
        await("the card saved, the value as people read it", () -> !shows(robot, "#leadSaving")
                && robot.lookup("#leadValue").queryTextInputControl().getText().equals("$350"));
        await("the name in the header", () -> text(robot, "#contactName").equals("Dana Ruiz"));

        // Offer two slots: the drafted text is where the cursor is, Enter sends it.
        shortcut(robot, KeyCode.CONTROL, KeyCode.O);
        TextArea offerText = robot.lookup("#offerText").queryAs(TextArea.class);
        await("the drafted offer, ready to edit", () -> offerText.isFocused() && !offerText.getText().isEmpty()
                && shows(robot, "#offerSlot-2"));
        List<String> slots = offeredSlots(robot);
        String offer = offerText.getText();
        assertThat(offer).contains(slots.get(0), slots.get(1));
        robot.type(KeyCode.ENTER);
        awaitOnPhone(caller, offer);
        awaitStage(robot, "Slots offered");
        await("the offer in the lead panel", () -> offeredSummary(robot)
                .equals("Offered: 1) " + slots.get(0) + " 2) " + slots.get(1)));
        await("the cursor back in the composer", () -> robot.lookup("#composer").query().isFocused());

        // The customer picks the second; book it at the card's address.
        customer.customerTexts(caller, "2").join();
        await("the pick in the thread", () -> bubble(robot, "2").isPresent());
        shortcut(robot, KeyCode.CONTROL, KeyCode.B);
        await("the booking step", () -> shows(robot, "#slotChoice-2") && text(robot, "#bookingTitle")
                .equals("Book the customer's pick"));
        robot.type(KeyCode.DIGIT2);
        await("slot 2 picked", () -> robot.lookup("#slotChoice-2").queryAs(ToggleButton.class).isSelected());
        robot.type(KeyCode.TAB);
        TextField address = robot.lookup("#bookAddress").queryAs(TextField.class);
        await("the address to confirm, from the card", () -> address.isFocused()
                && address.getText().equals("12 Harbor St"));
        robot.type(KeyCode.ENTER);

        awaitStage(robot, "Booked");
        String booked = "Booked: " + slots.get(1) + " · 12 Harbor St · Drain cleaning · $350";
        await("the appointment in the thread", () -> shows(robot, "#appointmentSummary")
                && appointmentSummary(robot).equals(booked));
        awaitOnPhone(caller, "You're booked: " + slots.get(1) + " at 12 Harbor St. Reply here if anything changes. "
                + "See you then!");
        await("the cursor back in the composer", () -> robot.lookup("#composer").query().isFocused());
        assertThat(shows(robot, "#bookingPanel")).isFalse();
        assertThat(shows(robot, "#bookButton")).isFalse();
        assertThat(shows(robot, "#moveButton")).isTrue();
        assertThat(appointments(console)).singleElement().satisfies(a -> {
            assertThat(a.customerName()).isEqualTo("Dana Ruiz");
            assertThat(a.address()).isEqualTo("12 Harbor St");
            assertThat(a.jobType()).isEqualTo("Drain cleaning");
            assertThat(a.valueCents()).isEqualTo(35_000);
            assertThat(a.booked()).isTrue();
        });

        // And on the crews' calendar, reached by keyboard too.
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        awaitOnCalendar(robot, appointments(console).get(0), () -> robot.type(KeyCode.RIGHT));
    }

    /** Goes week by week (with {@code next}) to the appointment's week and waits for its block with the customer's name. */
    private void awaitOnCalendar(FxRobot robot, Appointment appointment, Runnable next) {
        await("the Appointments screen", () -> robot.lookup("#appointmentsScreen").query().isVisible()
                && robot.lookup("#navAppointments").queryAs(ToggleButton.class).isSelected());
        java.time.ZoneId zone = console.service.settings().effective().zone();
        String week = new com.ringbook.ui.appointments.CalendarRange(com.ringbook.ui.appointments.CalendarRange.Mode.WEEK,
                appointment.slot().start().atZone(zone).toLocalDate()).title();
        for (int i = 0; i < 3 && !robot.lookup("#apptTitle").queryAs(Label.class).getText().equals(week); i++) {
            next.run();
        }
        await("the job's week", () -> robot.lookup("#apptTitle").queryAs(Label.class).getText().equals(week));
        await("the job on the calendar", () -> robot.lookup(".appt-block").queryAll().stream()
                .anyMatch(n -> Long.valueOf(appointment.id()).equals(n.getUserData()) && n.isVisible()
                        && ((javafx.scene.Parent) n).lookupAll(".appt-customer").stream()
                                .anyMatch(l -> ((Label) l).getText().equals(appointment.customerName()))));
    }

    @Test
    void aMissedCallIsBookedWithTheMouse(FxRobot robot) {
        String caller = "(206) 555-0192";
        String question = settings.qualifyingQuestions().get(2);
        customer.ringAndMiss(caller).join();

        openThread(robot, "+1 206-555-0192");
        await("the questions", () -> shows(robot, "#askButton-3"));
        robot.clickOn("#askButton-3");
        awaitOnPhone(caller, question);
        awaitStage(robot, "Qualifying");
        customer.customerTexts(caller, "40 Pine Rd, the blue house. Water heater is leaking").join();
        await("the answer in the thread",
                () -> bubble(robot, "40 Pine Rd, the blue house. Water heater is leaking").isPresent());

        robot.clickOn("#leadName").write("Sam Ortiz");
        robot.clickOn("#leadAddress").write("40 Pine Rd");
        robot.clickOn("#leadJobType");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(
                n -> n instanceof javafx.scene.control.ListCell<?> c && "Diagnosis / repair".equals(c.getItem()))
                .queryAs(Node.class));
        robot.clickOn("#leadValue").write("lots");
        robot.clickOn("#leadNotes").write("Blue house");
        await("the value refused beside it, as typed", () -> shows(robot, "#leadProblem-VALUE")
                && text(robot, "#leadProblem-VALUE").contains("\"lots\" is not an amount of money")
                && robot.lookup("#leadValue").queryTextInputControl().getText().equals("lots"));
        robot.doubleClickOn("#leadValue").write("$1,200");
        robot.clickOn("#leadUrgency").write("Today");
        await("the value saved", () -> !shows(robot, "#leadProblem-VALUE") && !shows(robot, "#leadSaving")
                && robot.lookup("#leadValue").queryTextInputControl().getText().equals("$1,200"));

        robot.clickOn("#offerButton");
        TextArea offerText = robot.lookup("#offerText").queryAs(TextArea.class);
        await("the drafted offer", () -> shows(robot, "#offerSlot-2") && !offerText.getText().isEmpty());
        List<String> slots = offeredSlots(robot);
        robot.clickOn(offerText).type(KeyCode.END).write(" Thanks, Sam!");
        String offer = offerText.getText();
        assertThat(offer).endsWith(" Thanks, Sam!");
        robot.clickOn("#confirmStep");
        awaitOnPhone(caller, offer);
        awaitStage(robot, "Slots offered");
        await("the offer in the lead panel", () -> offeredSummary(robot)
                .equals("Offered: 1) " + slots.get(0) + " 2) " + slots.get(1)));

        customer.customerTexts(caller, "2").join();
        await("the pick in the thread", () -> bubble(robot, "2").isPresent());
        robot.clickOn("#bookButton");
        await("the booking step", () -> shows(robot, "#slotChoice-2"));
        robot.clickOn("#slotChoice-2");
        TextField address = robot.lookup("#bookAddress").queryAs(TextField.class);
        assertThat(address.getText()).isEqualTo("40 Pine Rd");
        robot.clickOn(address).type(KeyCode.END).write(", back door");
        robot.clickOn("#confirmStep");

        awaitStage(robot, "Booked");
        String booked = "Booked: " + slots.get(1) + " · 40 Pine Rd, back door · Diagnosis / repair · $1,200";
        await("the appointment in the thread", () -> shows(robot, "#appointmentSummary")
                && appointmentSummary(robot).equals(booked));
        awaitOnPhone(caller, "You're booked: " + slots.get(1) + " at 40 Pine Rd, back door. Reply here if anything "
                + "changes. See you then!");
        assertThat(appointments(console)).singleElement().satisfies(a -> {
            assertThat(a.customerName()).isEqualTo("Sam Ortiz");
            assertThat(a.jobType()).isEqualTo("Diagnosis / repair");
            assertThat(a.valueCents()).isEqualTo(120_000);
        });
        assertThat(robot.lookup("#leadAddress").queryTextInputControl().getText()).isEqualTo("40 Pine Rd, back door");
        assertThat(robot.lookup("#leadNotes").queryTextInputControl().getText()).isEqualTo("Blue house");

        // And on the crews' calendar, reached by mouse too.
        robot.clickOn("#navAppointments");
        awaitOnCalendar(robot, appointments(console).get(0), () -> robot.clickOn("#apptNext"));
    }
}
