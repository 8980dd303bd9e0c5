-- A new caller's entry in the name-and-number index leaves the burst's urgent transaction.
-- Indexing the number (with its 2- and 3-letter prefixes, four ways of typing it) was most of what the
-- search index added to a missed call's write: a burst of 1,000 first-time callers waited on it before
-- their text-backs could leave. Contacts are now indexed by the store's own code (SqliteContacts): a
-- texter's contact in the same transaction as their text, a burst's new callers in one background write
-- a moment after the burst's own (engine NewCallerIndexer), when their text-backs have left. That write is
-- idempotent, and the store catches up on open with any contact a crash left out of the index (the marker
-- below bounds what it has to look at).
DROP TRIGGER contact_search_insert;

-- Every contact up to this id is in contact_search. Only the catch-up moves it up (to the highest id it
-- has checked), so a contact above it may be missing from the index, none at or below it.
INSERT INTO store_info (key, value) VALUES ('search_index_contacts_through', '0');

-- A deleted contact's id can come back (contacts.id is a plain rowid): the marker then drops below it,
-- so that a new contact reusing the id is checked again. (Nothing deletes contacts today.)
DROP TRIGGER contact_search_delete;
CREATE TRIGGER contact_search_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
    UPDATE store_info SET value = min(CAST(value AS INTEGER), old.id - 1) WHERE key = 'search_index_contacts_through';
END;
