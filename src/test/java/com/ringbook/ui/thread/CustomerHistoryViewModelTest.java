package com.ringbook.ui.thread;

import static com.ringbook.ui.common.FakeConversations.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.Direction;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The customer's history and marking lost / Undo / Reopen, as the thread view's models show them, without a toolkit. */
class CustomerHistoryViewModelTest {
    private static final Instant MARCH = Instant.parse("2026-03-03T17:00:00Z");
    private static final Instant JUNE = Instant.parse("2026-06-10T17:00:00Z");
    private static final Instant NOV = Instant.parse("2026-11-24T17:00:00Z");
    private static final String DANA = "+12065550142";

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final BusinessContext business =
            new BusinessContext(() -> Settings.fromMap(Map.of(Settings.ZONE, "America/Los_Angeles")));
    private final ThreadViewModel thread = new ThreadViewModel(conversations, events, business, ui);
    private final CustomerHistoryViewModel history = thread.history();
    private final LostViewModel lost = thread.lost();

    private static ThreadSummary dana(long id, Stage stage, Instant at) {
        return new ThreadSummary(id, 7, DANA, "Dana Ruiz", stage, at, null, 0, "", null);
    }

    @BeforeEach
    void danaHasBeenInTouchBefore() {
        business.reload();
        conversations.add(dana(1, Stage.BOOKED, MARCH), List.of(),
                List.of(text(11, 1, Direction.INBOUND, MessageKind.CUSTOMER, "Boiler is out", MARCH),
                        text(12, 1, Direction.OUTBOUND, MessageKind.STAFF_REPLY, "We can come Thursday", MARCH)));
        conversations.bookJob(1, MARCH.plus(Duration.ofDays(2)), 35_000);
        conversations.add(dana(2, Stage.QUALIFYING, JUNE));
        conversations.lose(2, LostReason.PRICE, "Too dear");
        conversations.add(dana(3, Stage.QUALIFYING, NOV));
        conversations.add(new ThreadSummary(4, 99, "+12065550100", "Sam", Stage.NEW, NOV, null, 0, "", null));
    }

    @Test
    void theNewThreadShowsTheCustomersOtherConversationsAndWhatIsKnown() {
        thread.open(3);

        assertThat(history.loadedProperty().get()).isTrue();
        assertThat(history.titleProperty().get()).isEqualTo("2 other conversations");
        assertThat(history.phoneProperty().get()).isEqualTo("+1 206-555-0142");
        assertThat(history.addressProperty().get()).isEqualTo("12 Elm St");
        assertThat(history.sinceProperty().get()).isEqualTo("First contact Mar 3, 2026");
        assertThat(history.jobsProperty().get()).isEqualTo("1 job booked · $350");
        assertThat(history.lines()).extracting(HistoryLine::threadId).containsExactly(2L, 1L);
        assertThat(history.lines()).extracting(HistoryLine::outcome)
                .containsExactly("Lost · Price: Too dear", "Booked for Mar 5 · $350 · Repair");
        assertThat(history.lines()).extracting(HistoryLine::kind).containsExactly("lost", "booked");
        assertThat(history.lines()).allMatch(HistoryLine::earlier);
        assertThat(history.currentLostReasonProperty().get()).isEmpty();
    }

    @Test
    void aLineUnfoldsToReadThatConversationAndOpensIt() {
        thread.open(3);

        history.toggle(1);

        assertThat(history.expandedProperty().get()).isEqualTo(1);
        assertThat(history.expandedMessages()).extracting(PastMessage::body)
                .containsExactly("Boiler is out", "We can come Thursday");
        assertThat(history.expandedMessages()).extracting(PastMessage::fromCustomer).containsExactly(true, false);
        assertThat(thread.threadIdProperty().get()).isEqualTo(3);

        history.toggle(1);
        assertThat(history.expandedProperty().get()).isEqualTo(-1);
        assertThat(history.expandedMessages()).isEmpty();

        history.openThread(2);
        assertThat(thread.threadIdProperty().get()).isEqualTo(2);
        assertThat(history.currentLostReasonProperty().get()).isEqualTo("Price");
        assertThat(history.lines()).extracting(HistoryLine::threadId).containsExactly(3L, 1L);
        assertThat(history.lines().get(0).earlier()).isFalse();
    }

    @Test
    void theHistoryFollowsANewConversationOfTheSameCustomer() {
        thread.open(1);
        assertThat(history.lines()).hasSize(2);

        conversations.add(dana(5, Stage.NEW, NOV.plusSeconds(60)));
        feed.threadChanged(5);

        assertThat(history.lines()).extracting(HistoryLine::threadId).containsExactly(5L, 3L, 2L);
        assertThat(history.lines().get(0).earlier()).isFalse();
    }

    @Test
    void markingLostAsksForAReasonThenOffersUndoWhichPutsItBack() {
        thread.open(3);
        lost.confirm();
        assertThat(conversations.summary(3).join().orElseThrow().stage()).isEqualTo(Stage.QUALIFYING);

        lost.ask();
        assertThat(lost.choosingProperty().get()).isTrue();
        lost.confirm();
        assertThat(lost.errorProperty().get()).contains("Pick why");
        assertThat(lost.choosingProperty().get()).isTrue();

        lost.pick(9);
        assertThat(lost.reasonProperty().get()).isNull();
        lost.pick(2);
        lost.noteProperty().set("Went with their cousin");
        lost.confirm();

        assertThat(lost.choosingProperty().get()).isFalse();
        assertThat(thread.summaryProperty().get().stage()).isEqualTo(Stage.LOST);
        assertThat(history.currentLostReasonProperty().get()).isEqualTo("Went elsewhere");
        assertThat(lost.undoShownProperty().get()).isTrue();
        assertThat(lost.canReopenProperty().get()).isTrue();

        lost.undo();

        assertThat(thread.summaryProperty().get().stage()).isEqualTo(Stage.QUALIFYING);
        assertThat(history.currentLostReasonProperty().get()).isEmpty();
        assertThat(lost.undoShownProperty().get()).isFalse();
    }

    @Test
    void undoIsOfferedOnlyForAFewSecondsAndCancelChangesNothing() {
        thread.open(3);
        lost.ask();
        lost.cancel();
        assertThat(lost.choosingProperty().get()).isFalse();
        assertThat(thread.summaryProperty().get().stage()).isEqualTo(Stage.QUALIFYING);

        lost.ask();
        lost.pick(4);
        lost.confirm();
        lost.expireUndo();
        assertThat(lost.undoShownProperty().get()).isFalse();
        lost.undo();
        assertThat(thread.summaryProperty().get().stage()).isEqualTo(Stage.LOST);
        assertThat(history.currentLostReasonProperty().get()).isEqualTo("Spam");
    }

    @Test
    void reopeningABookedThreadOpensTheNewConversationAndARefusalIsShown() {
        thread.open(1);
        assertThat(lost.canReopenProperty().get()).isTrue();
        assertThat(lost.reopenHintProperty().get()).contains("booked job stays booked");

        lost.reopen();

        long fresh = thread.threadIdProperty().get();
        assertThat(fresh).isNotEqualTo(1);
        assertThat(thread.summaryProperty().get().stage()).isEqualTo(Stage.QUALIFYING);
        assertThat(history.lines()).extracting(HistoryLine::threadId).contains(1L);

        thread.open(2);
        conversations.refuseReopen("This customer already has an open conversation (Qualifying); carry on there.");
        lost.reopen();
        assertThat(lost.errorProperty().get()).contains("already has an open conversation");
        assertThat(thread.summaryProperty().get().stage()).isEqualTo(Stage.LOST);
    }
}
