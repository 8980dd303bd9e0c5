package com.ringbook.ui.thread;

import static com.ringbook.ui.common.FakeConversations.stage;
import static com.ringbook.ui.common.FakeConversations.summary;
import static com.ringbook.ui.common.FakeConversations.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.CallRecord;
import com.ringbook.domain.Direction;
import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The open conversation as the front desk works it, against an in-memory conversation service: no
 * JavaFX toolkit, UI work on the test's own thread.
 */
class ThreadViewModelTest {
    private static final Instant T0 = Instant.parse("2026-03-03T17:00:00Z");
    private static final String TOO_LONG = "That message is too long (700 characters; keep it under 640).";

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final BusinessContext business =
            new BusinessContext(() -> Settings.fromMap(Map.of(Settings.ZONE, "America/Los_Angeles")));
    private final ThreadViewModel thread = new ThreadViewModel(conversations, events, business, ui);

    @BeforeEach
    void danaCalledAndTextedBack() {
        business.reload();
        conversations.add(summary(1, "Dana Ruiz", "+12065550142", Stage.NEW, T0.plusSeconds(120)),
                List.of(new CallRecord(11, 1, "+12065550142", T0, TextBackDecision.SEND_BUSINESS_HOURS)),
                List.of(text(21, 1, Direction.OUTBOUND, MessageKind.TEXT_BACK, "Hi, this is Harbor Plumbing",
                                T0.plusSeconds(1)),
                        text(22, 1, Direction.INBOUND, MessageKind.CUSTOMER, "Kitchen sink is leaking",
                                T0.plusSeconds(120))));
        conversations.add(summary(2, null, "+12065550117", Stage.NEW, T0));
    }

    private List<String> texts() {
        return thread.timeline().stream()
                .filter(TimelineItem.Text.class::isInstance)
                .map(item -> ((TimelineItem.Text) item).message().body())
                .toList();
    }

    @Test
    void openingAThreadShowsWhoItIsWhatHappenedAndWhereItCanGo() {
        thread.open(1);

        assertThat(thread.contactNameProperty().get()).isEqualTo("Dana Ruiz");
        assertThat(thread.phoneProperty().get()).isEqualTo("+1 206-555-0142");
        assertThat(thread.initialsProperty().get()).isEqualTo("DR");
        assertThat(thread.timeline()).hasSize(4);
        assertThat(thread.timeline().get(0)).isEqualTo(new TimelineItem.Day(LocalDate.of(2026, 3, 3)));
        assertThat(thread.timeline().get(1)).isInstanceOf(TimelineItem.Call.class);
        assertThat(texts()).containsExactly("Hi, this is Harbor Plumbing", "Kitchen sink is leaking");
        assertThat(thread.actions()).containsExactly(Stage.QUALIFYING, Stage.LOST);
        assertThat(thread.actionLabel(Stage.QUALIFYING)).isEqualTo("Start qualifying");
        assertThat(thread.canComposeProperty().get()).isTrue();

        thread.open(2);
        assertThat(thread.contactNameProperty().get()).isEqualTo("+1 206-555-0117");
        assertThat(thread.initialsProperty().get()).isEqualTo("#");
    }

    @Test
    void changesThatMayHaveBeenMissedMakeTheOpenThreadReadItselfAgain() {
        thread.open(1);
        assertThat(thread.actions()).containsExactly(Stage.QUALIFYING, Stage.LOST);

        // Another desk moved it on while this desk's link to the shared store was down: no thread event came.
        conversations.update(1, s -> summary(1, "Dana Ruiz", "+12065550142", Stage.QUALIFYING, T0.plusSeconds(180)));
        assertThat(thread.actions()).containsExactly(Stage.QUALIFYING, Stage.LOST);

        feed.publish(new com.ringbook.engine.api.EngineEvent.EverythingChanged());

        assertThat(thread.actions()).doesNotContain(Stage.QUALIFYING).contains(Stage.LOST);
    }

    @Test
    void aSentReplyLeavesTheComposerEmptyAndShowsInTheThread() {
        thread.open(1);
        thread.draftProperty().set("We can be there at 3pm.");
        assertThat(thread.canSendProperty().get()).isTrue();

        thread.send();

        assertThat(conversations.replies()).containsExactly("1: We can be there at 3pm.");
        assertThat(thread.draftProperty().get()).isEmpty();
        assertThat(thread.canSendProperty().get()).isFalse();
        assertThat(thread.composerErrorProperty().get()).isEmpty();
        assertThat(texts()).last().isEqualTo("We can be there at 3pm.");
    }

    @Test
    void aRefusedReplyKeepsTheTextAndSaysWhyUntilTheUserTypesAgain() {
        thread.open(1);
        conversations.refuseReplies("This customer texted STOP. Nothing can be sent until they text START.");
        thread.draftProperty().set("Are you still there?");

        thread.send();

        assertThat(thread.composerErrorProperty().get()).contains("STOP");
        assertThat(thread.draftProperty().get()).isEqualTo("Are you still there?");
        assertThat(thread.canSendProperty().get()).isTrue();

        thread.draftProperty().set("Are you still there, Dana?");
        assertThat(thread.composerErrorProperty().get()).isEmpty();
    }

    @Test
    void aRefusalGoesWhenTheTextIsCleared() {
        thread.open(1);
        conversations.refuseReplies(TOO_LONG);
        thread.draftProperty().set("Thanks!");
        thread.send();
        assertThat(thread.composerErrorProperty().get()).isEqualTo(TOO_LONG);

        thread.draftProperty().set("");

        assertThat(thread.composerErrorProperty().get()).isEmpty();
    }

    @Test
    void overTheLimitSendIsOffWithTheReasonAndTheCounterSaysSo() {
        thread.open(1);
        thread.draftProperty().set("x".repeat(640));
        assertThat(thread.tooLongProperty().get()).isFalse();
        assertThat(thread.canSendProperty().get()).isTrue();
        assertThat(thread.sendTipProperty().get()).isEqualTo("Send (Enter)");

        thread.draftProperty().set("x".repeat(713));

        assertThat(thread.counterProperty().get()).isEqualTo("713 / 640");
        assertThat(thread.tooLongProperty().get()).isTrue();
        assertThat(thread.canSendProperty().get()).isFalse();
        assertThat(thread.sendTipProperty().get())
                .isEqualTo("This reply is too long to send: 713 characters, and a text holds at most 640. Shorten it by 73.");
    }

    @Test
    void enterOverTheLimitSendsNothingAndTheMessageGoesOnceTheTextFits() {
        thread.open(1);
        thread.draftProperty().set("Thanks for calling! ".repeat(35));

        thread.send();

        assertThat(conversations.replies()).isEmpty();
        assertThat(thread.composerErrorProperty().get()).startsWith("This reply is too long to send: 699 characters");
        thread.draftProperty().set("Thanks for calling! ".repeat(34));
        assertThat(thread.composerErrorProperty().get()).as("still too long, with the new count")
                .startsWith("This reply is too long to send: 679 characters");

        thread.draftProperty().set("Thanks for calling! ".repeat(30));

        assertThat(thread.composerErrorProperty().get()).isEmpty();
        assertThat(thread.canSendProperty().get()).isTrue();
    }

    @Test
    void theTooLongMessageGoesWhenTheTextIsCleared() {
        thread.open(1);
        thread.draftProperty().set("x".repeat(700));
        thread.send();
        assertThat(thread.composerErrorProperty().get()).isNotEmpty();

        thread.draftProperty().set("");

        assertThat(thread.composerErrorProperty().get()).isEmpty();
    }

    @Test
    void theCounterCountsWhatWillBeSentAgainstTheLongestText() {
        thread.open(1);
        assertThat(thread.counterProperty().get()).isEqualTo("0 / 640");

        thread.draftProperty().set("  On our way  \n");
        assertThat(thread.counterProperty().get()).isEqualTo("10 / 640");

        thread.draftProperty().set("x".repeat(700));
        assertThat(thread.counterProperty().get()).isEqualTo("700 / 640");
    }

    @Test
    void whatTheCustomerTextsShowsInTheOpenThread() {
        thread.open(1);

        conversations.addMessage(1, text(23, 1, Direction.INBOUND, MessageKind.CUSTOMER, "Are you coming?",
                T0.plusSeconds(600)));
        feed.threadChanged(1);

        assertThat(texts()).last().isEqualTo("Are you coming?");
    }

    @Test
    void afterStopTheComposerClosesAndSaysWhyButKeepsTheDraft() {
        thread.open(1);
        thread.draftProperty().set("Are you still there?");

        conversations.update(1, s -> stage(s, Stage.OPTED_OUT));
        feed.threadChanged(1);

        assertThat(thread.canComposeProperty().get()).isFalse();
        assertThat(thread.canSendProperty().get()).isFalse();
        assertThat(thread.composerNoteProperty().get()).contains("STOP");
        assertThat(thread.draftProperty().get()).isEqualTo("Are you still there?");
        assertThat(thread.actions()).isEmpty();
    }

    @Test
    void eachThreadKeepsItsOwnUnsentDraft() {
        thread.open(1);
        thread.draftProperty().set("Half a thought");

        thread.open(2);
        assertThat(thread.draftProperty().get()).isEmpty();

        thread.open(1);
        assertThat(thread.draftProperty().get()).isEqualTo("Half a thought");
    }

    @Test
    void aQualifyingQuestionGoesOutAsAReplyAndTheComposerKeepsItsDraft() {
        thread.open(1);
        thread.draftProperty().set("Half a thought");
        assertThat(thread.questions()).hasSize(3);
        assertThat(thread.canAskProperty().get()).isTrue();

        thread.ask(2);

        assertThat(conversations.replies()).containsExactly("1: " + thread.questions().get(1));
        assertThat(texts()).last().isEqualTo(thread.questions().get(1));
        assertThat(thread.draftProperty().get()).isEqualTo("Half a thought");

        thread.ask(4);
        assertThat(conversations.replies()).hasSize(1);
    }

    @Test
    void noQuestionsOnceBookedAndNoWayBackFromTheHeader() {
        conversations.update(1, s -> stage(s, Stage.BOOKED));
        thread.open(1);

        assertThat(thread.canAskProperty().get()).isFalse();
        assertThat(thread.actions()).isEmpty();
        thread.ask(1);
        assertThat(conversations.replies()).isEmpty();
    }
}
