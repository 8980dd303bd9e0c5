package com.ringbook.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a conversation stands on its way from a missed call to a booked job.
 * The legal moves live here and nowhere else, so every caller (staff buttons, inbound keywords,
 * later autopilot) is held to the same rules.
 */
public enum Stage {
    NEW, QUALIFYING, SLOTS_OFFERED, BOOKED, LOST, OPTED_OUT;

    /** A thread in one of these stages still collects new calls and texts from its caller. */
    public boolean isOpen() {
        return this == NEW || this == QUALIFYING || this == SLOTS_OFFERED;
    }

    public Set<Stage> next() {
        return switch (this) {
            case NEW -> EnumSet.of(QUALIFYING, SLOTS_OFFERED, BOOKED, LOST, OPTED_OUT);
            // Back to qualifying is allowed: the customer may turn down both slots with a new question.
            case QUALIFYING -> EnumSet.of(SLOTS_OFFERED, BOOKED, LOST, OPTED_OUT);
            case SLOTS_OFFERED -> EnumSet.of(QUALIFYING, SLOTS_OFFERED, BOOKED, LOST, OPTED_OUT);
            // A booked customer can still text STOP; a cancelled job reopens the conversation, so it can be
            // booked again or marked lost.
            case BOOKED -> EnumSet.of(QUALIFYING, OPTED_OUT);
            case LOST, OPTED_OUT -> EnumSet.noneOf(Stage.class);
        };
    }

    public boolean canMoveTo(Stage target) {
        return next().contains(target);
    }

    /** @throws IllegalStageChangeException when the move is not allowed */
    public Stage moveTo(Stage target) {
        if (!canMoveTo(target)) {
            throw new IllegalStageChangeException(this, target);
        }
        return target;
    }

    /**
     * Staff can reopen a conversation standing here. A lost one goes back where it stood ({@link #reopenTo}).
     * A booked one is not moved: its job stays booked on it (booking's rule: a booked thread holds its one
     * booked job, and only cancelling that job takes it back to Qualifying), so reopening it starts a new
     * conversation with the same customer instead ({@link #reopensAsNewConversation}). An opted-out one is
     * reopened by the customer alone, by texting START.
     */
    public boolean canReopen() {
        return this == LOST || this == BOOKED;
    }

    /** Reopening this stage starts a new conversation with the customer rather than moving this one. */
    public boolean reopensAsNewConversation() {
        return this == BOOKED;
    }

    /**
     * The stage a lost conversation reopens at: the open stage it stood at when it was marked lost, or
     * Qualifying when that is not known (lost before this was remembered) or was not an open stage.
     *
     * @throws IllegalStageChangeException when this stage is not Lost
     */
    public Stage reopenTo(Stage before) {
        Stage target = before != null && before.isOpen() ? before : QUALIFYING;
        if (this != LOST) {
            throw new IllegalStageChangeException(this, target);
        }
        return target;
    }

    /**
     * Where an opted-out thread goes when its customer texts START: back to the stage it stood at
     * before STOP. This is the only way out of OPTED_OUT (staff cannot move it; {@link #next} stays
     * empty). A thread with no remembered stage, or one that was closed, goes back to qualifying.
     *
     * @throws IllegalStageChangeException when this thread is not opted out
     */
    public Stage optInTo(Stage before) {
        if (this != OPTED_OUT) {
            throw new IllegalStageChangeException(this, before == null ? QUALIFYING : before);
        }
        return before != null && (before.isOpen() || before == BOOKED) ? before : QUALIFYING;
    }

    public String label() {
        return switch (this) {
            case NEW -> "New";
            case QUALIFYING -> "Qualifying";
            case SLOTS_OFFERED -> "Slots offered";
            case BOOKED -> "Booked";
            case LOST -> "Lost";
            case OPTED_OUT -> "Opted out";
        };
    }
}
