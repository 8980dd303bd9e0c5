package com.ringbook.domain;

import java.util.List;

/**
 * One page of the inbox.
 *
 * @param next where the next page starts; null when this page is the last
 */
public record InboxPage(List<InboxEntry> entries, InboxCursor next) {

    public InboxPage {
        entries = List.copyOf(entries);
    }

    public List<ThreadSummary> threads() {
        return entries.stream().map(InboxEntry::thread).toList();
    }

    public boolean hasMore() {
        return next != null;
    }
}
