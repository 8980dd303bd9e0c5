package com.ringbook.store.postgres;

import com.ringbook.store.StoreChanges.Change;
import com.ringbook.store.StoreChanges.Kind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of a change notification: {@code 1;<origin>;T12,M12,C13,S0} — a format version, the run that made the
 * changes, then each change as a letter for its kind and the thread id. PostgreSQL refuses a payload of 8000 bytes
 * or more, so a big commit is split into several payloads, each well under that.
 */
final class PgChangeFeedPayload {
    static final String VERSION = "1";
    /** Under PostgreSQL's 8000-byte limit with room to spare. */
    static final int MAX_BYTES = 7900;
    private static final Pattern ORIGIN = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final Map<Kind, Character> LETTERS = Map.of(Kind.THREAD, 'T', Kind.MESSAGE, 'M', Kind.CALL, 'C',
            Kind.APPOINTMENT, 'A', Kind.SETTINGS, 'S', Kind.OUTBOX, 'O');

    private PgChangeFeedPayload() {
    }

    /** What a payload says: who made the changes, and which. */
    record Decoded(String origin, Set<Change> changes) {
    }

    /** Checks a run's name can travel in a payload (plain letters, digits and {@code . _ : -}, at most 64). */
    static String checkOrigin(String origin) {
        if (origin == null || !ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("A change feed origin must be 1-64 letters, digits or . _ : - (was "
                    + origin + ")");
        }
        return origin;
    }

    /** The payloads that carry {@code changes}, each under {@link #MAX_BYTES}; none for no changes. */
    static List<String> encode(String origin, Collection<Change> changes) {
        String head = VERSION + ";" + checkOrigin(origin) + ";";
        List<String> payloads = new ArrayList<>();
        StringBuilder current = new StringBuilder(head);
        for (Change change : changes) {
            String entry = LETTERS.get(change.kind()) + Long.toString(change.threadId());
            if (current.length() > head.length() && current.length() + 1 + entry.length() > MAX_BYTES) {
                payloads.add(current.toString());
                current = new StringBuilder(head);
            }
            if (current.length() > head.length()) {
                current.append(',');
            }
            current.append(entry); // plain ASCII: one byte per character
        }
        if (current.length() > head.length()) {
            payloads.add(current.toString());
        }
        return payloads;
    }

    /**
     * Reads a payload; empty for one this version cannot read at all (then the listener resyncs). A kind letter
     * from a newer Ringbook is taken as a change to its thread, so the thread is still re-read.
     */
    static Optional<Decoded> decode(String payload) {
        String[] parts = payload == null ? new String[0] : payload.split(";", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            return Optional.empty();
        }
        Set<Change> changes = new LinkedHashSet<>();
        for (String entry : parts[2].split(",")) {
            if (entry.length() < 2) {
                continue;
            }
            try {
                long id = Long.parseLong(entry.substring(1));
                changes.add(new Change(kind(entry.charAt(0)), id));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new Decoded(parts[1], changes));
    }

    private static Kind kind(char letter) {
        for (Map.Entry<Kind, Character> e : LETTERS.entrySet()) {
            if (e.getValue() == letter) {
                return e.getKey();
            }
        }
        return Kind.THREAD;
    }
}
