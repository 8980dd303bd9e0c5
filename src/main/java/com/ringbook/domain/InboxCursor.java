package com.ringbook.domain;

/**
 * Where a page of the inbox ended, for the next page to start after it.
 *
 * @param key      the last row's sort key in epoch milliseconds (last activity, or waiting since in the
 *                 work queue); 0 for search results
 * @param threadId the last row's thread id, which breaks ties between equal keys
 * @param position rows already shown: ranked search results go on from here; 0 otherwise
 */
public record InboxCursor(long key, long threadId, int position) {
}
