package com.ringbook.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Carrier ids of texts the carrier took whose outcome is not written yet, each with the outbox row
 * that took it (and the other way round). They are as taken as those on disk: matching a text whose
 * outcome is unknown must not claim one, nor may two look-ups claim the same one.
 */
final class CarrierIdClaims {
    private final Map<String, Long> holderOf = new ConcurrentHashMap<>();
    private final Map<Long, String> claimOf = new ConcurrentHashMap<>();

    /** Takes a carrier id for this outbox row until its outcome is written; false when another row has it. */
    boolean claim(long outboxId, String sid) {
        Long holder = holderOf.putIfAbsent(sid, outboxId);
        if (holder != null && holder != outboxId) {
            return false;
        }
        claimOf.put(outboxId, sid);
        return true;
    }

    /** The row's outcome is written (or given up on): its id is no longer held here. */
    void release(long outboxId) {
        String sid = claimOf.remove(outboxId);
        if (sid != null) {
            holderOf.remove(sid, outboxId);
        }
    }

    /** A copy of every id claimed now. */
    Set<String> claimed() {
        return new HashSet<>(holderOf.keySet());
    }
}
