package com.ringbook.ui.alerts;

/** Shows a desktop notice outside the console's window; behind an interface so tests can watch what is shown. */
public interface Notifier {

    /** One notice: who wrote (or how many did) and the first words; {@code threadId} is -1 for several. */
    record Notice(String title, String text, long threadId) {
    }

    /** Shows {@code notice} in place of any shown before; a click on it runs {@code onClick} and closes it. */
    void show(Notice notice, Runnable onClick);

    /** Takes a shown notice away (the console came to the front). */
    void hide();

    /** The console is going away: the notice and anything kept to show one are let go. */
    default void close() {
        hide();
    }
}
