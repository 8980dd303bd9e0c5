package com.ringbook.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A desk that holds the engine lock but cannot start its engine (the database refused a write for a moment) keeps
 * trying while it holds the lock, and stops trying once it has lost it: the other desks wait behind that lock, so
 * a desk that gave up would leave the office with no engine.
 */
class EngineRoleTest {
    private static final Duration RETRY = Duration.ofMillis(50);

    /** An engine whose first {@code failures} starts throw, as a store refusing a write would. */
    private static final class FlakyEngine implements EngineRole.Runs {
        final AtomicInteger starts = new AtomicInteger();
        final AtomicInteger standDowns = new AtomicInteger();
        final AtomicBoolean running = new AtomicBoolean();
        final int failures;

        FlakyEngine(int failures) {
            this.failures = failures;
        }

        @Override
        public void start() {
            if (starts.incrementAndGet() <= failures) {
                throw new IllegalStateException("the database refused the write");
            }
            running.set(true);
        }

        @Override
        public void standDown() {
            standDowns.incrementAndGet();
            running.set(false);
        }

        @Override
        public void engineDeskChanged() {
        }
    }

    private static final class Loops {
        final AtomicInteger started = new AtomicInteger();
        final AtomicInteger closed = new AtomicInteger();

        EngineRole.Loop next() {
            return new EngineRole.Loop() {
                @Override
                public void start() {
                    started.incrementAndGet();
                }

                @Override
                public void close() {
                    closed.incrementAndGet();
                }
            };
        }
    }

    @Test
    void anEngineThatFailsToStartIsTriedAgainWhileTheDeskHoldsTheLock() {
        FlakyEngine engine = new FlakyEngine(2);
        Loops loops = new Loops();
        try (EngineRole role = new EngineRole(engine, loops::next, RETRY)) {
            role.acquired();

            await().atMost(Duration.ofSeconds(5)).until(engine.running::get);
            assertThat(engine.starts).hasValue(3);
            assertThat(loops.started).as("one follow-up loop, for the run that started").hasValue(1);
        }
    }

    @Test
    void noFurtherTryOnceTheLockIsLost() {
        FlakyEngine engine = new FlakyEngine(Integer.MAX_VALUE);
        Loops loops = new Loops();
        try (EngineRole role = new EngineRole(engine, loops::next, RETRY)) {
            role.acquired();
            await().atMost(Duration.ofSeconds(5)).until(() -> engine.starts.get() >= 2);
            role.lost("another desk took it");
            await().atMost(Duration.ofSeconds(5)).until(() -> engine.standDowns.get() >= engine.starts.get());
            int tried = engine.starts.get();

            await().during(RETRY.multipliedBy(6)).atMost(Duration.ofSeconds(5))
                    .untilAsserted(() -> assertThat(engine.starts).hasValue(tried));
            assertThat(engine.running).isFalse();
            assertThat(loops.started).hasValue(0);
        }
    }

    @Test
    void aLostAndRegainedLockStartsOneFreshRun() {
        FlakyEngine engine = new FlakyEngine(0);
        Loops loops = new Loops();
        try (EngineRole role = new EngineRole(engine, loops::next, RETRY)) {
            role.acquired();
            await().atMost(Duration.ofSeconds(5)).until(engine.running::get);
            role.lost("a network blip");
            role.acquired();

            await().atMost(Duration.ofSeconds(5)).until(() -> engine.starts.get() == 2 && engine.running.get());
            assertThat(loops.started).hasValue(2);
            assertThat(loops.closed).as("the first run's loop").hasValue(1);
        }
    }
}
