package com.ringbook.ui.thread;

/** Where booking on the open thread stands: the step the booking panel shows, if any. */
public enum BookingStep {
    /** Nothing open: the offer or the appointment, with the buttons that start a step. */
    NONE,
    /** Free slots are being looked for. */
    FINDING,
    /** Drafted slots and the text that offers them, to edit and send. */
    OFFER,
    /** The offered slots to pick from, and the address to confirm. */
    BOOK,
    /** Why the booked job is cancelled, and whether the customer is told. */
    CANCEL,
    /** Fresh slots to move the booked job to. */
    MOVE
}
