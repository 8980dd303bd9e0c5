package com.ringbook.domain;

import java.util.EnumMap;
import java.util.Map;

/** How many threads each inbox filter holds, read in one go. */
public record InboxCounts(Map<InboxQuery.Filter, Integer> byFilter) {

    public static final InboxCounts NONE = new InboxCounts(Map.of());

    public InboxCounts {
        byFilter = Map.copyOf(byFilter);
    }

    /** Counts per filter from threads per stage and the number waiting for a reply. */
    public static InboxCounts of(Map<Stage, Integer> byStage, int needsReply) {
        Map<InboxQuery.Filter, Integer> counts = new EnumMap<>(InboxQuery.Filter.class);
        int all = 0;
        int open = 0;
        for (Stage stage : Stage.values()) {
            all += byStage.getOrDefault(stage, 0);
            open += stage.isOpen() ? byStage.getOrDefault(stage, 0) : 0;
        }
        for (InboxQuery.Filter f : InboxQuery.Filter.values()) {
            counts.put(f, switch (f) {
                case ALL -> all;
                case WAITING -> needsReply;
                case OPEN -> open;
                case FOLLOW_UP_DUE -> 0;
                default -> byStage.getOrDefault(f.stage(), 0);
            });
        }
        return new InboxCounts(counts);
    }

    /** These counts with one filter's count set (one the store counts apart: follow-ups due today). */
    public InboxCounts with(InboxQuery.Filter filter, int count) {
        Map<InboxQuery.Filter, Integer> counts = new EnumMap<>(InboxQuery.Filter.class);
        counts.putAll(byFilter);
        counts.put(filter, count);
        return new InboxCounts(counts);
    }

    public int of(InboxQuery.Filter filter) {
        return byFilter.getOrDefault(filter, 0);
    }
}
