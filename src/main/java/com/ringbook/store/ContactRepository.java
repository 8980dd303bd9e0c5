package com.ringbook.store;

import com.ringbook.domain.Contact;
import java.time.Instant;
import java.util.Optional;

/** The people who have called or texted, by number or by id. */
public interface ContactRepository {

    Optional<Contact> byPhone(String e164);

    Optional<Contact> byId(long id);

    /** Changes to contacts, made inside the writer's current transaction. */
    interface Writable extends ContactRepository {

        Contact upsert(String e164, Instant now);

        void setName(long contactId, String name);

        /** Where the customer's jobs take place, as staff confirmed it; blank clears it. */
        void setAddress(long contactId, String address);

        void setOptedOut(long contactId, boolean optedOut, Instant now);

        void setLastTextBack(long contactId, Instant at);

        /**
         * Adds to the search index (name and number) every contact not in it yet: the new callers of a burst,
         * whose first write leaves them out so their text-backs need not wait on it, or contacts a crash left
         * out. Idempotent, and cheap when there is nothing to add.
         *
         * @return how many contacts it added
         */
        int indexForSearch();
    }
}
