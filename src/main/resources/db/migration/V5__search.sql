-- Inbox search and paging at 100,000 conversations.

-- The text of every message, searchable by word and word prefix. External content: the words live in the
-- index only, the text stays in messages (no second copy). The 2- and 3-letter prefix indexes answer the
-- first keystrokes of a word ("si", "sin") without walking every word that starts so.
CREATE VIRTUAL TABLE message_search USING fts5(
    body,
    content = 'messages',
    content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
-- Kept in step by the database itself, in the same transaction as the message, on every write path
-- (first calls in bulk, texts in, texts queued). A message's text never changes after it is written
-- (delivery reports change its status only), so an insert is all the index ever needs; a delete is
-- handled in case one is ever made.
-- The automatic text-back is left out: it is the business's own template, the same words in every
-- conversation, so it would match everything a search for them could find, and indexing it (with its
-- prefixes) doubled the store's work per missed call in a burst. The WHEN clauses keep the index and
-- its external content agreeing on which rows are in it.
CREATE TRIGGER message_search_insert AFTER INSERT ON messages WHEN new.kind <> 'TEXT_BACK' BEGIN
    INSERT INTO message_search (rowid, body) VALUES (new.id, new.body);
END;
CREATE TRIGGER message_search_delete AFTER DELETE ON messages WHEN old.kind <> 'TEXT_BACK' BEGIN
    INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', old.id, old.body);
END;
CREATE TRIGGER message_search_update AFTER UPDATE OF body ON messages WHEN old.kind <> 'TEXT_BACK' BEGIN
    INSERT INTO message_search (message_search, rowid, body) VALUES ('delete', old.id, old.body);
    INSERT INTO message_search (rowid, body) VALUES (new.id, new.body);
END;
INSERT INTO message_search (rowid, body) SELECT id, body FROM messages WHERE kind <> 'TEXT_BACK';

-- Names and numbers. A number is held the ways staff type it: all digits (+1 included), without the
-- country code, the local seven digits and the last four, so a prefix of any of them finds it.
CREATE VIRTUAL TABLE contact_search USING fts5(
    name,
    phone,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2 3'
);
CREATE TRIGGER contact_search_insert AFTER INSERT ON contacts BEGIN
    INSERT INTO contact_search (rowid, name, phone) VALUES (new.id, new.name,
        ltrim(new.phone, '+')
        || CASE WHEN new.phone LIKE '+1%' THEN ' ' || substr(new.phone, 3) ELSE '' END
        || ' ' || substr(new.phone, -7) || ' ' || substr(new.phone, -4));
END;
CREATE TRIGGER contact_search_rename AFTER UPDATE OF name ON contacts BEGIN
    UPDATE contact_search SET name = new.name WHERE rowid = new.id;
END;
CREATE TRIGGER contact_search_delete AFTER DELETE ON contacts BEGIN
    DELETE FROM contact_search WHERE rowid = old.id;
END;
INSERT INTO contact_search (rowid, name, phone)
SELECT id, name, ltrim(phone, '+')
        || CASE WHEN phone LIKE '+1%' THEN ' ' || substr(phone, 3) ELSE '' END
        || ' ' || substr(phone, -7) || ' ' || substr(phone, -4)
FROM contacts;

-- One filter per stage, newest activity first, paged by (last_activity_at, id): the stage filters read a
-- page straight off this index, and the per-stage counts walk it without touching the table.
CREATE INDEX threads_by_stage ON threads (stage, last_activity_at DESC, id DESC);
-- "Needs reply" reads threads_waiting (waiting_since, with the row id after it), oldest first.
