package com.ringbook.app;

import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.engine.api.Simulation;
import com.ringbook.engine.api.Subscription;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Shows the simulated carrier to the console as a customer's phone, without the console knowing carriers.
 * The phone works on one thread of its own, so its calls touch the carrier's ledger in the order they were made.
 */
final class SimulationAdapter implements Simulation, AutoCloseable {
    private final SimulatedCarrier carrier;
    private final Supplier<String> region;
    private final Function<String, Optional<TextBackDecision>> decisions;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService phone = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulated-phone");
        t.setDaemon(true);
        return t;
    });

    /** @param decisions what Ringbook recorded for the call with this carrier id */
    SimulationAdapter(SimulatedCarrier carrier, Supplier<String> region,
                      Function<String, Optional<TextBackDecision>> decisions) {
        this.carrier = carrier;
        this.region = region;
        this.decisions = decisions;
        carrier.onLedgerChange(() -> listeners.forEach(Runnable::run));
    }

    /** A real network hands over caller IDs in E.164; anything it cannot read (a withheld ID) goes as typed. */
    private String asNetworkSees(String callerId) {
        String typed = callerId == null ? "" : callerId.strip();
        return PhoneNumbers.normalize(typed, region.get()).orElse(typed);
    }

    @Override
    public CompletableFuture<String> ringAndMiss(String callerId) {
        return onPhone(() -> {
            String from = asNetworkSees(callerId);
            carrier.ringAndMiss(from);
            return from;
        });
    }

    @Override
    public CompletableFuture<MissedCallOutcome> ringAndMissDecided(String callerId) {
        return onPhone(() -> {
            String from = asNetworkSees(callerId);
            // Read back on the phone's thread: the save completes on the store's writer, which must not wait on a read.
            return carrier.ringAndMissRecorded(from).thenApplyAsync(sid -> new MissedCallOutcome(from,
                    decisions.apply(sid).orElseThrow(() -> new IllegalStateException("The call was not recorded"))), phone);
        }).thenCompose(outcome -> outcome);
    }

    @Override
    public CompletableFuture<Void> customerTexts(String callerId, String body) {
        return onPhone(() -> {
            carrier.customerTexts(asNetworkSees(callerId), body);
            return null;
        });
    }

    @Override
    public CompletableFuture<List<PhoneText>> phoneConversation(String callerId) {
        return onPhone(() -> carrier.conversationWith(asNetworkSees(callerId)).stream()
                .filter(e -> e.body() != null)
                .map(e -> new PhoneText(e.fromBusiness(), e.body(), e.at()))
                .toList());
    }

    @Override
    public Subscription onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private <T> CompletableFuture<T> onPhone(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, phone);
        } catch (RejectedExecutionException closed) {
            return CompletableFuture.failedFuture(new RequestRefused("The simulator has stopped."));
        }
    }

    /** Lets calls already made finish (a ledger write is never cut short), then stops the phone's thread. */
    @Override
    public void close() {
        phone.shutdown();
        try {
            if (!phone.awaitTermination(5, TimeUnit.SECONDS)) {
                phone.shutdownNow();
            }
        } catch (InterruptedException e) {
            phone.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
