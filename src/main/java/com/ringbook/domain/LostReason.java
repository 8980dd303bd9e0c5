package com.ringbook.domain;

import java.util.Optional;

/**
 * Why a conversation was lost, as staff pick it when marking it lost. Stored by name in its own column so
 * reports can count them; numbered 1.. in this order so a digit picks one in the dialog.
 */
public enum LostReason {
    PRICE("Price"),
    WENT_ELSEWHERE("Went elsewhere"),
    NO_REPLY("No reply"),
    SPAM("Spam"),
    OTHER("Other");

    private final String label;

    LostReason(String label) {
        this.label = label;
    }

    /** The reason in plain words, as the header and the history show it. */
    public String label() {
        return label;
    }

    /** 1 for the first reason, as the dialog numbers them. */
    public int number() {
        return ordinal() + 1;
    }

    /** The reason numbered {@code number} (1..), empty for any other number. */
    public static Optional<LostReason> byNumber(int number) {
        LostReason[] all = values();
        return number >= 1 && number <= all.length ? Optional.of(all[number - 1]) : Optional.empty();
    }
}
