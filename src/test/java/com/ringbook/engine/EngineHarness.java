package com.ringbook.engine;

import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Message;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.store.Store;
import com.ringbook.store.contract.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** A real engine on a real SQLite file in a temp dir, with the simulated carrier (or one given). */
public final class EngineHarness implements AutoCloseable {
    public final Path dataDir;
    public final Store store;
    public final SimulatedCarrier simulator;
    public final Engine engine;

    public EngineHarness(Path dataDir, Clock clock) {
        this(dataDir, clock, Map.of(), null);
    }

    /** @param carrier wraps the simulator in front of the engine (a slow network, say); null for none */
    public EngineHarness(Path dataDir, Clock clock, Map<String, String> settings,
                         Function<SimulatedCarrier, CarrierGateway> carrier) {
        this.dataDir = dataDir;
        this.store = TestStores.open(dataDir, clock);
        if (!settings.isEmpty()) {
            store.write(s -> {
                s.settings().put(settings);
                return null;
            }).join();
        }
        this.simulator = new SimulatedCarrier(dataDir, clock);
        this.engine = TestEngine.on(store, carrier == null ? simulator : carrier.apply(simulator), clock).start();
    }

    public List<ThreadSummary> inbox() {
        return engine.conversations().inbox(InboxQuery.firstPage(InboxQuery.Filter.ALL, "")).join();
    }

    public ThreadDetail thread(long id) {
        return engine.conversations().thread(id).join().orElseThrow();
    }

    public ThreadSummary onlyThread() {
        List<ThreadSummary> inbox = inbox();
        if (inbox.size() != 1) {
            throw new AssertionError("expected one thread, found " + inbox);
        }
        return inbox.get(0);
    }

    public long sentTo(String phone) {
        return simulator.ledger().stream().filter(e -> e.fromBusiness() && e.phone().equals(phone)).count();
    }

    /** Waits until the thread's last outbound message reached the given status. */
    public Message awaitLastOutbound(long threadId, DeliveryStatus status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> lastOutbound(threadId).map(m -> m.status() == status).orElse(false));
        return lastOutbound(threadId).orElseThrow();
    }

    public Optional<Message> lastOutbound(long threadId) {
        List<Message> messages = thread(threadId).messages();
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i).direction() == com.ringbook.domain.Direction.OUTBOUND) {
                return Optional.of(messages.get(i));
            }
        }
        return Optional.empty();
    }

    @Override
    public void close() {
        engine.close();
        store.close();
    }
}
