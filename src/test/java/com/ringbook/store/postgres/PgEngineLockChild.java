package com.ringbook.store.postgres;

import com.ringbook.store.EngineLock;
import java.time.Clock;

/**
 * A desk in a JVM of its own, for the test that kills one outright: takes part in the engine lock and prints
 * {@code ACQUIRED} once it runs the engine, then waits to be killed.
 */
public final class PgEngineLockChild {
    private PgEngineLockChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        PgEngineLock lock = new PgEngineLock(new PgDedicatedConnection(args[0], args[1], null), args[2], Clock.systemUTC());
        lock.start(new EngineLock.Listener() {
            @Override
            public void acquired() {
                System.out.println("ACQUIRED");
                System.out.flush();
            }

            @Override
            public void lost(String reason) {
                System.out.println("LOST " + reason);
                System.out.flush();
            }
        });
        Thread.currentThread().join();
    }
}
