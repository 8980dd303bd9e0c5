package com.ringbook.ui;

import com.ringbook.app.Ringbook;
import com.ringbook.carrier.twilio.FakeTwilioServer;
import com.ringbook.domain.CarrierSettings;
import com.ringbook.engine.api.ConsoleService;
import com.ringbook.engine.api.Simulation;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;

/**
 * A throwaway for the Settings screenshot (not a test): a first run on the simulator texts back a few
 * callers, then Twilio is chosen with a saved token against a local fake Twilio; the second run opens
 * Settings > Carrier and presses "Test connection". Usage: CarrierDemo DATA_DIR [wrong-token]
 */
public final class CarrierDemo {
    private static final String SID = "AC" + "5f3c9e21a7d84b06c1e2f3a4b5c6d7e8";
    private static final String TOKEN = "d41c8e97b2f0a6e35c1b9d7f8e2a3f9a";
    private static final String NUMBER = "+12065550100";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        boolean wrongToken = args.length > 1 && args[1].equals("wrong-token");
        FakeTwilioServer twilio = FakeTwilioServer.start(SID, TOKEN, Clock.systemUTC());
        twilio.addIncomingNumber(NUMBER);

        try (Ringbook first = Ringbook.open(dir, Map.of(), Clock.systemUTC())) {
            ConsoleService service = first.engine();
            Simulation sim = service.simulation().orElseThrow();
            for (String caller : new String[] {"(206) 555-0142", "(206) 555-0117", "(312) 555-0188"}) {
                sim.ringAndMiss(caller).join();
                Thread.sleep(400);
            }
            Map<String, String> draft = new LinkedHashMap<>(service.settings().stored().join());
            draft.put(CarrierSettings.KIND, "twilio");
            draft.put(CarrierSettings.ACCOUNT_SID, SID);
            draft.put(CarrierSettings.NUMBER, NUMBER);
            draft.put(CarrierSettings.API_BASE, twilio.baseUrl());
            Map<String, String> problems = service.settings().save(draft).join();
            if (!problems.isEmpty()) {
                throw new IllegalStateException(problems.toString());
            }
            service.settings().saveAuthToken(TOKEN).join();
        }

        Ringbook ringbook = Ringbook.open(dir, Map.of(), Clock.systemUTC());
        ConsoleService service = ringbook.engine();
        Platform.startup(() -> {
            javafx.stage.Stage stage = DemoWindow.open(ringbook, () -> {
                ringbook.close();
                twilio.close();
            });
            var scene = stage.getScene();
            after(1.5, () -> {
                ((ToggleButton) scene.lookup("#navSettings")).setSelected(true);
                after(1.0, () -> {
                    ((ScrollPane) scene.lookup(".settings-scroll")).setVvalue(1);
                    if (wrongToken) {
                        ((javafx.scene.control.PasswordField) scene.lookup("#twilioAuthToken")).setText("not-the-token");
                    }
                    ((Button) scene.lookup("#testConnection")).fire();
                    scene.getRoot().requestFocus();
                });
            });
        });
    }

    private static void after(double seconds, Runnable work) {
        javafx.animation.PauseTransition wait = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(seconds));
        wait.setOnFinished(e -> work.run());
        wait.play();
    }
}
