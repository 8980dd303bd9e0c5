package com.ringbook.app;

import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.engine.api.Simulation;
import com.ringbook.engine.api.Subscription;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/** Shows the simulated carrier to the console as a customer's phone, without the console knowing carriers. */
final class SimulationAdapter implements Simulation {
    private final SimulatedCarrier carrier;
    private final Supplier<String> region;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    SimulationAdapter(SimulatedCarrier carrier, Supplier<String> region) {
        this.carrier = carrier;
        this.region = region;
        carrier.onLedgerChange(() -> listeners.forEach(Runnable::run));
    }

    /** A real network hands over caller IDs in E.164; anything it cannot read (a withheld ID) goes as typed. */
    private String asNetworkSees(String callerId) {
        String typed = callerId == null ? "" : callerId.strip();
        return PhoneNumbers.normalize(typed, region.get()).orElse(typed);
    }

    @Override
    public String ringAndMiss(String callerId) {
        String from = asNetworkSees(callerId);
        carrier.ringAndMiss(from);
        return from;
    }

    @Override
    public void customerTexts(String callerId, String body) {
        carrier.customerTexts(asNetworkSees(callerId), body);
    }

    @Override
    public List<PhoneText> phoneConversation(String callerId) {
        return carrier.conversationWith(asNetworkSees(callerId)).stream()
                .filter(e -> e.body() != null)
                .map(e -> new PhoneText(e.fromBusiness(), e.body(), e.at()))
                .toList();
    }

    @Override
    public Subscription onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
