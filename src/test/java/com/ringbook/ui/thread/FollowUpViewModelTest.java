package com.ringbook.ui.thread;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.FollowUp;
import com.ringbook.domain.Settings;
import com.ringbook.engine.api.RequestRefused;
import com.ringbook.followup.api.FollowUpService;
import com.ringbook.followup.api.ScheduledFollowUp;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.beans.property.SimpleLongProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The thread's follow-up strip against an in-memory follow-up service: no JavaFX toolkit. */
class FollowUpViewModelTest {
    /** Monday 2026-11-23, 10:00 in New York. */
    private static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final BusinessContext business =
            new BusinessContext(() -> Settings.fromMap(Map.of(Settings.ZONE, "America/New_York")));
    private final Fake service = new Fake();
    private final SimpleLongProperty selected = new SimpleLongProperty(-1);
    private FollowUpViewModel model;

    @BeforeEach
    void open() {
        business.reload();
        model = new FollowUpViewModel(service, events, business, ui, Clock.fixed(NOW, ZoneOffset.UTC));
        model.follow(selected);
    }

    private static ScheduledFollowUp nudge(long thread, String due, int number) {
        return new ScheduledFollowUp(10 + thread, thread, Instant.parse(due), number, FollowUp.Situation.AFTER_TEXT_BACK,
                "Hi there, Harbor Plumbing again. Still need a hand?");
    }

    @Test
    void showsWhenTheNudgeGoesInTheBusinessZoneAndWhatItSays() {
        service.scheduled.put(1L, nudge(1, "2026-11-23T19:40:00Z", 1));
        service.scheduled.put(2L, nudge(2, "2026-11-24T13:00:00Z", 1));
        service.scheduled.put(3L, nudge(3, "2026-11-26T13:00:00Z", 2));

        selected.set(1);
        assertThat(model.labelProperty().get()).isEqualTo("Follow-up at 2:40 PM");
        assertThat(model.previewProperty().get()).isEqualTo("Hi there, Harbor Plumbing again. Still need a hand?");
        selected.set(2);
        assertThat(model.labelProperty().get()).isEqualTo("Follow-up tomorrow at 8:00 AM");
        selected.set(3);
        assertThat(model.labelProperty().get()).isEqualTo("Follow-up Thu Nov 26 at 8:00 AM (nudge 2)");
        selected.set(4);
        assertThat(model.scheduledProperty().get()).isNull();
        assertThat(model.labelProperty().get()).isEmpty();
    }

    @Test
    void aReplyThatCancelsTheNudgeHidesItOnTheNextChange() {
        service.scheduled.put(1L, nudge(1, "2026-11-23T19:40:00Z", 1));
        selected.set(1);
        assertThat(model.scheduledProperty().get()).isNotNull();

        service.scheduled.remove(1L);
        feed.threadChanged(2);
        assertThat(model.scheduledProperty().get()).as("another thread's change is not re-read").isNotNull();
        feed.threadChanged(1);
        assertThat(model.scheduledProperty().get()).isNull();
    }

    @Test
    void cancelAndSendNowAskTheServiceForTheOpenThreadAndARefusalIsShown() {
        service.scheduled.put(1L, nudge(1, "2026-11-23T19:40:00Z", 1));
        service.scheduled.put(2L, nudge(2, "2026-11-23T19:40:00Z", 1));
        selected.set(1);
        model.cancel();
        assertThat(service.calls).containsExactly("cancel 1");
        assertThat(model.scheduledProperty().get()).isNull();

        selected.set(2);
        service.refuse = "This follow-up no longer applies: The customer replied.";
        model.sendNow();
        assertThat(model.errorProperty().get()).isEqualTo("This follow-up no longer applies: The customer replied.");
        service.refuse = null;
        model.sendNow();
        assertThat(service.calls).containsExactly("cancel 1", "send 2", "send 2");
        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(model.scheduledProperty().get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
    }

    /** Follow-ups in memory: what is scheduled per thread, and what staff asked for. */
    private static final class Fake implements FollowUpService {
        final Map<Long, ScheduledFollowUp> scheduled = new HashMap<>();
        final List<String> calls = new CopyOnWriteArrayList<>();
        String refuse;

        @Override
        public CompletableFuture<Optional<ScheduledFollowUp>> scheduled(long threadId) {
            return CompletableFuture.completedFuture(Optional.ofNullable(scheduled.get(threadId)));
        }

        @Override
        public CompletableFuture<Void> cancel(long threadId) {
            calls.add("cancel " + threadId);
            scheduled.remove(threadId);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> sendNow(long threadId) {
            calls.add("send " + threadId);
            if (refuse != null) {
                return CompletableFuture.failedFuture(new RequestRefused(refuse));
            }
            scheduled.remove(threadId);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Set<Long>> dueToday() {
            return CompletableFuture.completedFuture(scheduled.keySet());
        }
    }
}
