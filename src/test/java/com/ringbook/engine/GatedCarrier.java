package com.ringbook.engine;

import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulator behind a slow network: every send waits at the gate until the test opens it. */
final class GatedCarrier extends ForwardingCarrier {
    private final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger waiting = new AtomicInteger();

    GatedCarrier(SimulatedCarrier simulator) {
        super(simulator);
    }

    void open() {
        gate.countDown();
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
    public void close() {
        open();
        super.close();
    }
}
