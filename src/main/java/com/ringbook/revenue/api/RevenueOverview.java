package com.ringbook.revenue.api;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the Revenue screen shows for a range of weeks, read in one go.
 *
 * @param weeks     oldest first, the last one being the week that holds today
 * @param roiPrefill the ROI calculator's inputs from the business's last four weeks, or the playbook's example
 * @param fromData  whether {@code roiPrefill} came from the business's own weeks
 */
public record RevenueOverview(List<WeekFigures> weeks, Funnel funnel, Kpis kpis, RoiInputs roiPrefill, boolean fromData,
                              String region) {

    public LocalDate from() {
        return weeks.get(0).weekStart();
    }

    /** The day after the range's last week. */
    public LocalDate toExclusive() {
        return weeks.get(weeks.size() - 1).weekStart().plusDays(7);
    }
}
