package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.CarrierListener;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** The simulator behind something a test puts in the way of sends: a crash, a slow network, a stopwatch. */
public class ForwardingCarrier implements CarrierGateway {
    protected final SimulatedCarrier simulator;

    public ForwardingCarrier(SimulatedCarrier simulator) {
        this.simulator = simulator;
    }

    @Override
    public String displayName() {
        return simulator.displayName();
    }

    @Override
    public void start(CarrierListener listener) {
        simulator.start(listener);
    }

    @Override
    public void stopListening() {
        simulator.stopListening();
    }

    @Override
    public SendResult send(OutgoingText text) {
        return simulator.send(text);
    }

    @Override
    public Optional<SendResult.Accepted> findAccepted(OutgoingText text, Instant notBefore, Set<String> claimed) {
        return simulator.findAccepted(text, notBefore, claimed);
    }

    @Override
    public void close() {
        simulator.close();
    }
}
