package com.ringbook.store;

import com.ringbook.domain.MessageKind;
import com.ringbook.domain.Stage;
import java.time.Instant;
import java.util.Optional;

/** What a STOP put aside so that a later START can undo it: the stage the thread stood at. */
public interface OptOutRepository {

    Optional<Stage> stageBefore(long threadId);

    /** Kept until the customer opts back in; a second STOP does not overwrite it with OPTED_OUT. */
    void remember(long threadId, Stage before);

    void forget(long threadId);

    /**
     * Records on the thread an answer Ringbook would have sent but may not (the number opted out): shown
     * as not sent, with why, and never put in the outbox.
     */
    void noteHeldBack(long threadId, MessageKind kind, String body, String reason, Instant at);
}
