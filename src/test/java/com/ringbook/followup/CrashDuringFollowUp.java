package com.ringbook.followup;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.engine.Engine;
import com.ringbook.engine.ForwardingCarrier;
import com.ringbook.engine.TestEngine;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Run as its own JVM by {@link FollowUpRestartTest}: an engine whose process dies while a follow-up is on
 * its way: just before the carrier gets it ("before") or the instant the carrier has accepted it, before
 * Ringbook can store that ("after"). {@code halt} skips shutdown hooks and finally blocks, like kill -9.
 */
public final class CrashDuringFollowUp {

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        Clock clock = Clock.fixed(Instant.parse(args[1]), ZoneOffset.UTC);
        boolean afterAccepted = args[2].equals("after");
        SimulatedCarrier simulator = new SimulatedCarrier(dataDir, clock);
        CarrierGateway dying = new ForwardingCarrier(simulator) {
            @Override
            public SendResult send(OutgoingText text) {
                if (!text.body().contains("Still need a hand?")) {
                    return simulator.send(text);
                }
                if (afterAccepted) {
                    simulator.send(text);
                }
                Runtime.getRuntime().halt(137);
                throw new AssertionError("unreachable");
            }
        };
        SqliteStore store = new SqliteStore(dataDir.resolve("ringbook.db"), clock);
        Engine engine = TestEngine.on(store, dying, clock).start();
        new FollowUpScheduler(engine.kit(), engine.events()).start();
        Thread.sleep(30_000);
        System.exit(3);
    }
}
