package com.ringbook.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What is known about one customer across all their conversations: who they are (name, number, the address
 * from their lead card), since when they have been in touch, the jobs still booked and their total value in
 * integer cents, whether they opted out, and their conversations newest first ({@code threads}, at most the
 * latest few of {@code threadCount}).
 */
public record CustomerHistory(
        long contactId,
        String name,
        String phone,
        String address,
        Instant firstContactAt,
        boolean optedOut,
        int jobsBooked,
        long bookedValueCents,
        int threadCount,
        List<CustomerThread> threads) {

    public CustomerHistory {
        threads = List.copyOf(threads);
    }

    /** The conversation with this id, when it is among those listed. */
    public Optional<CustomerThread> thread(long threadId) {
        return threads.stream().filter(t -> t.threadId() == threadId).findFirst();
    }

    /** Every listed conversation but {@code threadId}: the earlier and later ones beside the one open. */
    public List<CustomerThread> others(long threadId) {
        return threads.stream().filter(t -> t.threadId() != threadId).toList();
    }
}
