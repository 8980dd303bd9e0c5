package com.ringbook.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.FollowUp;
import com.ringbook.domain.Message;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Follow-ups are rows in the store: they outlive a restart or a kill -9, go out late rather than never, and never twice. */
class FollowUpRestartTest {
    private static final String DANA = "+12065550142";
    /** Monday 2026-11-23, 10:00 in New York; the nudge falls due at 13:00. */
    private static final Instant TEN = Instant.parse("2026-11-23T15:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-23T18:00:00Z");

    @TempDir
    Path dir;

    /** A missed call answered by a text-back, its nudge planned; then Ringbook closes. */
    private long quietCustomer(MutableClock clock) {
        try (FollowUpHarness f = new FollowUpHarness(dir, clock, Map.of())) {
            ThreadSummary thread = f.missedCallFrom(DANA);
            assertThat(f.awaitScheduled(thread.id()).dueAt()).isEqualTo(DUE);
            return thread.id();
        }
    }

    private static void settle() {
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
    }

    @Test
    void aNudgeDueWhileRingbookWasClosedGoesOutLateOnceAndNotAgainAfterTheNextRestart() {
        MutableClock clock = new MutableClock(TEN);
        long thread = quietCustomer(clock);
        clock.advance(Duration.ofHours(5));

        try (FollowUpHarness f = new FollowUpHarness(dir, clock, Map.of())) {
            await().until(() -> f.textsTo(DANA).size() == 2);
            assertThat(f.textsTo(DANA).get(1).at()).as("late, at 15:00").isEqualTo(DUE.plus(Duration.ofHours(2)));
        }
        clock.advance(Duration.ofHours(1));
        try (FollowUpHarness f = new FollowUpHarness(dir, clock, Map.of())) {
            settle();
            assertThat(f.textsTo(DANA)).hasSize(2);
            assertThat(f.rows(thread)).extracting(FollowUp::state).containsExactly(FollowUp.State.SENT);
        }
    }

    @Test
    void aNudgeDueWhileRingbookWasClosedWaitsForTheWindowIfItReopensAtNight() {
        MutableClock clock = new MutableClock(TEN);
        long thread = quietCustomer(clock);
        clock.advance(Duration.ofHours(12)); // 22:00

        try (FollowUpHarness f = new FollowUpHarness(dir, clock, Map.of())) {
            await().until(() -> f.scheduled(thread).map(s -> s.dueAt().equals(Instant.parse("2026-11-24T13:00:00Z"))).orElse(false));
            assertThat(f.textsTo(DANA)).hasSize(1);
            clock.advance(Duration.ofHours(10));
            f.scheduler.wake();
            await().until(() -> f.textsTo(DANA).size() == 2);
        }
    }

    @ParameterizedTest(name = "killed {0} the carrier took the nudge")
    @ValueSource(strings = {"before", "after"})
    void aKillWhileTheNudgeIsOnItsWayLeavesExactlyOneNudge(String when) throws Exception {
        MutableClock clock = new MutableClock(TEN);
        long thread = quietCustomer(clock);
        Instant later = DUE.plus(Duration.ofMinutes(30));
        Process crashing = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashDuringFollowUp.class.getName(), dir.toString(), later.toString(), when)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.out").toFile())
                .start();
        assertThat(crashing.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(crashing.exitValue()).as("the child died mid-send").isEqualTo(137);

        clock.advance(Duration.between(clock.instant(), later.plusSeconds(60)));
        try (FollowUpHarness f = new FollowUpHarness(dir, clock, Map.of())) {
            assertThat(f.textsTo(DANA)).hasSize(when.equals("after") ? 2 : 1);
            await().atMost(Duration.ofSeconds(20)).until(() -> f.h.lastOutbound(thread)
                    .map(m -> m.kind() == MessageKind.FOLLOW_UP && m.carrierSid() != null
                            && (m.status() == DeliveryStatus.SENT || m.status() == DeliveryStatus.DELIVERED)).orElse(false));
            settle();
            assertThat(f.textsTo(DANA)).as("the text-back and exactly one nudge").hasSize(2);
            Message nudge = f.h.lastOutbound(thread).orElseThrow();
            assertThat(nudge.carrierSid()).isEqualTo(f.textsTo(DANA).get(1).sid());
            assertThat(f.rows(thread)).singleElement().satisfies(row -> {
                assertThat(row.state()).isEqualTo(FollowUp.State.SENT);
                assertThat(row.messageId()).isEqualTo(nudge.id());
            });
        }
    }
}
