package com.ringbook.ui;

import com.ringbook.app.Ringbook;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Settings;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;

/**
 * A throwaway for screenshots (not a test): the opt-out round trip (STOP, HELP held back, START and its
 * confirmation, a reply) and a few calls Ringbook did not text, then the screen named by DEMO_SCREEN
 * (thread, calls or simulator) in the data dir DEMO_DIR. Run: DEMO_DIR=... DEMO_SCREEN=calls
 * mvn -Pbench test-compile exec:exec -Dbench.class=com.ringbook.ui.OptOutDemo
 */
public final class OptOutDemo {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getenv("DEMO_DIR"));
        String screen = System.getenv().getOrDefault("DEMO_SCREEN", "thread");
        Ringbook ringbook = Ringbook.open(dir, Map.of(), Clock.systemUTC());
        ConsoleService service = ringbook.engine();
        Simulation sim = service.simulation().orElseThrow();
        Map<String, String> draft = new HashMap<>(service.settings().stored().join());
        draft.put(Settings.STAFF, "(206) 555-0110  Maria");
        draft.put(Settings.BLOCKED, "(206) 555-0199");
        service.settings().save(draft).join();

        sim.ringAndMissDecided("(206) 555-0142").join();
        pause();
        long dana = id(service, "+12065550142");
        service.conversations().renameContact(dana, "Dana Ruiz").join();
        sim.customerTexts("(206) 555-0142", "Water heater is making a banging noise").join();
        pause();
        service.conversations().reply(dana, "Sorry to hear that, Dana! Is it leaking at all?").join();
        pause();
        sim.customerTexts("(206) 555-0142", "STOP").join();
        pause();
        sim.customerTexts("(206) 555-0142", "HELP").join();
        pause();
        sim.ringAndMissDecided("(206) 555-0110").join();
        sim.ringAndMissDecided("anonymous").join();
        sim.ringAndMissDecided("(206) 555-0199").join();
        sim.ringAndMissDecided("(303) 555-0161").join();
        pause();
        if (!screen.equals("stopped")) {
            sim.customerTexts("(206) 555-0142", "START").join();
            pause();
            service.conversations().reply(dana, "Welcome back! Is the water heater still banging?").join();
            pause();
        }

        Platform.startup(() -> {
            javafx.stage.Stage stage = DemoWindow.open(ringbook, ringbook::close);
            javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
            wait.setOnFinished(e -> {
                var scene = stage.getScene();
                switch (screen) {
                    case "calls" -> ((ToggleButton) scene.lookup("#navCalls")).setSelected(true);
                    case "simulator" -> {
                        ((ToggleButton) scene.lookup("#navSimulator")).setSelected(true);
                        ((javafx.scene.control.TextField) scene.lookup("#simCallerId")).setText("(206) 555-0110");
                        ((javafx.scene.control.Button) scene.lookup("#simRing")).fire();
                    }
                    default -> {
                        @SuppressWarnings("unchecked")
                        ListView<ThreadSummary> list = (ListView<ThreadSummary>) scene.lookup("#inboxList");
                        for (int i = 0; i < list.getItems().size(); i++) {
                            if (list.getItems().get(i).id() == dana) {
                                list.getSelectionModel().select(i);
                            }
                        }
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
}
