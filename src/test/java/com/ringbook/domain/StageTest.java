package com.ringbook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class StageTest {

    @Test
    void theHappyPathRunsFromNewToBooked() {
        Stage stage = Stage.NEW.moveTo(Stage.QUALIFYING).moveTo(Stage.SLOTS_OFFERED).moveTo(Stage.BOOKED);
        assertThat(stage).isEqualTo(Stage.BOOKED);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"NEW", "QUALIFYING", "SLOTS_OFFERED"})
    void anOpenThreadCanBeLostOrOptedOut(Stage open) {
        assertThat(open.isOpen()).isTrue();
        assertThat(open.canMoveTo(Stage.LOST)).isTrue();
        assertThat(open.canMoveTo(Stage.OPTED_OUT)).isTrue();
    }

    @Test
    void aBookedCustomerCanStillOptOutButNotBeLost() {
        assertThat(Stage.BOOKED.next()).containsExactly(Stage.QUALIFYING, Stage.OPTED_OUT);
        assertThatThrownBy(() -> Stage.BOOKED.moveTo(Stage.LOST))
                .isInstanceOf(IllegalStageChangeException.class)
                .hasMessageContaining("booked").hasMessageContaining("lost");
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"LOST", "OPTED_OUT"})
    void lostAndOptedOutAreFinal(Stage closed) {
        assertThat(closed.isOpen()).isFalse();
        assertThat(closed.next()).isEmpty();
        for (Stage target : Stage.values()) {
            assertThat(closed.canMoveTo(target)).isFalse();
        }
    }

    @Test
    void offeredSlotsCanGoBackToQualifyingButNewCannotGoBackwards() {
        assertThat(Stage.SLOTS_OFFERED.canMoveTo(Stage.QUALIFYING)).isTrue();
        assertThat(Stage.QUALIFYING.canMoveTo(Stage.NEW)).isFalse();
        assertThat(Stage.NEW.canMoveTo(Stage.NEW)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"NEW", "QUALIFYING", "SLOTS_OFFERED"})
    void aLostThreadReopensWhereItStood(Stage before) {
        assertThat(Stage.LOST.canReopen()).isTrue();
        assertThat(Stage.LOST.reopensAsNewConversation()).isFalse();
        assertThat(Stage.LOST.reopenTo(before)).isEqualTo(before);
    }

    @Test
    void aLostThreadWithNoKnownOpenStageReopensQualifying() {
        assertThat(Stage.LOST.reopenTo(null)).isEqualTo(Stage.QUALIFYING);
        assertThat(Stage.LOST.reopenTo(Stage.BOOKED)).isEqualTo(Stage.QUALIFYING);
        assertThat(Stage.LOST.reopenTo(Stage.LOST)).isEqualTo(Stage.QUALIFYING);
    }

    @Test
    void aBookedThreadReopensAsANewConversationAndKeepsItsStage() {
        assertThat(Stage.BOOKED.canReopen()).isTrue();
        assertThat(Stage.BOOKED.reopensAsNewConversation()).isTrue();
        assertThatThrownBy(() -> Stage.BOOKED.reopenTo(Stage.QUALIFYING)).isInstanceOf(IllegalStageChangeException.class);
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"NEW", "QUALIFYING", "SLOTS_OFFERED", "OPTED_OUT"})
    void onlyLostAndBookedThreadsReopen(Stage stage) {
        assertThat(stage.canReopen()).isFalse();
        assertThatThrownBy(() -> stage.reopenTo(Stage.NEW)).isInstanceOf(IllegalStageChangeException.class);
    }

    @Test
    void lostReasonsAreNumberedInTheDialogsOrderWithPlainLabels() {
        assertThat(LostReason.byNumber(2)).contains(LostReason.WENT_ELSEWHERE);
        assertThat(LostReason.WENT_ELSEWHERE.label()).isEqualTo("Went elsewhere");
        assertThat(LostReason.values()).extracting(LostReason::label)
                .containsExactly("Price", "Went elsewhere", "No reply", "Spam", "Other");
        assertThat(LostReason.byNumber(0)).isEmpty();
        assertThat(LostReason.byNumber(6)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = Stage.class, names = {"NEW", "QUALIFYING", "SLOTS_OFFERED", "BOOKED"})
    void startTakesAnOptedOutThreadBackToWhereItStoodBeforeStop(Stage before) {
        assertThat(Stage.OPTED_OUT.optInTo(before)).isEqualTo(before);
    }

    @Test
    void startWithNothingRememberedOrAClosedStageReopensTheThreadForQualifying() {
        assertThat(Stage.OPTED_OUT.optInTo(null)).isEqualTo(Stage.QUALIFYING);
        assertThat(Stage.OPTED_OUT.optInTo(Stage.LOST)).isEqualTo(Stage.QUALIFYING);
        assertThat(Stage.OPTED_OUT.optInTo(Stage.OPTED_OUT)).isEqualTo(Stage.QUALIFYING);
    }

    @Test
    void onlyAnOptedOutThreadCanBeOptedBackIn() {
        assertThatThrownBy(() -> Stage.LOST.optInTo(Stage.NEW)).isInstanceOf(IllegalStageChangeException.class);
        assertThatThrownBy(() -> Stage.QUALIFYING.optInTo(Stage.NEW)).isInstanceOf(IllegalStageChangeException.class);
    }
}
