package com.ringbook.carrier.twilio;

import com.ringbook.carrier.CarrierEvent;
import com.ringbook.carrier.CarrierHealth;
import com.ringbook.carrier.CarrierListener;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps everything a carrier reports, in order, for assertions from the test thread. */
final class RecordingListener implements CarrierListener {
    final List<CarrierEvent> events = new CopyOnWriteArrayList<>();
    final List<CarrierHealth> health = new CopyOnWriteArrayList<>();

    @Override
    public CompletableFuture<Void> onEvent(CarrierEvent event) {
        events.add(event);
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
