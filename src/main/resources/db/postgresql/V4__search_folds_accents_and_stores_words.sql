-- Search as SQLite's: accents folded, and the words kept in a column of their own so ranking reads them.
--
-- 1. Accents. SQLite's unicode61 tokenizer (remove_diacritics 2) finds "José Núñez" by "jose nunez" and "café" by
--    "cafe"; V1 kept accents. Folded here with what every PostgreSQL from 13 has built in, so a managed database
--    needs no extension and no superuser (contrib's unaccent is trusted from 13 but not every server ships it,
--    and its unaccent() is only STABLE, so it would need a wrapper anyway): decompose (NFD), drop the combining
--    accents, compose again (NFC). That folds exactly the letters unicode61 folds (é, ñ, å, ǘ; not ø, ł, œ or
--    ß, which have no decomposition — SQLite keeps those too). The store folds what staff type the same way
--    (PgSearch). normalize() needs a UTF-8 database (V1 asks for one); any other keeps its accents, as before.
--
-- 2. Ranking. ts_rank over the 1,400 hits of a word recomputed search_words(body) for each row (half of a
--    search's time, docs/benchmarks.md). The words are now a generated column, written by the database with the
--    row (and again on a rename), indexed by GIN and ranked from the column. The column of an automatic
--    text-back stays NULL: it is never searched (as in SQLite).
--
-- A later change to search_fold or search_words must rebuild these columns (UPDATE ... SET body = body), as a
-- generated column is not recomputed when a function it calls is replaced.

DO $migration$
BEGIN
    IF current_setting('server_encoding') = 'UTF8' THEN
        -- U+0300-036F combining diacritical marks, and their extended and supplementary blocks.
        EXECUTE $create$
            CREATE FUNCTION search_fold(words TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
                SELECT normalize(regexp_replace(normalize(coalesce(words, ''), NFD),
                    '[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]', '', 'g'), NFC)
            $body$
        $create$;
    ELSE
        EXECUTE $create$
            CREATE FUNCTION search_fold(words TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $body$
                SELECT coalesce(words, '')
            $body$
        $create$;
    END IF;
END
$migration$;

-- The expression indexes are built on the old words: dropped before the functions change under them.
DROP INDEX message_search;
DROP INDEX contact_search;

-- As V1's, folded first (contact_search_words calls this, so names fold too; digits are unchanged).
CREATE OR REPLACE FUNCTION search_words(words TEXT) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT to_tsvector('simple'::regconfig, regexp_replace(search_fold(words), '[!-/:-@\[-`{-~]', ' ', 'g'))
$$;

ALTER TABLE messages ADD COLUMN words tsvector
    GENERATED ALWAYS AS (CASE WHEN kind <> 'TEXT_BACK' THEN search_words(body) END) STORED;
ALTER TABLE contacts ADD COLUMN words tsvector GENERATED ALWAYS AS (contact_search_words(name, phone)) STORED;

-- Same names as before (and as SQLite's FTS5 tables). Queries: WHERE m.words @@ q AND m.kind <> 'TEXT_BACK',
-- and WHERE c.words @@ q; ts_rank(m.words, q).
CREATE INDEX message_search ON messages USING gin (words) WHERE kind <> 'TEXT_BACK';
CREATE INDEX contact_search ON contacts USING gin (words);
