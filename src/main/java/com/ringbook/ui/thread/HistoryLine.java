package com.ringbook.ui.thread;

/**
 * One of the customer's other conversations, as its collapsed line reads: when it was opened, whether it came
 * before or after the one open now, how it ended, and a style kind (booked, lost, opted-out, open).
 */
public record HistoryLine(long threadId, String when, boolean earlier, String outcome, String kind, String preview) {
}
