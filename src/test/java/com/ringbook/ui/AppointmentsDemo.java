package com.ringbook.ui;

import com.ringbook.app.Ringbook;
import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.BookingSettings;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.TimeSlot;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.ui.appointments.CalendarRange;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/**
 * A throwaway for the Appointments screenshot (not a test): two crews, a week of jobs booked through
 * booking's service, one cancelled; opens the console on the week of the first job, cancelled ones shown and
 * one job selected.
 * Usage: AppointmentsDemo DATA_DIR [week|day]
 */
public final class AppointmentsDemo {
    private static final String[][] CUSTOMERS = {
            {"(206) 555-0142", "Dana Ruiz", "Drain cleaning", "12 Harbor St, Apt 4"},
            {"(206) 555-0117", "Sam Ortiz", "Water heater install", "40 Pine Rd"},
            {"(303) 555-0161", "Priya Natarajan", "Diagnosis / repair", "7 Alder Ln"},
            {"(512) 555-0134", "Marcus Lee", "Maintenance visit", "301 Lakeview Dr"},
            {"(312) 555-0188", "Ana Costa", "Drain cleaning", "88 Birch Ave"},
            {"(415) 555-0199", "Tom Becker", "Diagnosis / repair", "5 Quarry Rd"},
            {"(206) 555-0155", "Lena Fischer", "Maintenance visit", "19 Elm Ct"},
            {"(206) 555-0166", "Omar Haddad", "Drain cleaning", "230 Bay St"},
    };

    private static void click(Node node) {
        node.fireEvent(new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1, false, false, false,
                false, true, false, false, true, false, true, null));
    }

    /** Books the offered time moved on by {@code shift}, or the offered time itself when that time cannot be booked. */
    private static Appointment book(BookingService booking, long thread, TimeSlot offered, Duration shift, String address)
            throws Exception {
        TimeSlot later = new TimeSlot(offered.crew(), offered.start().plus(shift), offered.end().plus(shift),
                offered.arrivalFrom().plus(shift), offered.arrivalTo().plus(shift));
        try {
            return booking.book(thread, later, address).get();
        } catch (Exception e) {
            return booking.book(thread, offered, address).get();
        }
    }

    public static void main(String[] args) throws Exception {
        Ringbook ringbook = Ringbook.open(Path.of(args[0]), Map.of(), Clock.systemUTC());
        ConsoleService service = ringbook.engine();
        Map<String, String> draft = new HashMap<>(service.settings().stored().get());
        draft.put(BookingSettings.CREWS, "2");
        service.settings().save(draft).get();
        BookingService booking = ringbook.booking();
        LocalDate first = null;
        long cancel = -1;
        for (int i = 0; i < CUSTOMERS.length; i++) {
            String[] c = CUSTOMERS[i];
            String phone = service.simulation().orElseThrow().ringAndMiss(c[0]).get();
            Thread.sleep(300);
            long thread = service.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).get().stream()
                    .filter(t -> t.phone().equals(phone)).findFirst().orElseThrow().id();
            booking.saveLead(thread, new LeadCard(c[1], c[3], c[2], "", "", "")).get();
            List<TimeSlot> slots = booking.draftOffer(thread, c[2]).get().slots();
            Appointment booked = book(booking, thread, slots.get(0), Duration.ofDays(i % 5).plusHours(i % 3 * 3), c[3]);
            if (first == null) {
                first = booked.slot().start().atZone(service.settings().effective().zone()).toLocalDate();
            }
            if (i == 4) {
                cancel = booked.id();
            }
        }
        booking.cancel(cancel, "Found another plumber", true).get();
        String week = new CalendarRange(CalendarRange.Mode.WEEK, first).title();

        Platform.startup(() -> {
            javafx.stage.Stage stage = DemoWindow.open(ringbook, ringbook::close);
            var scene = stage.getScene();
            ((ToggleButton) scene.lookup("#navAppointments")).setSelected(true);
            ((javafx.scene.control.CheckBox) scene.lookup("#showCancelled")).setSelected(true);
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
            wait.setOnFinished(e -> {
                for (int i = 0; i < 3 && !((Label) scene.lookup("#apptTitle")).getText().equals(week); i++) {
                    ((Button) scene.lookup("#apptNext")).fire();
                }
                if (args.length > 1 && args[1].equals("day")) {
                    ((ToggleButton) scene.lookup("#mode-DAY")).setSelected(true);
                }
                javafx.animation.PauseTransition select = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                select.setOnFinished(x -> scene.getRoot().lookupAll(".appt-block").stream().skip(2).findFirst()
                        .ifPresent(AppointmentsDemo::click));
                select.play();
            });
            wait.play();
        });
    }
}
