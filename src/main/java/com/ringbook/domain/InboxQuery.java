package com.ringbook.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Which threads the inbox list shows, one page at a time so a large inbox never loads whole.
 *
 * <p>Paging: the first page has no cursor; each {@link InboxPage} names the cursor of the next one. Without
 * a search the cursor is a keyset on the filter's sort key (so a page costs the same at row 100,000 as at
 * row 0, and rows that share a timestamp are neither skipped nor repeated); ranked search results page by
 * position. {@code offset} is for callers that page by position themselves (the simulator, the demo).
 *
 * @param after     where the previous page ended; null for the first page
 * @param dueBefore for {@link Filter#FOLLOW_UP_DUE}: follow-ups due before this instant (the end of the business's
 *                  day, which the engine fills in: the store knows neither the zone nor the time); null otherwise
 */
public record InboxQuery(Filter filter, String search, int limit, int offset, InboxCursor after, Instant dueBefore) {

    /** Rows per page of the scrolling inbox: a few screens' worth, small enough to read in a blink. */
    public static final int PAGE_SIZE = 100;

    public InboxQuery {
        search = search == null ? "" : search.strip();
        if (limit < 1) {
            throw new IllegalArgumentException("A page holds at least one row");
        }
    }

    /** A query paged by position, as before paging had cursors. */
    public InboxQuery(Filter filter, String search, int limit, int offset) {
        this(filter, search, limit, offset, null, null);
    }

    public InboxQuery(Filter filter, String search, int limit, int offset, InboxCursor after) {
        this(filter, search, limit, offset, after, null);
    }

    /** The same query with its follow-ups' bound set (the end of today in the business's zone). */
    public InboxQuery dueBefore(Instant bound) {
        return new InboxQuery(filter, search, limit, offset, after, bound);
    }

    public enum Filter {
        ALL("All"),
        /** A work queue: customers with an unanswered text, who has waited longest first. */
        WAITING("Needs reply"),
        /** Threads with a follow-up still to go out today (or overdue, waiting for the sending hours). */
        FOLLOW_UP_DUE("Follow-up today"),
        NEW("New"),
        QUALIFYING("Qualifying"),
        OFFERED("Offered"),
        BOOKED("Booked"),
        LOST("Lost"),
        OPTED_OUT("Opted out"),
        /** New, qualifying or offered together; not one of the inbox's filter buttons. */
        OPEN("Open");

        /** The filters the inbox offers, in the order its buttons show them. */
        public static final List<Filter> SHOWN = List.of(ALL, WAITING, FOLLOW_UP_DUE, NEW, QUALIFYING, OFFERED, BOOKED, LOST, OPTED_OUT);

        private static final Comparator<ThreadSummary> NEWEST_FIRST = Comparator
                .comparing(ThreadSummary::lastActivityAt, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(ThreadSummary::id, Comparator.reverseOrder());
        private static final Comparator<ThreadSummary> LONGEST_WAITING_FIRST = Comparator
                .comparing(ThreadSummary::waitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ThreadSummary::id);

        private final String label;

        Filter(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /**
         * Whether a thread's inbox line alone tells if it belongs here; when not (follow-ups are not on the line),
         * a changed thread is read again through the list's own query.
         */
        public boolean decidedByRow() {
            return this != FOLLOW_UP_DUE;
        }

        /** Whether the thread belongs in this filter's list; the store's queries say the same in SQL. */
        public boolean matches(ThreadSummary s) {
            return switch (this) {
                case ALL -> true;
                // Known only to the store; lines already listed stay until the list is read again.
                case FOLLOW_UP_DUE -> true;
                case WAITING -> needsReply(s);
                case NEW -> s.stage() == Stage.NEW;
                case QUALIFYING -> s.stage() == Stage.QUALIFYING;
                case OFFERED -> s.stage() == Stage.SLOTS_OFFERED;
                case BOOKED -> s.stage() == Stage.BOOKED;
                case LOST -> s.stage() == Stage.LOST;
                case OPTED_OUT -> s.stage() == Stage.OPTED_OUT;
                case OPEN -> s.stage().isOpen();
            };
        }

        /** The list's order without a search: newest activity first, except the work queue, oldest wait first. */
        public Comparator<ThreadSummary> order() {
            return this == WAITING ? LONGEST_WAITING_FIRST : NEWEST_FIRST;
        }

        /** The one stage this filter shows, or null when it is not a single stage. */
        public Stage stage() {
            return switch (this) {
                case NEW -> Stage.NEW;
                case QUALIFYING -> Stage.QUALIFYING;
                case OFFERED -> Stage.SLOTS_OFFERED;
                case BOOKED -> Stage.BOOKED;
                case LOST -> Stage.LOST;
                case OPTED_OUT -> Stage.OPTED_OUT;
                default -> null;
            };
        }
    }

    /**
     * A customer's text waits for an answer: an open thread's, or a booked job's (a question about the
     * visit). Lost and opted-out threads are nobody's work.
     */
    public static boolean needsReply(ThreadSummary s) {
        return s.waitingSince() != null && (s.stage().isOpen() || s.stage() == Stage.BOOKED);
    }

    /** The first 500 rows by position: for callers that read a short list once. */
    public static InboxQuery firstPage(Filter filter, String search) {
        return new InboxQuery(filter, search, 500, 0, null);
    }

    /** The first page of the scrolling inbox. */
    public static InboxQuery page(Filter filter, String search) {
        return new InboxQuery(filter, search, PAGE_SIZE, 0, null);
    }

    /** The page after the one that ended at {@code cursor}. */
    public InboxQuery after(InboxCursor cursor) {
        return new InboxQuery(filter, search, limit, 0, cursor, dueBefore);
    }

    public boolean searching() {
        return !search.isEmpty();
    }
}
