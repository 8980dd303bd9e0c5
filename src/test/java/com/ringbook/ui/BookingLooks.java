package com.ringbook.ui;

import static com.ringbook.ui.ConsoleTestSupport.await;

import com.ringbook.domain.Appointment;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.testfx.api.FxRobot;

/** What the booking UI tests read off the console: labels, what shows, the booked job as the lead panel reads it. */
final class BookingLooks {
    private BookingLooks() {
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    static boolean shows(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    /** The booked job as the lead panel reads: "Booked: Tue Nov 24, 9-11 AM · 12 Harbor St · Drain cleaning · $350". */
    static String appointmentSummary(FxRobot robot) {
        if (!shows(robot, "#appointmentSummary")) {
            return "";
        }
        return "Booked: " + String.join(" · ", robot.lookup("#appointmentSummary .booked-line").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
    }

    static void awaitStage(FxRobot robot, String stage) {
        await("the thread " + stage, () -> text(robot, "#stageChip").equals(stage));
    }

    /** Every appointment from yesterday on, as the booking service has them. */
    static List<Appointment> appointments(ConsoleUnderTest console) {
        LocalDate today = LocalDate.now(console.service.settings().effective().zone());
        return console.ringbook.booking().appointments(today.minusDays(1), today.plusDays(400)).join();
    }
}
