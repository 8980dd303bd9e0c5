package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.booking.api.BookingService;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.BookingSettings;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.api.Simulation;
import com.ringbook.ui.appointments.AppointmentsView;
import com.ringbook.ui.appointments.CalendarRange;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
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

/** The Appointments screen on the real console: jobs booked through the service show, one is cancelled, the week exported. */
@ExtendWith(ApplicationExtension.class)
class AppointmentsScreenTest {
    private static final String DANA = "(206) 555-0142";
    private static final String SAM = "(206) 555-0177";

    @TempDir
    Path dataDir;
    private ConsoleUnderTest console;

    @Start
    void start(Stage stage) {
        console = new ConsoleUnderTest(dataDir, Map.of(), stage);
    }

    @AfterEach
    void close() throws Exception {
        console.close();
    }

    private long missedCallFrom(String caller, String name) throws Exception {
        String phone = console.service.simulation().orElseThrow().ringAndMiss(caller).get();
        List<ThreadSummary> found = new ArrayList<>();
        await("a thread for " + caller, () -> {
            found.clear();
            console.service.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).get().stream()
                    .filter(t -> t.phone().equals(phone)).forEach(found::add);
            return !found.isEmpty();
        });
        long id = found.get(0).id();
        console.service.conversations().renameContact(id, name).get();
        return id;
    }

    /** The customers' names on the calendar's blocks, cancelled ones included when shown. */
    private static List<String> customersShown(FxRobot robot) {
        return robot.lookup(".appt-block .appt-customer").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).sorted().toList();
    }

    private static Node blockOf(FxRobot robot, Appointment a) {
        return robot.lookup(".appt-block").queryAll().stream()
                .filter(n -> Long.valueOf(a.id()).equals(n.getUserData())).findFirst().orElseThrow();
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void bookedJobsShowInTheirWeekAndOneIsCancelledTheCustomerToldAndTheWeekExported(FxRobot robot) throws Exception {
        // Two crews: the second job takes the same time as the first, so both are in one week whatever today is.
        Map<String, String> draft = new HashMap<>(console.service.settings().stored().get());
        draft.put(BookingSettings.CREWS, "2");
        assertThat(console.service.settings().save(draft).get()).isEmpty();
        long dana = missedCallFrom(DANA, "Dana Ruiz");
        long sam = missedCallFrom(SAM, "Sam Ortiz");
        BookingService booking = console.ringbook.booking();
        TimeSlot slot = booking.draftOffer(dana, "").get().slots().get(0);
        Appointment danas = booking.book(dana, slot, "12 Harbor St").get();
        Appointment sams = booking.book(sam, slot, "40 Pine Rd").get();
        assertThat(sams.slot().crew()).isEqualTo(2);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        await("the Appointments screen", () -> robot.lookup("#appointmentsScreen").query().isVisible()
                && robot.lookup("#navAppointments").queryAs(ToggleButton.class).isSelected());
        ZoneId zone = console.service.settings().effective().zone();
        LocalDate day = slot.start().atZone(zone).toLocalDate();
        String week = new CalendarRange(CalendarRange.Mode.WEEK, day).title();
        for (int i = 0; i < 3 && !label(robot, "#apptTitle").equals(week); i++) {
            robot.type(KeyCode.RIGHT);
        }
        await("the week of the first job", () -> label(robot, "#apptTitle").equals(week));
        await("both jobs on the calendar", () -> customersShown(robot).equals(List.of("Dana Ruiz", "Sam Ortiz")));
        assertThat(label(robot, "#apptSummary")).startsWith("2 booked, ");
        assertThat(robot.lookup("#calendarEmpty").query().isVisible()).isFalse();

        robot.clickOn(blockOf(robot, danas));
        await("Dana's details", () -> robot.lookup("#appointmentDetails").query().isVisible()
                && label(robot, "#detailsCustomer").equals("Dana Ruiz"));
        assertThat(label(robot, "#detailsAddress")).isEqualTo("12 Harbor St");
        assertThat(label(robot, "#detailsStatus")).isEqualTo("Booked");

        robot.clickOn("#beginCancel");
        await("the cancel form", () -> robot.lookup("#cancelForm").query().isVisible());
        assertThat(robot.lookup("#tellCustomer").queryAs(CheckBox.class).isSelected()).isTrue();
        robot.clickOn("#cancelReason").write("Fixed it themselves");
        robot.clickOn("#confirmCancel");
        await("Dana's job gone, Sam's still there", () -> customersShown(robot).equals(List.of("Sam Ortiz")));
        assertThat(label(robot, "#detailsStatus")).startsWith("Cancelled ").endsWith(": Fixed it themselves");
        assertThat(label(robot, "#apptNotice")).startsWith("Cancelled Dana Ruiz's job for ").endsWith("; they were told by text.");
        Simulation simulation = console.service.simulation().orElseThrow();
        await("the cancellation on Dana's phone", () -> simulation.phoneConversation(DANA).get().stream()
                .anyMatch(t -> t.fromBusiness() && t.body().startsWith("Your appointment for ")
                        && t.body().contains(" is cancelled.")));

        robot.clickOn("#showCancelled");
        await("Dana's job back, greyed", () -> customersShown(robot).equals(List.of("Dana Ruiz", "Sam Ortiz")));
        assertThat(blockOf(robot, danas).getStyleClass()).contains("appt-cancelled");
        assertThat(blockOf(robot, sams).getStyleClass()).contains("appt-booked");

        List<String> suggested = new ArrayList<>();
        AppointmentsView view = robot.lookup("#appointmentsScreen").queryAs(AppointmentsView.class);
        robot.interact(() -> view.setSaveAsker((name, owner) -> {
            suggested.add(name);
            return Optional.of(dataDir.resolve(name));
        }));
        robot.clickOn("#exportVisible");
        CalendarRange shown = new CalendarRange(CalendarRange.Mode.WEEK, day);
        String file = "appointments-" + shown.from() + "-" + shown.to() + ".ics";
        await("the export said", () -> label(robot, "#apptNotice").equals("1 booked appointment written to " + file + "."));
        assertThat(suggested).containsExactly(file);
        String calendar = Files.readString(dataDir.resolve(file));
        Matcher events = Pattern.compile("BEGIN:VEVENT").matcher(calendar);
        assertThat(events.results().count()).isEqualTo(1);
        assertThat(calendar).contains("LOCATION:40 Pine Rd");

        robot.clickOn(blockOf(robot, sams));
        await("Sam's details", () -> label(robot, "#detailsCustomer").equals("Sam Ortiz"));
        robot.clickOn("#openConversation");
        await("Sam's conversation in the inbox", () -> robot.lookup("#navInbox").queryAs(ToggleButton.class).isSelected()
                && robot.lookup("#contactName").tryQuery().map(n -> ((Label) n).getText().equals("Sam Ortiz")).orElse(false));
    }

    @Test
    void theKeysMoveTheRangeAndSwitchDayAndWeek(FxRobot robot) {
        robot.clickOn("#navAppointments");
        await("this week, empty", () -> label(robot, "#apptTitle").startsWith("Week of ")
                && robot.lookup("#calendarEmpty").query().isVisible());
        assertThat(label(robot, "#calendarEmpty")).isEqualTo("Nothing booked this week");
        String thisWeek = label(robot, "#apptTitle");

        robot.type(KeyCode.PAGE_DOWN);
        await("next week", () -> !label(robot, "#apptTitle").equals(thisWeek));
        robot.type(KeyCode.T);
        await("back to this week", () -> label(robot, "#apptTitle").equals(thisWeek));
        robot.type(KeyCode.D);
        await("a day", () -> !label(robot, "#apptTitle").startsWith("Week of ")
                && robot.lookup("#mode-DAY").queryAs(ToggleButton.class).isSelected());
        await("the day's empty state", () -> label(robot, "#calendarEmpty").startsWith("Nothing booked on "));
        String today = label(robot, "#apptTitle");
        robot.type(KeyCode.LEFT);
        await("the day before", () -> !label(robot, "#apptTitle").equals(today));
        robot.type(KeyCode.W);
        await("a week again", () -> label(robot, "#apptTitle").startsWith("Week of ")
                && robot.lookup("#mode-WEEK").queryAs(ToggleButton.class).isSelected());
    }
}
