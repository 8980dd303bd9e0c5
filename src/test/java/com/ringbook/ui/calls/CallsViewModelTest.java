package com.ringbook.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.domain.CallLogEntry;
import com.ringbook.domain.DeliveryStatus;
import com.ringbook.domain.TextBackDecision;
import com.ringbook.engine.api.CallLogService;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/** The Calls screen's list as the front desk reads it, against an in-memory call log; no JavaFX toolkit. */
class CallsViewModelTest {
    /** 15:04 UTC is 7:04 AM in Los Angeles, 10:04 AM in New York. */
    private static final Instant T0 = Instant.parse("2026-12-07T15:04:00Z");

    /** Newest first, like the store. */
    private final List<CallLogEntry> log = new ArrayList<>();
    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final SimpleObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(ZoneId.of("America/Los_Angeles"));
    private final List<Long> opened = new ArrayList<>();
    private final List<String> copied = new ArrayList<>();
    private final List<String> textedAgain = new ArrayList<>();
    private final CallLogService service = new CallLogService() {
        @Override
        public CompletableFuture<Page> calls(int limit, int offset) {
            return CompletableFuture.completedFuture(new CallLogService.Page(
                    List.copyOf(log.subList(Math.min(offset, log.size()), Math.min(offset + limit, log.size()))), log.size()));
        }

        @Override
        public CompletableFuture<Void> textAgain(String phone) {
            textedAgain.add(phone);
            return CompletableFuture.completedFuture(null);
        }
    };
    private final CallsViewModel calls = new CallsViewModel(service, events, ui, zone, opened::add, copied::add);

    private static CallLogEntry call(long id, String caller, String name, int minutesAgo, TextBackDecision decision, Long thread) {
        return new CallLogEntry(id, caller, name, T0.minusSeconds(60L * minutesAgo), decision, thread,
                decision.sends() ? DeliveryStatus.DELIVERED : null, null);
    }

    private List<String> outcomes() {
        return calls.rows().stream().map(CallRow::outcome).toList();
    }

    @Test
    void everyMissedCallShowsWithWhatRingbookDidInPlainWords() {
        log.add(call(5, "+12065550110", null, 1, TextBackDecision.SKIP_STAFF, null));
        log.add(call(4, "anonymous", null, 2, TextBackDecision.SKIP_WITHHELD, null));
        log.add(call(3, "12", null, 3, TextBackDecision.SKIP_INVALID, null));
        log.add(new CallLogEntry(2, "+12061550142", null, T0.minusSeconds(240), TextBackDecision.SEND_BUSINESS_HOURS, 8L,
                DeliveryStatus.FAILED, "This is not a valid phone number, so the text could not be sent."));
        log.add(call(1, "+12065550142", "Dana Ruiz", 5, TextBackDecision.SEND_BUSINESS_HOURS, 7L));

        calls.setShowing(true);

        assertThat(outcomes()).containsExactly("Not texted: staff phone", "Not texted: number withheld",
                "Not texted: not a phone number",
                "Text-back failed: This is not a valid phone number, so the text could not be sent.", "Texted back");
        assertThat(calls.rows()).extracting(CallRow::caller).containsExactly("+1 206-555-0110", "Withheld number",
                "Unreadable number (12)", "+1 206-155-0142", "Dana Ruiz");
        assertThat(calls.rows().get(4).number()).isEqualTo("+1 206-555-0142");
        assertThat(calls.rows()).extracting(CallRow::needsCallBack).containsExactly(true, true, true, true, false);
        assertThat(calls.rows().get(0).when()).isEqualTo("Mon Dec 7, 7:03 AM");
        assertThat(calls.summaryProperty().get()).isEqualTo("5 missed calls");
    }

    @Test
    void timesFollowTheBusinessZoneWhenItChanges() {
        log.add(call(1, "+12065550142", null, 0, TextBackDecision.SKIP_STAFF, null));
        calls.setShowing(true);
        zone.set(ZoneId.of("America/New_York"));
        assertThat(calls.rows().get(0).when()).isEqualTo("Mon Dec 7, 10:04 AM");
    }

    @Test
    void aNumberCanBeCopiedToCallBackAndAThreadOpened() {
        log.add(call(2, "anonymous", null, 1, TextBackDecision.SKIP_WITHHELD, null));
        log.add(call(1, "+12065550142", "Dana Ruiz", 2, TextBackDecision.SKIP_WINDOW, 7L));
        calls.setShowing(true);

        calls.copyNumber(calls.rows().get(1));
        calls.openConversation(calls.rows().get(1));
        calls.copyNumber(calls.rows().get(0));
        calls.openConversation(calls.rows().get(0));

        assertThat(copied).containsExactly("+12065550142");
        assertThat(calls.noticeProperty().get()).contains("+1 206-555-0142").contains("call back");
        assertThat(opened).containsExactly(7L);
        assertThat(calls.rows().get(0).callBack()).as("nothing to call back").isNull();
    }

    @Test
    void aLongLogComesAPageAtATimeAndNothingIsListedTwice() {
        for (int i = 120; i >= 1; i--) {
            log.add(call(i, "+12065550142", null, 200 - i, TextBackDecision.SKIP_WINDOW, 7L));
        }
        calls.setShowing(true);
        assertThat(calls.rows()).hasSize(CallsViewModel.PAGE);
        assertThat(calls.hasMoreProperty().get()).isTrue();
        assertThat(calls.summaryProperty().get()).isEqualTo("Newest 50 of 120 missed calls");

        // Two calls come in before the next page is asked for: they push older ones down.
        log.add(0, call(121, "+12065550110", null, 0, TextBackDecision.SKIP_STAFF, null));
        log.add(0, call(122, "+12065550110", null, 0, TextBackDecision.SKIP_STAFF, null));
        calls.loadMore();

        assertThat(calls.rows()).extracting(CallRow::id).doesNotHaveDuplicates();
        assertThat(calls.rows()).hasSize(98);
        calls.loadMore();
        calls.loadMore();
        assertThat(calls.rows()).hasSize(122);
        assertThat(calls.hasMoreProperty().get()).isFalse();
    }

    @Test
    void newCallsAppearLiveWhileShownAndWhenShownAgain() {
        calls.setShowing(true);
        assertThat(calls.rows()).isEmpty();
        assertThat(calls.loadedProperty().get()).isTrue();

        log.add(0, call(1, "+12065550110", null, 0, TextBackDecision.SKIP_STAFF, null));
        feed.publish(new EngineEvent.CallsChanged());
        assertThat(calls.rows()).hasSize(1);

        calls.setShowing(false);
        log.add(0, call(2, "+12065550111", null, 0, TextBackDecision.SKIP_STAFF, null));
        feed.publish(new EngineEvent.CallsChanged());
        assertThat(calls.rows()).as("not read while out of view").hasSize(1);
        calls.setShowing(true);
        assertThat(calls.rows()).extracting(CallRow::id).containsExactly(2L, 1L);
    }

    @Test
    void statusTicksAndOtherConversationsDoNotReadTheListAgainAndABurstOfCallsIsReadOnceMore() {
        List<CompletableFuture<CallLogService.Page>> reads = new ArrayList<>();
        CallLogService held = new CallLogService() {
            @Override
            public CompletableFuture<Page> calls(int limit, int offset) {
                CompletableFuture<Page> read = new CompletableFuture<>();
                reads.add(read);
                return read;
            }

            @Override
            public CompletableFuture<Void> textAgain(String phone) {
                throw new UnsupportedOperationException();
            }
        };
        CallsViewModel screen = new CallsViewModel(held, events, ui, zone, opened::add, copied::add);
        log.add(call(2, "+12065550142", "Dana Ruiz", 1, TextBackDecision.SEND_BUSINESS_HOURS, 7L));
        log.add(call(1, "+12065550110", null, 2, TextBackDecision.SKIP_STAFF, null));
        screen.setShowing(true);
        reads.get(0).complete(new CallLogService.Page(List.copyOf(log), log.size()));
        assertThat(screen.rows()).hasSize(2);

        for (int i = 0; i < 200; i++) {
            feed.publish(new EngineEvent.StatusChanged());
            feed.publish(new EngineEvent.ThreadChanged(99));
        }
        assertThat(reads).as("status ticks and a conversation no call belongs to").hasSize(1);

        feed.publish(new EngineEvent.ThreadChanged(7));
        assertThat(reads).as("Dana's text-back may have moved").hasSize(2);
        for (int i = 0; i < 50; i++) {
            feed.publish(new EngineEvent.CallsChanged());
        }
        assertThat(reads).as("a burst while a read is out waits for it").hasSize(2);
        log.add(0, call(3, "+12065550111", null, 0, TextBackDecision.SKIP_STAFF, null));
        reads.get(1).complete(new CallLogService.Page(List.copyOf(log), log.size()));
        assertThat(reads).as("then read once for the whole burst").hasSize(3);
        reads.get(2).complete(new CallLogService.Page(List.copyOf(log), log.size()));
        assertThat(reads).hasSize(3);
        assertThat(screen.rows()).extracting(CallRow::id).containsExactly(3L, 2L, 1L);
    }

    @Test
    void aNumberTheCarrierRefusedCanBeTextedAgainOnceStaffConfirmWhatThatDoes() {
        log.add(new CallLogEntry(2, "+12065550142", "Dana Ruiz", T0, TextBackDecision.SKIP_UNREACHABLE, 7L, null, null,
                "This number can't receive texts (landline)."));
        log.add(call(1, "+12065550110", null, 2, TextBackDecision.SEND_BUSINESS_HOURS, 6L));
        calls.setShowing(true);
        assertThat(calls.rows()).extracting(CallRow::canTextAgain).containsExactly(true, false);

        calls.askTextAgain(calls.rows().get(1));
        assertThat(calls.textAgainQuestionProperty().get()).as("a number Ringbook texts has nothing to ask").isEmpty();
        calls.askTextAgain(calls.rows().get(0));
        assertThat(calls.textAgainQuestionProperty().get()).contains("+1 206-555-0142")
                .contains("This number can't receive texts (landline).").contains("next missed call from it");
        calls.cancelTextAgain();
        assertThat(textedAgain).isEmpty();
        assertThat(calls.textAgainQuestionProperty().get()).isEmpty();

        calls.askTextAgain(calls.rows().get(0));
        calls.confirmTextAgain();

        assertThat(textedAgain).containsExactly("+12065550142");
        assertThat(calls.textAgainQuestionProperty().get()).isEmpty();
        assertThat(calls.noticeProperty().get()).isEqualTo("Ringbook will text +1 206-555-0142 again the next time it calls.");
    }
}
