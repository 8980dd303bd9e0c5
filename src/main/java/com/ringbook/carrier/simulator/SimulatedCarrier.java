package com.ringbook.carrier.simulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.CarrierListener;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.domain.DeliveryStatus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A carrier that lives inside Ringbook, so the whole loop works with no account: staff can ring the
 * business as a customer, let it go unanswered, and text back as that customer.
 *
 * <p>Like a real carrier it keeps its own ledger of what it accepted, in a file of its own in the
 * data dir. That ledger, not Ringbook's database, is what proves "exactly one text" after a crash.
 */
public final class SimulatedCarrier implements CarrierGateway {
    private static final Logger log = LoggerFactory.getLogger(SimulatedCarrier.class);
    public static final String BUSINESS_NUMBER = "+15005550006";
    private static final long DELIVERY_DELAY_MS = 300;
    private static final HexFormat HEX = HexFormat.of();

    /** One line of the ledger: a call, a text the customer sent, or a text the business sent. */
    public record Entry(String type, String sid, String key, String phone, String body, Instant at) {
        public boolean fromBusiness() {
            return "sent".equals(type);
        }
    }

    private final Path ledgerFile;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private final Map<String, Entry> sentByKey = new HashMap<>();
    private final List<Entry> entries = new ArrayList<>();
    private final Deque<SendResult> injectedFaults = new ArrayDeque<>();
    private final ScheduledExecutorService deliveries = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "simulator-delivery");
        t.setDaemon(true);
        return t;
    });
    private final List<Runnable> ledgerListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private BufferedWriter ledger;
    private volatile CarrierListener listener;

    public SimulatedCarrier(Path dataDir, Clock clock) {
        this.ledgerFile = dataDir.resolve("simulator-ledger.jsonl");
        this.clock = clock;
        load();
    }

    private synchronized void load() {
        try {
            if (Files.exists(ledgerFile)) {
                for (String line : Files.readAllLines(ledgerFile, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        remember(json.readValue(line, Entry.class));
                    } catch (IOException torn) {
                        // A line cut short by a kill while writing was never acknowledged to anyone.
                        log.warn("Skipping an incomplete simulator ledger line");
                    }
                }
            }
            ledger = Files.newBufferedWriter(ledgerFile, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the simulator ledger " + ledgerFile, e);
        }
    }

    private void remember(Entry entry) {
        entries.add(entry);
        if (entry.fromBusiness() && entry.key() != null) {
            sentByKey.put(entry.key(), entry);
        }
    }

    private synchronized void append(Entry entry) {
        try {
            ledger.write(json.writeValueAsString(entry));
            ledger.newLine();
            // Flushed to the OS on every entry: a killed process loses nothing the carrier acknowledged.
            ledger.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        remember(entry);
        ledgerListeners.forEach(Runnable::run);
    }

    @Override
    public String displayName() {
        return "simulator";
    }

    @Override
    public void start(CarrierListener listener) {
        this.listener = listener;
        listener.onHealth(CarrierHealth.ok("simulated carrier ready"));
    }

    /** Another desk runs the engine: a call rung here now is refused, as before {@link #start}. */
    @Override
    public void stopListening() {
        this.listener = null;
    }

    @Override
    public SendResult send(OutgoingText text) {
        synchronized (this) {
            SendResult fault = injectedFaults.poll();
            if (fault != null) {
                if (fault instanceof SendResult.Unknown) {
                    // The carrier took it but the answer was lost on the way back.
                    append(new Entry("sent", newSid("SM"), text.idempotencyKey(), text.to(), text.body(), clock.instant()));
                }
                return fault;
            }
        }
        Entry entry = new Entry("sent", newSid("SM"), text.idempotencyKey(), text.to(), text.body(), clock.instant());
        append(entry);
        deliveries.schedule(() -> emit(new CarrierEvent.DeliveryUpdate(entry.sid(), DeliveryStatus.DELIVERED, null, null)),
                DELIVERY_DELAY_MS, TimeUnit.MILLISECONDS);
        return new SendResult.Accepted(entry.sid(), DeliveryStatus.SENT);
    }

    @Override
    public synchronized Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
        Entry entry = sentByKey.get(text.idempotencyKey());
        return Optional.ofNullable(entry).map(e -> new SendResult.Accepted(e.sid(), DeliveryStatus.SENT));
    }

    /** A customer rings the business and hangs up unanswered. */
    public String ringAndMiss(String from) {
        return ringAndMiss(from, clock.instant());
    }

    /**
     * A customer's unanswered call that ended at {@code endedAt} and is reported now, as a real network
     * reports a call a moment after the caller gives up.
     */
    public String ringAndMiss(String from, Instant endedAt) {
        Entry entry = new Entry("call", newSid("CA"), null, from, null, endedAt);
        append(entry);
        emit(new CarrierEvent.MissedCall(entry.sid(), from, BUSINESS_NUMBER, entry.at()));
        return entry.sid();
    }

    /**
     * A customer rings the business and hangs up unanswered; completes with the call's id once Ringbook
     * has recorded it (and so decided whether to text back), or exceptionally if it could not.
     */
    public CompletableFuture<String> ringAndMissRecorded(String from) {
        Entry entry = new Entry("call", newSid("CA"), null, from, null, clock.instant());
        append(entry);
        return emit(new CarrierEvent.MissedCall(entry.sid(), from, BUSINESS_NUMBER, entry.at()))
                .thenApply(saved -> entry.sid());
    }

    /** A customer texts the business. */
    public String customerTexts(String from, String body) {
        Entry entry = new Entry("inbound", newSid("SM"), null, from, body, clock.instant());
        append(entry);
        emit(new CarrierEvent.InboundText(entry.sid(), from, BUSINESS_NUMBER, body, entry.at()));
        return entry.sid();
    }

    /** The next sends fail with these results, in order: for demos of a flaky network and for tests. */
    public synchronized void injectFaults(SendResult... results) {
        injectedFaults.addAll(List.of(results));
    }

    public synchronized List<Entry> ledger() {
        return List.copyOf(entries);
    }

    public synchronized List<Entry> conversationWith(String phone) {
        return entries.stream().filter(e -> phone.equals(e.phone())).toList();
    }

    public void onLedgerChange(Runnable listener) {
        ledgerListeners.add(listener);
    }

    private CompletableFuture<Void> emit(CarrierEvent event) {
        CarrierListener l = listener;
        if (l == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("Ringbook is not listening to the simulator yet"));
        }
        return l.onEvent(event);
    }

    /** Unique like a carrier's (two random 64-bit numbers); not secret, so no secure random's cost per send. */
    private static String newSid(String prefix) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return prefix + HEX.toHexDigits(random.nextLong()) + HEX.toHexDigits(random.nextLong());
    }

    @Override
    public synchronized void close() {
        deliveries.shutdownNow();
        try {
            ledger.close();
        } catch (IOException e) {
            log.warn("Closing the simulator ledger failed", e);
        }
    }
}
