package com.ringbook.domain;

/**
 * One thread on a page of the inbox; a search hit also carries the words that matched.
 *
 * @param match the matching words of the best message, emphasised; {@link SearchSnippet#NONE} without a
 *              search, or when only the name or number matched
 */
public record InboxEntry(ThreadSummary thread, SearchSnippet match) {

    public InboxEntry {
        match = match == null ? SearchSnippet.NONE : match;
    }

    public static InboxEntry of(ThreadSummary thread) {
        return new InboxEntry(thread, SearchSnippet.NONE);
    }
}
