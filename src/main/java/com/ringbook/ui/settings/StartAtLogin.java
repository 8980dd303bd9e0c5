package com.ringbook.ui.settings;

import java.util.concurrent.CompletableFuture;

/**
 * Opening Ringbook when this user signs in to the PC: an entry in the place this OS starts things from
 * (an autostart file, a registry value, a launch agent). The entry itself is the truth: nothing about it
 * is kept in Ringbook's settings, so the switch cannot disagree with what the PC will do. Every call
 * returns at once and completes off the FX thread; a failure carries a sentence for the user.
 */
public interface StartAtLogin {

    /** Whether the entry is there now. */
    CompletableFuture<Boolean> isOn();

    /** Adds ({@code on}) or removes the entry; completes with whether it is there afterwards. */
    CompletableFuture<Boolean> turn(boolean on);

    /** Where the entry lives, in words for the card (a file's path, a registry value's name). */
    String where();
}
