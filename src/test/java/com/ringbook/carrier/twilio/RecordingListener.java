package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.CarrierListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Keeps everything a carrier reports, in order, for assertions from the test thread. */
final class RecordingListener implements CarrierListener {
    final List<CarrierEvent> events = new CopyOnWriteArrayList<>();
    final List<CarrierHealth> health = new CopyOnWriteArrayList<>();
    /** How many of the next calls and texts are never saved, as with a stuck disk: their futures never complete. */
    final AtomicInteger unsaved = new AtomicInteger();
    /** Events the engine gives up on (a bug, say): their futures fail. */
    final java.util.Set<String> refused = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** When above zero, calls and texts are saved only together, once this many wait: one shared commit. */
    volatile int savedTogether;
    private final List<CompletableFuture<Void>> waiting = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> onEvent(CarrierEvent event) {
        events.add(event);
        if (refused.contains(event.carrierSid())) {
            return CompletableFuture.failedFuture(new IllegalStateException("the engine gave up on it"));
        }
        if (!(event instanceof CarrierEvent.DeliveryUpdate) && unsaved.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return new CompletableFuture<>();
        }
        if (!(event instanceof CarrierEvent.DeliveryUpdate) && savedTogether > 0) {
            CompletableFuture<Void> saved = new CompletableFuture<>();
            waiting.add(saved);
            if (waiting.size() >= savedTogether) {
                waiting.forEach(f -> f.complete(null));
                waiting.clear();
            }
            return saved;
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void onHealth(CarrierHealth h) {
        health.add(h);
    }

    <T extends CarrierEvent> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }

    List<String> missedSids() {
        return events(CarrierEvent.MissedCall.class).stream().map(CarrierEvent::carrierSid).toList();
    }

    CarrierHealth lastHealth() {
        return health.isEmpty() ? null : health.get(health.size() - 1);
    }
}
