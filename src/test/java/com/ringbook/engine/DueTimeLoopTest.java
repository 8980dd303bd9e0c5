package com.ringbook.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The loop under the outbox sender (and, later, follow-ups): runs what is due, sleeps until the next due time. */
class DueTimeLoopTest {
    private static final Duration LONG_IDLE = Duration.ofSeconds(30);

    @Test
    void sleepsUntilTheBookedTimeAndRunsThen() {
        Clock clock = Clock.systemUTC();
        List<Instant> runs = new CopyOnWriteArrayList<>();
        AtomicReference<Instant> booked = new AtomicReference<>();
        try (DueTimeLoop loop = new DueTimeLoop("test-loop", clock, LONG_IDLE, now -> {
            runs.add(clock.instant());
            if (runs.size() == 1) {
                booked.set(now.plusMillis(300));
                return Optional.of(booked.get());
            }
            return Optional.empty();
        })) {
            loop.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.size() == 2);
            assertThat(runs.get(1)).isAfterOrEqualTo(booked.get());
        }
    }

    @Test
    void aWakeUpRunsItAtOnceWhenNothingIsBooked() {
        AtomicInteger runs = new AtomicInteger();
        try (DueTimeLoop loop = new DueTimeLoop("test-loop", Clock.systemUTC(), LONG_IDLE, now -> {
            runs.incrementAndGet();
            return Optional.empty();
        })) {
            loop.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 1);
            loop.wake();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        }
    }

    @Test
    void workThatIsDueAgainNowRunsAgainWithoutWaiting() {
        AtomicInteger runs = new AtomicInteger();
        try (DueTimeLoop loop = new DueTimeLoop("test-loop", Clock.systemUTC(), LONG_IDLE,
                now -> runs.incrementAndGet() < 5 ? Optional.of(now) : Optional.empty())) {
            loop.start();
            await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 5);
        }
    }

    @Test
    void anErrorInTheWorkDoesNotEndTheLoopButClosingDoes() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        DueTimeLoop loop = new DueTimeLoop("test-loop", Clock.systemUTC(), LONG_IDLE, now -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("disk hiccup");
            }
            return Optional.empty();
        });
        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> runs.get() == 2);
        loop.close();
        assertThat(loop.running()).isFalse();
        loop.wake();
        Thread.sleep(200);
        assertThat(runs.get()).isEqualTo(2);
    }
}
