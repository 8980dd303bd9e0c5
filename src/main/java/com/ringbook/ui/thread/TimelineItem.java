package com.ringbook.ui.thread;

import com.ringbook.domain.CallRecord;
import com.ringbook.domain.Message;
import java.time.LocalDate;

/** One row of a conversation's timeline: a day divider, a missed call, or a text. */
public sealed interface TimelineItem {

    record Day(LocalDate date) implements TimelineItem {
    }

    record Call(CallRecord call) implements TimelineItem {
    }

    record Text(Message message) implements TimelineItem {
    }
}
