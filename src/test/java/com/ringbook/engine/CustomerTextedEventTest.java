package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.EngineEvent;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine says when a customer texted (for desktop notices), after the thread's change, and never for our texts. */
class CustomerTextedEventTest {
    private static final String DANA = "+12065550142";
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T16:00:00Z"));
    private final List<EngineEvent> events = new CopyOnWriteArrayList<>();

    @TempDir
    Path dir;
    EngineHarness h;

    @BeforeEach
    void start() {
        h = new EngineHarness(dir, clock, Map.of(Settings.ZONE, "America/Chicago"), null);
        h.engine.events().subscribe(events::add);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private List<EngineEvent> customerTexts() {
        return events.stream().filter(EngineEvent.CustomerTexted.class::isInstance).toList();
    }

    @Test
    void aCustomersTextIsAnnouncedOnceAfterItsThreadChangedAndOurTextsAreNot() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        long id = h.onlyThread().id();
        h.awaitLastOutbound(id, DeliveryStatus.DELIVERED);
        assertThat(customerTexts()).as("the text-back is ours").isEmpty();

        h.simulator.customerTexts(DANA, "Kitchen sink is backing up");

        await().until(() -> customerTexts().size() == 1);
        assertThat(customerTexts()).containsExactly(new EngineEvent.CustomerTexted(id));
        int announced = events.indexOf(new EngineEvent.CustomerTexted(id));
        assertThat(events.subList(0, announced)).contains(new EngineEvent.ThreadChanged(id));

        h.engine.conversations().reply(id, "On our way").join();
        h.awaitLastOutbound(id, DeliveryStatus.DELIVERED);
        assertThat(customerTexts()).as("a staff reply is ours").hasSize(1);
    }

    @Test
    void stopHelpAndStartAreNotAnnouncedAsACustomerWaiting() {
        h.simulator.ringAndMiss(DANA);
        await().until(() -> h.sentTo(DANA) == 1);
        long id = h.onlyThread().id();

        h.simulator.customerTexts(DANA, "HELP");
        h.simulator.customerTexts(DANA, " stop ");
        h.simulator.customerTexts(DANA, "START");
        h.simulator.customerTexts(DANA, "Stop by at 5 please");

        await().until(() -> customerTexts().size() == 1);
        await().until(() -> h.engine.conversations().thread(id).join().orElseThrow().messages().stream()
                .filter(m -> m.direction() == com.ringbook.domain.Direction.INBOUND).count() == 4);
        assertThat(customerTexts()).as("only the ordinary reply waits for staff")
                .containsExactly(new EngineEvent.CustomerTexted(id));
    }
}
