package com.ringbook.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.ringbook.carrier.simulator.SimulatedCarrier;
import com.ringbook.domain.FollowUp;
import com.ringbook.domain.SendingHours;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.MutableClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Nudges keep to the sending hours on the business's wall clock, across daylight-saving days, and a backlog is paced. */
class FollowUpTimingTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    @TempDir
    Path dir;
    private FollowUpHarness f;
    private MutableClock clock;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private void startAt(String instant) {
        clock = new MutableClock(Instant.parse(instant));
        f = new FollowUpHarness(dir, clock, Map.of());
    }

    private void advanceTo(Instant at) {
        clock.advance(Duration.between(clock.instant(), at));
        f.scheduler.wake();
    }

    private void settle() {
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
    }

    @Test
    void aNudgeFallingDueAt23IsSentWhenTheWindowOpensAt08() {
        // Monday 2026-11-23, 20:00 in New York: three hours' silence ends at 23:00, outside 08:00-21:00.
        startAt("2026-11-24T01:00:00Z");
        ThreadSummary thread = f.missedCallFrom("+12065550142");
        Instant eightTuesday = Instant.parse("2026-11-24T13:00:00Z");
        assertThat(f.awaitScheduled(thread.id()).dueAt()).isEqualTo(eightTuesday);

        advanceTo(Instant.parse("2026-11-24T04:00:00Z"));
        settle();
        advanceTo(eightTuesday.minusSeconds(60));
        settle();
        assertThat(f.textsTo("+12065550142")).as("nothing at 23:00 or overnight").hasSize(1);

        advanceTo(eightTuesday);
        await().until(() -> f.textsTo("+12065550142").size() == 2);
        assertThat(f.textsTo("+12065550142").get(1).at().atZone(NEW_YORK).toLocalTime()).hasToString("08:00");
    }

    @Test
    void onTheDayTheClocksSpringForwardTheWindowOpensAt08LocalNotAnHourLate() {
        // Saturday 2026-03-07, 20:30 EST; the clocks go forward at 02:00 on Sunday the 8th.
        startAt("2026-03-08T01:30:00Z");
        ThreadSummary thread = f.missedCallFrom("+12065550142");
        Instant eightSundayEdt = Instant.parse("2026-03-08T12:00:00Z");
        assertThat(f.awaitScheduled(thread.id()).dueAt()).isEqualTo(eightSundayEdt);

        advanceTo(eightSundayEdt);
        await().until(() -> f.textsTo("+12065550142").size() == 2);
        assertThat(f.textsTo("+12065550142").get(1).at()).isEqualTo(eightSundayEdt);
    }

    @Test
    void theSendingWindowFollowsTheWallClockOnBothDaylightSavingDays() {
        SendingWindow window = new SendingWindow(SendingHours.parse("08:00-21:00"), NEW_YORK);
        // Fall back on Sunday 2026-11-01: 08:00 EST is 13:00 UTC (it was 12:00 UTC the day before).
        assertThat(window.nextOpen(Instant.parse("2026-11-01T03:00:00Z"))).isEqualTo(Instant.parse("2026-11-01T13:00:00Z"));
        assertThat(window.allows(Instant.parse("2026-11-01T12:30:00Z"))).as("07:30 EST").isFalse();
        assertThat(window.allows(Instant.parse("2026-11-02T01:59:00Z"))).as("20:59 EST").isTrue();
        assertThat(window.allows(Instant.parse("2026-11-02T02:00:00Z"))).as("21:00 EST").isFalse();
        // A window opening inside the spring-forward gap opens at the first moment after it.
        SendingWindow early = new SendingWindow(SendingHours.parse("02:30-21:00"), NEW_YORK);
        assertThat(early.nextOpen(Instant.parse("2026-03-08T05:00:00Z"))).isEqualTo(Instant.parse("2026-03-08T07:30:00Z"));
    }

    @Test
    void fiftyNudgesDueOvernightAreSpreadOverTheFirstMinutesNotSentAsABurst() {
        startAt("2026-11-24T01:00:00Z");
        List<String> callers = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String phone = String.format("+120655%05d", 10_000 + i);
            callers.add(phone);
            f.h.simulator.ringAndMiss(phone);
        }
        await().until(() -> f.h.simulator.ledger().stream().filter(SimulatedCarrier.Entry::fromBusiness).count() == 50);
        await().until(() -> f.h.store.read(s -> s.followUps().threadsDueBetween(Instant.EPOCH,
                Instant.parse("3000-01-01T00:00:00Z"))).size() == 50);

        Instant opens = Instant.parse("2026-11-24T13:00:00Z");
        advanceTo(opens);
        // One goes at once; the rest are each given their own moment, six seconds apart.
        for (int sent = 1; sent <= 50; sent++) {
            int expected = sent;
            await().until(() -> nudges().size() == expected);
            advanceTo(clock.instant().plus(Pacing.PACE));
        }
        List<Instant> times = nudges().stream().map(SimulatedCarrier.Entry::at).sorted().toList();
        assertThat(times.get(0)).isEqualTo(opens);
        for (int i = 1; i < times.size(); i++) {
            assertThat(Duration.between(times.get(i - 1), times.get(i))).isGreaterThanOrEqualTo(Pacing.PACE);
        }
        assertThat(times.get(49)).isBefore(opens.plus(Duration.ofMinutes(5)));
        assertThat(nudges().stream().map(SimulatedCarrier.Entry::phone).distinct()).containsExactlyInAnyOrderElementsOf(callers);
        settle();
        assertThat(nudges()).hasSize(50);
    }

    private List<SimulatedCarrier.Entry> nudges() {
        return f.h.simulator.ledger().stream().filter(e -> e.fromBusiness() && e.body().contains("Still need a hand?")).toList();
    }

    @Test
    void aNudgeIsNeverSentOutsideTheWindowEvenWhenItWasPlannedInside() {
        // Planned at 10:00 for 13:00; the window is then narrowed to end at noon by this run's settings.
        startAt("2026-11-23T15:00:00Z");
        ThreadSummary thread = f.missedCallFrom("+12065550142");
        f.awaitScheduled(thread.id());
        f.close();
        f = new FollowUpHarness(dir, clock, Map.of("followup.sending_hours", "08:00-12:00"));
        assertThat(f.awaitScheduled(thread.id()).dueAt()).as("as planned").isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        advanceTo(Instant.parse("2026-11-23T18:00:00Z"));
        settle();
        assertThat(f.textsTo("+12065550142")).hasSize(1);
        assertThat(f.scheduled(thread.id()).orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-24T13:00:00Z"));
    }
}
