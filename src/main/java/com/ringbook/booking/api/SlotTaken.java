package com.ringbook.booking.api;

import com.ringbook.engine.api.RequestRefused;

/** The crew's time was booked by someone else between the offer and this booking: offer fresh slots. */
public final class SlotTaken extends RequestRefused {
    public SlotTaken(String message) {
        super(message);
    }
}
