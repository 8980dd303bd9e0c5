package com.ringbook.revenue.api;

import java.time.Instant;
import java.util.Optional;

/**
 * One call, lead or job behind a number on the Revenue screen.
 *
 * @param threadId the conversation it opens (empty for a call that opened none, such as a withheld number)
 * @param name     the customer's name when known
 * @param at       when the call ended, or when the job was booked
 * @param amount   the text-back's delay in milliseconds (texted back), or the job's value in cents (booked)
 */
public record BehindLine(Optional<Long> threadId, Optional<String> name, String phone, Instant at, Optional<Long> amount) {
}
