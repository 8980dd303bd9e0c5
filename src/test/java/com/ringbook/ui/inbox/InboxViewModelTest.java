package com.ringbook.ui.inbox;

import static com.ringbook.ui.common.FakeConversations.stage;
import static com.ringbook.ui.common.FakeConversations.summary;
import static com.ringbook.ui.common.FakeConversations.texted;
import static com.ringbook.ui.common.FakeConversations.unread;
import static com.ringbook.ui.common.FakeConversations.waitingSince;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import com.ringbook.ui.thread.ThreadViewModel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The inbox list as the front desk sees it, against an in-memory conversation service: no JavaFX
 * toolkit, UI work on the test's own thread.
 */
class InboxViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-03T17:00:00Z");
    private static final String DANA = "+12065550142";
    private static final String SAM = "+12065550117";
    private static final String PRIYA = "+13035550161";

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(T0);
    private final SimpleObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.of("America/Los_Angeles"));
    private final InboxViewModel inbox = new InboxViewModel(conversations, events, ui, now, zone);

    private List<String> names() {
        return inbox.threads().stream().map(ThreadSummary::displayName).toList();
    }

    private ThreadRow row(long id) {
        return inbox.row(inbox.threads().stream().filter(t -> t.id() == id).findFirst().orElseThrow());
    }

    /** Dana waits for an answer, Sam's thread is open and answered, Priya's was lost. */
    private void threeThreads() {
        conversations.add(waitingSince(summary(1, "Dana Ruiz", DANA, Stage.QUALIFYING, T0.minusSeconds(600)),
                T0.minusSeconds(600)));
        conversations.add(summary(2, "Sam Ortiz", SAM, Stage.QUALIFYING, T0.minusSeconds(300)));
        conversations.add(summary(3, null, PRIYA, Stage.LOST, T0.minusSeconds(3600)));
    }

    @Test
    void aLostRowSaysWhyAndOneLostWithoutAReasonJustLost() {
        conversations.add(new ThreadSummary(4, 4, SAM, "Sam Ortiz", Stage.LOST, T0, null, 0, "", null,
                com.ringbook.domain.LostReason.WENT_ELSEWHERE));
        conversations.add(summary(3, null, PRIYA, Stage.LOST, T0.minusSeconds(3600)));
        conversations.add(summary(1, "Dana Ruiz", DANA, Stage.QUALIFYING, T0.minusSeconds(60)));
        inbox.reload();

        assertThat(row(4).stageText()).isEqualTo("Lost · Went elsewhere");
        assertThat(row(3).stageText()).isEqualTo("Lost");
        assertThat(row(1).stageText()).isEqualTo("Qualifying");
    }

    @Test
    void theListShowsEveryThreadNewestFirstOnceLoaded() {
        threeThreads();
        assertThat(inbox.loadedProperty().get()).isFalse();

        inbox.reload();

        assertThat(names()).containsExactly("Sam Ortiz", "Dana Ruiz", "+1 303-555-0161");
        assertThat(inbox.loadedProperty().get()).isTrue();
        assertThat(inbox.errorProperty().get()).isEmpty();
    }

    @Test
    void choosingAFilterOrTypingASearchReadsTheListAgain() {
        threeThreads();
        inbox.reload();

        inbox.filterProperty().set(InboxQuery.Filter.WAITING);
        assertThat(names()).containsExactly("Dana Ruiz");

        inbox.filterProperty().set(InboxQuery.Filter.ALL);
        inbox.searchProperty().set("0161");
        assertThat(names()).containsExactly("+1 303-555-0161");
        assertThat(conversations.pageQueries()).last().isEqualTo(InboxQuery.page(InboxQuery.Filter.ALL, "0161"));
    }

    @Test
    void aThreadTheEngineChangedMovesToTheTopWithItsNewText() {
        threeThreads();
        inbox.reload();

        conversations.update(1, s -> texted(s, "Kitchen sink is\nleaking", T0));
        feed.threadChanged(1);

        assertThat(names()).containsExactly("Dana Ruiz", "Sam Ortiz", "+1 303-555-0161");
        assertThat(row(1).preview()).isEqualTo("Kitchen sink is leaking");
        assertThat(row(1).unread()).isTrue();
    }

    @Test
    void changesThatMayHaveBeenMissedMakeTheListReadItselfAgain() {
        threeThreads();
        inbox.reload();

        // Another desk texted and added a thread while this desk's link to the shared store was down: no thread events.
        conversations.update(1, s -> texted(s, "Kitchen sink is leaking", T0));
        conversations.add(summary(4, null, "+13125550188", Stage.NEW, T0.plusSeconds(1)));
        assertThat(names()).containsExactly("Sam Ortiz", "Dana Ruiz", "+1 303-555-0161");

        feed.publish(new com.ringbook.engine.api.EngineEvent.EverythingChanged());

        assertThat(names()).containsExactly("+1 312-555-0188", "Dana Ruiz", "Sam Ortiz", "+1 303-555-0161");
        assertThat(row(1).preview()).isEqualTo("Kitchen sink is leaking");
    }

    @Test
    void aNewThreadAppearsAndOneThatLeavesTheFilterGoes() {
        threeThreads();
        inbox.filterProperty().set(InboxQuery.Filter.OPEN);
        assertThat(names()).containsExactly("Sam Ortiz", "Dana Ruiz");

        conversations.add(summary(4, null, "+13125550188", Stage.NEW, T0));
        feed.threadChanged(4);
        conversations.update(2, s -> stage(s, Stage.LOST));
        feed.threadChanged(2);

        assertThat(names()).containsExactly("+1 312-555-0188", "Dana Ruiz");
    }

    @Test
    void pickingAThreadOpensItAndMarksItRead() {
        conversations.add(unread(summary(1, "Dana Ruiz", DANA, Stage.NEW, T0), 2));
        conversations.add(summary(2, "Sam Ortiz", SAM, Stage.NEW, T0.minusSeconds(60)));
        BusinessContext business = new BusinessContext(() -> Settings.fromMap(Map.of()));
        ThreadViewModel thread = new ThreadViewModel(conversations, events, business, ui);
        thread.follow(inbox.selectedIdProperty());
        inbox.reload();
        assertThat(row(1).unread()).isTrue();

        inbox.select(1);

        assertThat(thread.threadIdProperty().get()).isEqualTo(1);
        assertThat(thread.contactNameProperty().get()).isEqualTo("Dana Ruiz");
        assertThat(conversations.markedRead()).containsExactly(1L);
        assertThat(row(1).unread()).isFalse();
    }

    @Test
    void theWaitingBadgeCountsUpAndTurnsLatePastFiveMinutes() {
        conversations.add(waitingSince(summary(1, "Dana Ruiz", DANA, Stage.QUALIFYING, T0), T0));
        conversations.add(waitingSince(summary(2, "Sam Ortiz", SAM, Stage.LOST, T0), T0));
        inbox.reload();

        now.set(T0.plusSeconds(4 * 60 + 59));
        assertThat(row(1).waiting()).isTrue();
        assertThat(row(1).waited()).isEqualTo("4m");
        assertThat(row(1).late()).isFalse();

        now.set(T0.plusSeconds(5 * 60 + 1));
        assertThat(row(1).waited()).isEqualTo("5m");
        assertThat(row(1).late()).isTrue();

        // A closed thread has nobody waiting on it, however long ago they last wrote.
        assertThat(row(2).waiting()).isFalse();
        assertThat(row(2).late()).isFalse();
    }

    @Test
    void theLateTargetIsTheOneSettingsGive() {
        SimpleObjectProperty<Duration> target = new SimpleObjectProperty<>(Duration.ofMinutes(10));
        InboxViewModel inbox = new InboxViewModel(conversations, events, ui, now, zone, target);
        conversations.add(waitingSince(summary(1, "Dana Ruiz", DANA, Stage.BOOKED, T0), T0));
        inbox.reload();
        ThreadSummary dana = inbox.threads().get(0);

        now.set(T0.plusSeconds(9 * 60));
        assertThat(inbox.row(dana).waiting()).isTrue(); // a booked customer's question waits too
        assertThat(inbox.row(dana).late()).isFalse();
        now.set(T0.plusSeconds(10 * 60 + 1));
        assertThat(inbox.row(dana).late()).isTrue();
        target.set(Duration.ofMinutes(15));
        assertThat(inbox.row(dana).late()).isFalse();
    }

    @Test
    void aListThatCannotBeReadSaysWhyUntilItCan() {
        threeThreads();
        conversations.failInbox(new IllegalStateException("database is locked"));

        inbox.reload();
        assertThat(inbox.errorProperty().get()).isEqualTo("Something went wrong: database is locked");
        assertThat(inbox.threads()).isEmpty();

        conversations.failInbox(null);
        inbox.reload();
        assertThat(inbox.errorProperty().get()).isEmpty();
        assertThat(names()).hasSize(3);
    }
}
