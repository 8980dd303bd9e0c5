package com.ringbook.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** On a store one process opens (SQLite) the one desk runs the engine from start to close, and has no feed. */
class SoleEngineLockTest {

    @Test
    void theOneDeskHoldsTheLockFromStartToClose() {
        Instant now = Instant.parse("2026-12-07T05:00:00Z");
        SoleEngineLock lock = new SoleEngineLock("Front desk", Clock.fixed(now, ZoneOffset.UTC));
        List<String> told = new ArrayList<>();
        assertThat(lock.held()).isFalse();
        lock.start(new EngineLock.Listener() {
            @Override
            public void acquired() {
                told.add("acquired");
            }

            @Override
            public void lost(String reason) {
                told.add("lost");
            }
        });
        assertThat(lock.held()).isTrue();
        assertThat(lock.holder()).contains(new EngineLock.Holder("Front desk", now, true));
        assertThatThrownBy(() -> lock.start(null)).isInstanceOf(IllegalStateException.class);
        lock.close();
        lock.close();
        assertThat(lock.held()).isFalse();
        assertThat(lock.holder()).isEmpty();
        assertThat(told).containsExactly("acquired", "lost");
    }

    @Test
    void aSingleProcessStoreHasNoOtherDesksToHearFrom() {
        try (NoStoreChanges feed = new NoStoreChanges()) {
            feed.start();
            assertThat(feed.live()).isTrue();
            feed.subscribe(null).close();
        }
    }
}
