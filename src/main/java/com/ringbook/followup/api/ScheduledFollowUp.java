package com.ringbook.followup.api;

import com.ringbook.domain.FollowUp;
import java.time.Instant;

/**
 * A nudge still to go to a quiet customer, as the thread screen shows it.
 *
 * @param dueAt  when it goes out (inside the sending hours); shown in the business's zone
 * @param number 1 for the first nudge of this silence
 * @param text   the text as the customer will read it
 */
public record ScheduledFollowUp(long id, long threadId, Instant dueAt, int number, FollowUp.Situation situation, String text) {
}
