package com.ringbook.engine;

import com.ringbook.carrier.CarrierGateway;
import com.ringbook.carrier.OutgoingText;
import com.ringbook.carrier.SendResult;
import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.store.sqlite.SqliteStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run as its own JVM by {@link CrashRecoveryTest}: a burst of missed calls, and the process dies (as
 * with kill -9) the moment the carrier has accepted the Nth text, while the rest are at every stage:
 * not yet saved, saved and waiting, on their way, accepted but not recorded.
 */
public final class CrashDuringBurst {

    public static void main(String[] args) throws InterruptedException {
        Path dataDir = Path.of(args[0]);
        int callers = Integer.parseInt(args[1]);
        int dieAfter = Integer.parseInt(args[2]);
        Clock clock = Clock.systemUTC();
        SimulatedCarrier simulator = new SimulatedCarrier(dataDir, clock);
        CarrierGateway dying = new ForwardingCarrier(simulator) {
            private int accepted;

            @Override
            public synchronized SendResult send(OutgoingText text) {
                // One send at a time, so the halt never cuts another send's ledger line in half.
                SendResult result = simulator.send(text);
                if (++accepted == dieAfter) {
                    Runtime.getRuntime().halt(137);
                }
                return result;
            }
        };
        SqliteStore store = new SqliteStore(dataDir.resolve("ringbook.db"), clock);
        TestEngine.on(store, dying, clock).start();
        for (int i = 0; i < callers; i++) {
            simulator.ringAndMiss(CrashRecoveryTest.burstCaller(i));
        }
        Thread.sleep(30_000);
        System.exit(3);
    }
}
