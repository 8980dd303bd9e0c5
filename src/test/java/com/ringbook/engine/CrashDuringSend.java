package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run as its own JVM by {@link CrashRecoveryTest}: an engine whose process dies the instant the
 * carrier has accepted a text, before Ringbook can store that it did. {@code halt} skips shutdown
 * hooks and finally blocks, like kill -9.
 */
public final class CrashDuringSend {

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        String caller = args[1];
        Clock clock = Clock.systemUTC();
        SimulatedCarrier simulator = new SimulatedCarrier(dataDir, clock);
        CarrierGateway dying = new ForwardingCarrier(simulator) {
            @Override
            public SendResult send(OutgoingText text) {
                simulator.send(text);
                Runtime.getRuntime().halt(137);
                throw new AssertionError("unreachable");
            }
        };
        SqliteStore store = new SqliteStore(dataDir.resolve("ringbook.db"), clock);
        TestEngine.on(store, dying, clock).start();
        simulator.ringAndMiss(caller);
        Thread.sleep(30_000);
        System.exit(3);
    }
}
