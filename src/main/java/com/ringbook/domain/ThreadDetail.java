package com.ringbook.domain;

import java.util.List;

/** Everything the thread view shows: the summary, its calls and messages in time order. */
public record ThreadDetail(ThreadSummary summary, List<CallRecord> calls, List<Message> messages) {
}
