package com.ringbook.ui.shell;

import com.ringbook.booking.api.BookingService;
import com.ringbook.followup.api.FollowUpService;
import com.ringbook.revenue.api.RevenueService;
import java.util.Objects;

/**
 * The capabilities' slices of the service API that screens call, beside the engine's own: one value
 * the composition root hands the console, so a new capability adds a field here, not a constructor
 * parameter to every window.
 */
public record Capabilities(BookingService booking, FollowUpService followUps, RevenueService revenue) {

    public Capabilities {
        Objects.requireNonNull(booking);
        Objects.requireNonNull(followUps);
        Objects.requireNonNull(revenue);
    }
}
