package com.ringbook.ui.thread;

import static com.ringbook.ui.common.FakeConversations.summary;
import static com.ringbook.ui.thread.LeadCardViewModel.Field.ADDRESS;
import static com.ringbook.ui.thread.LeadCardViewModel.Field.JOB_TYPE;
import static com.ringbook.ui.thread.LeadCardViewModel.Field.NAME;
import static com.ringbook.ui.thread.LeadCardViewModel.Field.NOTES;
import static com.ringbook.ui.thread.LeadCardViewModel.Field.URGENCY;
import static com.ringbook.ui.thread.LeadCardViewModel.Field.VALUE;
import static org.assertj.core.api.Assertions.assertThat;

import com.ringbook.booking.api.LeadCard;
import com.ringbook.domain.Settings;
import com.ringbook.domain.Stage;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeBooking;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.FakeConversations;
import com.ringbook.ui.common.SameThreadUi;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lead card as the front desk fills it in, against an in-memory booking service: no JavaFX toolkit. */
class LeadCardViewModelTest {
    private static final Instant T0 = Instant.parse("2026-11-23T15:00:00Z");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeConversations conversations = new FakeConversations(feed);
    private final UiExecutor ui = new SameThreadUi();
    private final EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
    private final BusinessContext business =
            new BusinessContext(() -> Settings.fromMap(Map.of(Settings.ZONE, NEW_YORK.getId())));
    private FakeBooking booking;
    private LeadCardViewModel lead;

    @BeforeEach
    void twoThreads() {
        business.reload();
        booking = new FakeBooking(conversations, feed, NEW_YORK, business.jobTypes());
        lead = new LeadCardViewModel(booking, events, business, ui);
        conversations.add(summary(1, "Dana Ruiz", "+12065550142", Stage.QUALIFYING, T0));
        conversations.add(summary(2, null, "+12065550117", Stage.NEW, T0));
        booking.putLead(1, new LeadCard("Dana Ruiz", "12 Harbor St", "Drain cleaning", "This week", "350.00", null));
    }

    private String shown(LeadCardViewModel.Field field) {
        return lead.textProperty(field).get();
    }

    /** Types into a field and leaves it, as staff do. */
    private void type(LeadCardViewModel.Field field, String text) {
        lead.editing(field, true);
        lead.textProperty(field).set(text);
        lead.editing(field, false);
        lead.commit(field);
    }

    @Test
    void openingAThreadShowsItsCardWithMoneyAsPeopleReadIt() {
        lead.open(1);

        assertThat(lead.loadedProperty().get()).isTrue();
        assertThat(shown(NAME)).isEqualTo("Dana Ruiz");
        assertThat(shown(ADDRESS)).isEqualTo("12 Harbor St");
        assertThat(shown(JOB_TYPE)).isEqualTo("Drain cleaning");
        assertThat(shown(URGENCY)).isEqualTo("This week");
        assertThat(shown(VALUE)).isEqualTo("$350");
        assertThat(shown(NOTES)).isEmpty();
        assertThat(lead.jobTypes()).contains("Drain cleaning", "Water heater install");

        lead.open(2);
        assertThat(shown(NAME)).isEmpty();
        assertThat(shown(VALUE)).isEmpty();
    }

    @Test
    void aFieldIsSavedAsTypedWhenStaffLeaveIt() {
        lead.open(1);

        type(NOTES, "Side gate, dog in the yard");
        type(VALUE, "1,250.50");

        assertThat(booking.saved()).extracting(LeadCard::notes).containsExactly("Side gate, dog in the yard",
                "Side gate, dog in the yard");
        assertThat(booking.saved().get(1).value()).isEqualTo("1250.50");
        assertThat(shown(VALUE)).isEqualTo("$1,250.50");
        assertThat(lead.savingProperty().get()).isFalse();
    }

    @Test
    void leavingAFieldUnchangedSavesNothing() {
        lead.open(1);

        type(NAME, "Dana Ruiz");
        lead.commit(ADDRESS);

        assertThat(booking.saved()).isEmpty();
    }

    @Test
    void aRefusedValueStaysAsTypedWithTheReasonAndNothingElseIsLost() {
        lead.open(1);

        type(VALUE, "lots");
        assertThat(lead.problemProperty(VALUE).get()).contains("\"lots\" is not an amount of money");
        assertThat(shown(VALUE)).isEqualTo("lots");

        type(ADDRESS, "40 Pine Rd");
        assertThat(lead.problemProperty(ADDRESS).get()).isEmpty();
        assertThat(booking.lead(1).join().address()).isEqualTo("40 Pine Rd");
        assertThat(booking.lead(1).join().value()).isEqualTo("350.00");
        assertThat(shown(VALUE)).isEqualTo("lots");
        assertThat(lead.problemProperty(VALUE).get()).isNotEmpty();

        type(VALUE, "$400");
        assertThat(lead.problemProperty(VALUE).get()).isEmpty();
        assertThat(shown(VALUE)).isEqualTo("$400");
        assertThat(booking.lead(1).join().address()).isEqualTo("40 Pine Rd");
    }

    @Test
    void aChangeMadeElsewhereShowsExceptInTheFieldBeingEdited() {
        lead.open(1);
        lead.editing(NOTES, true);
        lead.textProperty(NOTES).set("Side ga");

        booking.putLead(1, new LeadCard("Dana R.", "12 Harbor St", "Drain cleaning", "Today", "350.00", "Gate code 1234"));
        feed.threadChanged(1);

        assertThat(shown(NAME)).isEqualTo("Dana R.");
        assertThat(shown(URGENCY)).isEqualTo("Today");
        assertThat(shown(NOTES)).isEqualTo("Side ga");

        lead.textProperty(NOTES).set("Side gate");
        lead.editing(NOTES, false);
        lead.commit(NOTES);
        assertThat(booking.lead(1).join()).isEqualTo(
                new LeadCard("Dana R.", "12 Harbor St", "Drain cleaning", "Today", "350.00", "Side gate"));
    }

    @Test
    void whatWasTypedGoesToItsOwnThreadWhenAnotherIsOpened() {
        lead.open(1);
        lead.editing(URGENCY, true);
        lead.textProperty(URGENCY).set("Emergency");

        lead.editing(URGENCY, false);
        lead.open(2);

        assertThat(booking.lead(1).join().urgency()).isEqualTo("Emergency");
        assertThat(booking.lead(2).join().urgency()).isNull();
        assertThat(shown(URGENCY)).isEmpty();
    }
}
