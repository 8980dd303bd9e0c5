package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.CarrierListener;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulator behind a slow network: every send waits at the gate until the test opens it. */
final class GatedCarrier implements CarrierGateway {
    private final SimulatedCarrier simulator;
    private final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger waiting = new AtomicInteger();

    GatedCarrier(SimulatedCarrier simulator) {
        this.simulator = simulator;
    }

    void open() {
        gate.countDown();
    }

    @Override
    public String displayName() {
        return "gated simulator";
    }

    @Override
    public void start(CarrierListener listener) {
        simulator.start(listener);
    }

    @Override
    public SendResult send(OutgoingText text) {
        waiting.incrementAndGet();
        try {
            gate.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendResult.Transient("interrupted", null);
        }
        return simulator.send(text);
    }

    @Override
    public Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
        return simulator.findAccepted(text, notBefore, claimed);
    }

    @Override
    public void close() {
        open();
        simulator.close();
    }
}
