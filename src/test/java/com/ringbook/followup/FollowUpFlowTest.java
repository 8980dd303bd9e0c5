package com.ringbook.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.ringbook.booking.api.SlotOffer;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.FollowUp;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.MutableClock;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.followup.api.ScheduledFollowUp;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quiet customer gets one nudge, worded for where the thread stands; anything that ends the wait stops it. */
class FollowUpFlowTest {
    private static final String DANA = "+12065550142";
    private static final String SAM = "+12065550177";
    private static final String LEE = "+12065550188";
    /** Monday 2026-11-23, 10:00 in New York. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));

    @TempDir
    Path dir;
    private FollowUpHarness f;

    @AfterEach
    void stop() {
        if (f != null) {
            f.close();
        }
    }

    private void advance(Duration by) {
        clock.advance(by);
        f.scheduler.wake();
    }

    /** Long enough for anything due to go: the loop wakes every few milliseconds. */
    private void settle() {
        await().pollDelay(Duration.ofMillis(300)).until(() -> true);
    }

    @Test
    void aSilentCustomerGetsOneNudgeThreeHoursAfterTheTextBackAndNoMore() {
        f = new FollowUpHarness(dir, clock, Map.of());
        ThreadSummary thread = f.missedCallFrom(DANA);

        ScheduledFollowUp planned = f.awaitScheduled(thread.id());
        assertThat(planned.dueAt()).isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        assertThat(planned.situation()).isEqualTo(FollowUp.Situation.AFTER_TEXT_BACK);
        assertThat(planned.text()).isEqualTo("Hi there, Harbor Plumbing again. Still need a hand? "
                + "Reply here whenever suits and we'll get you sorted.");

        assertThat(f.followUps.dueToday().join()).as("the inbox's \"follow-up due today\"").containsExactly(thread.id());
        assertThat(inboxFollowUpsDue()).as("the inbox's filter lists it").containsExactly(thread.id());
        assertThat(f.h.engine.conversations().inboxCounts().join().of(InboxQuery.Filter.FOLLOW_UP_DUE)).isEqualTo(1);

        advance(Duration.ofHours(2).plusMinutes(59));
        settle();
        assertThat(f.textsTo(DANA)).hasSize(1);

        advance(Duration.ofMinutes(1));
        await().until(() -> f.textsTo(DANA).size() == 2);
        assertThat(f.textsTo(DANA).get(1).body()).isEqualTo(planned.text());
        assertThat(f.textsTo(DANA).get(1).at()).isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));
        assertThat(f.h.thread(thread.id()).messages()).extracting(m -> m.kind().name()).containsExactly("TEXT_BACK", "FOLLOW_UP");

        advance(Duration.ofDays(2));
        settle();
        assertThat(f.textsTo(DANA)).as("one nudge per silence by default").hasSize(2);
        assertThat(f.scheduled(thread.id())).isEmpty();
        assertThat(f.followUps.dueToday().join()).isEmpty();
        assertThat(inboxFollowUpsDue()).as("sent: off the inbox's filter").isEmpty();
        assertThat(f.h.engine.conversations().inboxCounts().join().of(InboxQuery.Filter.FOLLOW_UP_DUE)).isZero();
        assertThat(f.rows(thread.id())).extracting(FollowUp::state).containsExactly(FollowUp.State.SENT);
    }

    /** The inbox's "Follow-up today" filter, as the console asks for it. */
    private List<Long> inboxFollowUpsDue() {
        return f.h.engine.conversations().inboxPage(InboxQuery.page(InboxQuery.Filter.FOLLOW_UP_DUE, "")).join()
                .threads().stream().map(ThreadSummary::id).toList();
    }

    @Test
    void aReplyBeforeTheNudgeCancelsIt() {
        f = new FollowUpHarness(dir, clock, Map.of());
        ThreadSummary thread = f.missedCallFrom(DANA);
        f.awaitScheduled(thread.id());

        advance(Duration.ofHours(1));
        f.h.simulator.customerTexts(DANA, "Kitchen sink is leaking");
        await().until(() -> f.scheduled(thread.id()).isEmpty());
        assertThat(f.rows(thread.id())).singleElement().satisfies(row -> {
            assertThat(row.state()).isEqualTo(FollowUp.State.CANCELLED);
            assertThat(row.reason()).isEqualTo("The customer replied.");
        });

        advance(Duration.ofHours(5));
        settle();
        assertThat(f.textsTo(DANA)).hasSize(1);
    }

    @Test
    void staffWritingAgainStartsTheWaitOverAndASlotOfferIsFollowedUpWithABetterTime() {
        f = new FollowUpHarness(dir, clock, Map.of());
        ThreadSummary thread = f.missedCallFrom(DANA);
        f.awaitScheduled(thread.id());
        f.h.simulator.customerTexts(DANA, "Water heater is out");
        await().until(() -> f.scheduled(thread.id()).isEmpty());

        advance(Duration.ofHours(1));
        f.h.engine.conversations().reply(thread.id(), "What's the address?").join();
        ScheduledFollowUp afterQuestion = f.awaitScheduled(thread.id());
        assertThat(afterQuestion.situation()).isEqualTo(FollowUp.Situation.AFTER_QUESTION);
        assertThat(afterQuestion.dueAt()).isEqualTo(Instant.parse("2026-11-23T19:00:00Z"));

        advance(Duration.ofHours(1));
        SlotOffer draft = f.booking.draftOffer(thread.id(), "").join();
        f.booking.sendOffer(thread.id(), draft.jobType(), draft.slots(), draft.text()).join();
        await().until(() -> f.scheduled(thread.id()).map(s -> s.situation() == FollowUp.Situation.AFTER_OFFER).orElse(false));
        assertThat(f.scheduled(thread.id()).orElseThrow().dueAt()).isEqualTo(Instant.parse("2026-11-23T20:00:00Z"));

        advance(Duration.ofHours(3));
        await().until(() -> f.textsTo(DANA).size() == 4);
        assertThat(f.textsTo(DANA).get(3).body()).contains("want me to find a better time?");
        assertThat(f.rows(thread.id())).extracting(FollowUp::state)
                .containsExactly(FollowUp.State.CANCELLED, FollowUp.State.CANCELLED, FollowUp.State.SENT);
    }

    @Test
    void bookedLostAndOptedOutThreadsGetNoNudge() {
        f = new FollowUpHarness(dir, clock, Map.of());
        ThreadSummary booked = f.missedCallFrom(DANA);
        ThreadSummary lost = f.missedCallFrom(SAM);
        ThreadSummary stopped = f.missedCallFrom(LEE);
        f.awaitScheduled(booked.id());
        f.awaitScheduled(lost.id());
        f.awaitScheduled(stopped.id());

        SlotOffer draft = f.booking.draftOffer(booked.id(), "").join();
        Appointment job = f.booking.book(booked.id(), draft.slots().get(0), "12 Harbor St").join();
        f.h.engine.conversations().moveStage(lost.id(), Stage.LOST).join();
        f.h.simulator.customerTexts(LEE, "STOP");
        await().until(() -> f.scheduled(booked.id()).isEmpty() && f.scheduled(lost.id()).isEmpty()
                && f.scheduled(stopped.id()).isEmpty());

        advance(Duration.ofDays(1));
        settle();
        assertThat(f.textsTo(DANA)).as("text-back and the booking confirmation").hasSize(2);
        assertThat(f.textsTo(SAM)).hasSize(1);
        assertThat(f.textsTo(LEE)).hasSize(1);
        assertThat(f.rows(booked.id()).get(0).reason()).isEqualTo("The job is booked.");
        assertThat(f.rows(lost.id()).get(0).reason()).isEqualTo("The conversation was marked lost.");
        assertThat(f.rows(stopped.id()).get(0).reason()).isEqualTo("The customer texted STOP.");
        assertThat(f.h.store.<Boolean>read(s -> s.followUps().bookedAfterFollowUp(job.id()))).isFalse();
    }

    @Test
    void aBookingAfterANudgeIsRecordedAsRecoveredByTheFollowUp() {
        f = new FollowUpHarness(dir, clock, Map.of());
        ThreadSummary thread = f.missedCallFrom(DANA);
        f.awaitScheduled(thread.id());
        advance(Duration.ofHours(3));
        await().until(() -> f.textsTo(DANA).size() == 2);

        f.h.simulator.customerTexts(DANA, "Sorry, busy day. Still need someone for the drain");
        SlotOffer draft = f.booking.draftOffer(thread.id(), "").join();
        Appointment job = f.booking.book(thread.id(), draft.slots().get(0), "12 Harbor St").join();

        assertThat(f.h.store.<Boolean>read(s -> s.followUps().bookedAfterFollowUp(job.id()))).isTrue();
    }

    @Test
    void staffCanCancelTheNudgeOrSendItNow() {
        f = new FollowUpHarness(dir, clock, Map.of());
        ThreadSummary cancelled = f.missedCallFrom(DANA);
        ThreadSummary sentNow = f.missedCallFrom(SAM);
        f.awaitScheduled(cancelled.id());
        f.awaitScheduled(sentNow.id());

        f.followUps.cancel(cancelled.id()).join();
        f.followUps.sendNow(sentNow.id()).join();

        await().until(() -> f.textsTo(SAM).size() == 2);
        assertThat(f.scheduled(cancelled.id())).isEmpty();
        assertThat(f.scheduled(sentNow.id())).isEmpty();
        assertThatThrownBy(() -> f.followUps.sendNow(cancelled.id()).join()).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(RequestRefused.class).hasMessageContaining("No follow-up is scheduled");

        advance(Duration.ofDays(1));
        settle();
        assertThat(f.textsTo(DANA)).as("a nudge staff cancelled is not planned again").hasSize(1);
        assertThat(f.textsTo(SAM)).hasSize(2);
    }

    @Test
    void settingsAllowAFewNudgesSpacedAFullWaitApart() {
        f = new FollowUpHarness(dir, clock, Map.of("followup.max_nudges", "2", "followup.after_minutes", "60"));
        ThreadSummary thread = f.missedCallFrom(DANA);
        assertThat(f.awaitScheduled(thread.id()).dueAt()).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
        advance(Duration.ofHours(1));
        await().until(() -> f.textsTo(DANA).size() == 2);
        ScheduledFollowUp second = f.awaitScheduled(thread.id());
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.dueAt()).isEqualTo(Instant.parse("2026-11-23T17:00:00Z"));
        advance(Duration.ofHours(1));
        await().until(() -> f.textsTo(DANA).size() == 3);
        advance(Duration.ofDays(1));
        settle();
        assertThat(f.textsTo(DANA)).hasSize(3);
    }

    @Test
    void savingANewWaitInSettingsMovesTheScheduledNudge() {
        f = new FollowUpHarness(dir, clock, Map.of());
        ThreadSummary thread = f.missedCallFrom(DANA);
        assertThat(f.awaitScheduled(thread.id()).dueAt()).isEqualTo(Instant.parse("2026-11-23T18:00:00Z"));

        Map<String, String> draft = new java.util.HashMap<>(f.h.engine.settings().stored().join());
        draft.put("followup.after_minutes", "45");
        assertThat(f.h.engine.settings().save(draft).join()).isEmpty();
        await().until(() -> f.scheduled(thread.id()).map(s -> s.dueAt().equals(Instant.parse("2026-11-23T15:45:00Z")))
                .orElse(false));

        draft.put("followup.after_minutes", "4");
        assertThat(f.h.engine.settings().save(draft).join()).containsEntry("followup.after_minutes",
                "Use a number of minutes from 5 to 10080 (a week); 180 is three hours.");
    }
}
