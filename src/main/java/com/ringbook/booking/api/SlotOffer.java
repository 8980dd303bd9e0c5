package com.ringbook.booking.api;

import com.ringbook.domain.TimeSlot;
import java.util.List;

/**
 * Free slots found for a job and the text that offers them, for staff to edit before it goes.
 *
 * @param beyondHorizon nothing was free in the next four weeks: the slots are the first openings after
 */
public record SlotOffer(String jobType, List<TimeSlot> slots, String text, boolean beyondHorizon) {

    public SlotOffer {
        slots = List.copyOf(slots);
    }
}
