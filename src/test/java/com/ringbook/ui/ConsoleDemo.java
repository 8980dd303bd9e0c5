package com.ringbook.ui;

import com.ringbook.app.Ringbook;
import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.booking.api.SlotOffer;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;

/**
 * A throwaway for screenshots (not a test): seeds a few realistic conversations through the
 * simulator, opens the console and goes to the screen named in the second argument.
 * Usage: ConsoleDemo DATA_DIR [inbox|settings|simulator|offer|booking|booked|cancel]; "offer" opens Dana's offer
 * draft, "booking" has her pick slot 2 of the offer sent and opens the booking step, "booked" books it and "cancel"
 * then opens cancelling it.
 */
public final class ConsoleDemo {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String screen = args.length > 1 ? args[1] : "inbox";
        Ringbook ringbook = Ringbook.open(dir, Map.of(), Clock.systemUTC());
        ConsoleService service = ringbook.engine();
        Simulation sim = service.simulation().orElseThrow();

        sim.ringAndMiss("(303) 555-0161").join();
        pause();
        rename(service, "+13035550161", "Priya Natarajan");
        move(service, "+13035550161", Stage.LOST);
        sim.ringAndMiss("(415) 555-0199").join();
        pause();
        sim.customerTexts("(415) 555-0199", "STOP").join();
        sim.ringAndMiss("(512) 555-0134").join();
        pause();
        sim.customerTexts("(512) 555-0134", "HELP").join();
        sim.ringAndMiss("(206) 555-0117").join();
        pause();
        sim.customerTexts("(206) 555-0117", "Water heater is making a loud banging noise when it heats up").join();
        pause();
        rename(service, "+12065550117", "Sam Ortiz");
        long sam = id(service, "+12065550117");
        service.conversations().reply(sam, "Hi Sam, thanks! How old is the water heater, roughly? Is it gas or electric?").join();
        pause();
        sim.customerTexts("(206) 555-0117", "Gas, about 12 years old").join();
        sim.ringAndMiss("(312) 555-0188").join();
        pause();
        sim.ringAndMiss("(206) 555-0142").join();
        pause();
        sim.customerTexts("(206) 555-0142", "Hi, my kitchen sink is leaking under the cabinet. Can someone come today?").join();
        pause();
        rename(service, "+12065550142", "Dana Ruiz");
        long dana = id(service, "+12065550142");
        service.conversations().reply(dana, "Hi Dana, sorry to hear that! Have you been able to shut the water off under the sink?").join();
        pause();
        sim.customerTexts("(206) 555-0142", "Yes, the valve is off now. Anytime after 2pm works for me").join();
        pause();
        if (List.of("offer", "booking", "booked", "cancel").contains(screen)) {
            BookingService booking = ringbook.booking();
            booking.saveLead(dana, new LeadCard("Dana Ruiz", "12 Harbor St, Seattle", "Diagnosis / repair",
                    "Today if possible", "$250", "Leak under the kitchen sink; valve shut off. Side gate, friendly dog.")).join();
            if (!screen.equals("offer")) {
                SlotOffer draft = booking.draftOffer(dana, "").join();
                booking.sendOffer(dana, draft.jobType(), draft.slots(), draft.text()).join();
                pause();
                sim.customerTexts("(206) 555-0142", "2 please").join();
                pause();
                if (!screen.equals("booking")) {
                    booking.book(dana, draft.slots().get(1), "12 Harbor St, Seattle").join();
                    pause();
                }
            }
        }

        Platform.startup(() -> {
            javafx.stage.Stage stage = DemoWindow.open(ringbook, ringbook::close);
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            wait.setOnFinished(e -> {
                var scene = stage.getScene();
                switch (screen) {
                    case "settings" -> ((ToggleButton) scene.lookup("#navSettings")).setSelected(true);
                    case "empty" -> { }
                    case "settings-error" -> {
                        ((ToggleButton) scene.lookup("#navSettings")).setSelected(true);
                        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                        later.setOnFinished(x -> {
                            ((javafx.scene.control.TextField) scene.lookup("#setting-business-name")).setText("");
                            ((javafx.scene.control.TextArea) scene.lookup("#setting-template-business-hours"))
                                    .appendText(" {nme}");
                            ((javafx.scene.control.Button) scene.lookup("#saveSettings")).fire();
                        });
                        later.play();
                    }
                    case "simulator" -> {
                        ((ToggleButton) scene.lookup("#navSimulator")).setSelected(true);
                        ((javafx.scene.control.TextField) scene.lookup("#simCallerId")).setText("(206) 555-0142");
                    }
                    case "booked", "cancel" -> {
                        @SuppressWarnings("unchecked")
                        ListView<ThreadSummary> list = (ListView<ThreadSummary>) scene.lookup("#inboxList");
                        list.getSelectionModel().select(0);
                        if (screen.equals("cancel")) {
                            javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                            later.setOnFinished(x -> ((javafx.scene.control.Button) scene.lookup("#cancelJobButton")).fire());
                            later.play();
                        }
                    }
                    case "offer", "booking" -> {
                        @SuppressWarnings("unchecked")
                        ListView<ThreadSummary> list = (ListView<ThreadSummary>) scene.lookup("#inboxList");
                        list.getSelectionModel().select(0);
                        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
                        later.setOnFinished(x -> ((javafx.scene.control.Button) scene.lookup(
                                screen.equals("offer") ? "#offerButton" : "#bookButton")).fire());
                        later.play();
                        if (screen.equals("booking")) {
                            javafx.animation.PauseTransition pick = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
                            pick.setOnFinished(x -> {
                                javafx.scene.control.ToggleButton two = (javafx.scene.control.ToggleButton) scene.lookup("#slotChoice-2");
                                two.requestFocus();
                                two.fire();
                            });
                            pick.play();
                        }
                    }
                    default -> {
                        @SuppressWarnings("unchecked")
                        ListView<ThreadSummary> list = (ListView<ThreadSummary>) scene.lookup("#inboxList");
                        list.getSelectionModel().select(0);
                        ((javafx.scene.control.TextArea) scene.lookup("#composer"))
                                .setText("Great, we'll send Luis at 2:30pm. What's the address?");
                    }
                }
            });
            wait.play();
        });
    }

    private static void pause() throws InterruptedException {
        Thread.sleep(400);
    }

    private static long id(ConsoleService service, String phone) {
        List<ThreadSummary> all = service.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join();
        return all.stream().filter(t -> t.phone().equals(phone)).findFirst().orElseThrow().id();
    }

    private static void rename(ConsoleService service, String phone, String name) {
        service.conversations().renameContact(id(service, phone), name).join();
    }

    private static void move(ConsoleService service, String phone, Stage stage) {
        service.conversations().moveStage(id(service, phone), stage).join();
    }
}
