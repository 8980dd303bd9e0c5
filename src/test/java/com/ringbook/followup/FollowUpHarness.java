package com.ringbook.followup;

import static org.awaitility.Awaitility.await;

import com.ringbook.booking.AppointmentExportService;
import com.ringbook.booking.EngineBookingService;
import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.FollowUp;
import com.ringbook.domain.Settings;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.EngineHarness;
import com.ringbook.followup.api.ScheduledFollowUp;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A real engine on a real SQLite file with the simulated phone, the follow-up loop running on the test's
 * clock (waking often, since a test moves its clock by hand) and the follow-up and booking services.
 */
final class FollowUpHarness implements AutoCloseable {
    final EngineHarness h;
    final FollowUpScheduler scheduler;
    final EngineFollowUpService followUps;
    final EngineBookingService booking;

    FollowUpHarness(Path dir, Clock clock, Map<String, String> settings) {
        this(dir, clock, settings, null);
    }

    FollowUpHarness(Path dir, Clock clock, Map<String, String> settings, Function<SimulatedCarrier, CarrierGateway> carrier) {
        Map<String, String> all = new HashMap<>(Map.of(Settings.ZONE, "America/New_York", Settings.BUSINESS_NAME, "Harbor Plumbing"));
        all.putAll(settings);
        h = new EngineHarness(dir, clock, all, carrier);
        scheduler = new FollowUpScheduler(h.engine.kit(), h.engine.events(), Duration.ofMillis(20));
        scheduler.start();
        followUps = new EngineFollowUpService(h.engine.kit());
        booking = new EngineBookingService(h.engine.kit(), new AppointmentExportService(h.store, h.engine.settings()::effective, clock));
    }

    ThreadSummary missedCallFrom(String phone) {
        long before = h.sentTo(phone);
        h.simulator.ringAndMiss(phone);
        await().until(() -> h.sentTo(phone) == before + 1);
        return h.inbox().stream().filter(t -> t.phone().equals(phone)).findFirst().orElseThrow();
    }

    /** Waits for the thread's follow-up to be planned. */
    ScheduledFollowUp awaitScheduled(long threadId) {
        await().until(() -> followUps.scheduled(threadId).join().isPresent());
        return followUps.scheduled(threadId).join().orElseThrow();
    }

    Optional<ScheduledFollowUp> scheduled(long threadId) {
        return followUps.scheduled(threadId).join();
    }

    /** Every follow-up row of the thread, oldest first, as stored. */
    List<FollowUp> rows(long threadId) {
        return h.store.read(s -> {
            List<FollowUp> all = new java.util.ArrayList<>();
            for (long id = 1; ; id++) {
                Optional<FollowUp> row = s.followUps().byId(id);
                if (row.isEmpty()) {
                    return all.stream().filter(r -> r.threadId() == threadId).toList();
                }
                all.add(row.get());
            }
        });
    }

    /** Texts from the business to this number, as the carrier has them. */
    List<SimulatedCarrier.Entry> textsTo(String phone) {
        return h.simulator.ledger().stream().filter(e -> e.fromBusiness() && e.phone().equals(phone)).toList();
    }

    @Override
    public void close() {
        scheduler.close();
        h.close();
    }
}
