package com.ringbook.ui.appointments;

import java.util.List;

/**
 * The calendar as the view draws it, every position already worked out: fractions of the drawing area
 * (0 at its left or top edge, 1 at its right or bottom), so the view only multiplies by its size.
 *
 * @param startMinute  the local time of day at the top edge, in minutes after midnight
 * @param endMinute    the local time of day at the bottom edge (1440 is the next midnight)
 * @param scrollTo     where the working day starts, as a fraction of the height (0 unless the whole day shows)
 * @param hours        one line per hour shown
 * @param columns      the columns' headers: the days of a week, or the crews of a day
 * @param lanes        the crews' lanes under each day of a week with more than one crew; empty otherwise
 * @param shades       the closed times of each day (outside working hours, closed days)
 * @param blocks       the appointments shown
 * @param booked       how many booked jobs the range holds
 * @param bookedValue  what they are worth, in cents
 * @param hiddenCancelled how many cancelled ones are in the range but not shown
 */
public record CalendarGrid(int startMinute, int endMinute, double scrollTo, List<HourMark> hours,
                           List<Column> columns, List<Column> lanes, List<Shade> shades, List<Block> blocks,
                           int booked, long bookedValue, int hiddenCancelled) {
    /** A block's style for a job still booked. */
    public static final String STATE_BOOKED = "booked";
    /** A block's style for a cancelled job, shown only when asked for. */
    public static final String STATE_CANCELLED = "cancelled";

    public CalendarGrid {
        hours = List.copyOf(hours);
        columns = List.copyOf(columns);
        lanes = List.copyOf(lanes);
        shades = List.copyOf(shades);
        blocks = List.copyOf(blocks);
    }

    /** How many hours tall the grid is. */
    public double hoursShown() {
        return (endMinute - startMinute) / 60.0;
    }

    /** A line across the grid at the start of an hour: "8 AM". */
    public record HourMark(double top, String label) {
    }

    /**
     * A header over part of the grid, with a line at its left edge.
     *
     * @param today  the column is today (its header stands out)
     * @param closed the business does not work that day
     */
    public record Column(double left, double width, String title, boolean today, boolean closed) {
    }

    /** Time the business is closed, drawn muted. */
    public record Shade(double left, double width, double top, double height) {
    }

    /**
     * One appointment, or the part of it that falls on one day.
     *
     * @param time     its arrival window: "8-10 AM"
     * @param value    "$350"
     * @param state    its style: {@code booked} or {@code cancelled}
     * @param tooltip  everything about it on one card, for when the block is too small to show it
     */
    public record Block(long appointmentId, int crew, int day, double left, double width, double top, double height,
                        String time, String customer, String jobType, String address, String value, String state,
                        String tooltip) {

        public boolean cancelled() {
            return STATE_CANCELLED.equals(state);
        }
    }
}
