package com.ringbook.revenue.api;

import java.util.List;
import java.util.Map;

/**
 * The way from a missed call to a booked job over a range of weeks: each step's count (the weekly figures added
 * up), and where leads were lost.
 *
 * @param lostByReason lost leads by the reason staff gave, most first
 * @param optedOut     leads whose caller texted STOP
 */
public record Funnel(List<Step> steps, Map<String, Integer> lostByReason, int optedOut) {

    /** One step: its figure and how many reached it. */
    public record Step(Figure figure, int count) {
    }

    /** The share of the first step (missed calls) that reached {@code step}, 0 to 100; empty with no missed calls. */
    public java.util.OptionalInt percentOfMissed(Step step) {
        int missed = steps.isEmpty() ? 0 : steps.get(0).count();
        return missed == 0 ? java.util.OptionalInt.empty() : java.util.OptionalInt.of((int) Math.round(100.0 * step.count() / missed));
    }
}
