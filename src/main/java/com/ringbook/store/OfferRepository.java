package com.ringbook.store;

import com.ringbook.domain.Offer;
import com.ringbook.domain.TimeSlot;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Slots offered on a thread, remembered so the customer's answer can be matched to the slot it names. */
public interface OfferRepository {

    /** The thread's most recent offer, if any. */
    Optional<Offer> latestOf(long threadId);

    /** Changes to offers, made inside the writer's current transaction. */
    interface Writable extends OfferRepository {

        /** Remembers the slots offered, numbered 1, 2, ... in the order given. */
        Offer save(long threadId, String jobType, List<TimeSlot> slots, Instant now);
    }
}
