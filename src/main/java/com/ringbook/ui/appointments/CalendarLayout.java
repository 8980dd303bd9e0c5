package com.ringbook.ui.appointments;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.Money;
import com.ringbook.domain.PhoneFormat;
import com.ringbook.domain.Schedule;
import com.ringbook.domain.WorkingHours;
import com.ringbook.ui.appointments.CalendarGrid.Block;
import com.ringbook.ui.appointments.CalendarGrid.Column;
import com.ringbook.ui.appointments.CalendarGrid.HourMark;
import com.ringbook.ui.appointments.CalendarGrid.Shade;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Works out where everything on the Appointments screen goes: the hours shown (the working day, or the
 * whole day when a job lies outside it), the columns (a day's crews, or a week's days split into crew
 * lanes), the closed times, and each appointment's block from its crew time in the business's zone.
 *
 * <p>Positions follow the wall clock: 10 AM is on the 10 AM line on every day, the days a clock change
 * makes 23 or 25 hours long included. A job that runs past midnight is drawn on each day it touches.
 */
final class CalendarLayout {
    static final int DAY_MINUTES = 24 * 60;
    /** A block is never drawn shorter than this, so a short job stays readable and clickable. */
    static final int MIN_BLOCK_MINUTES = 30;

    private CalendarLayout() {
    }

    /** One appointment's time on one shown day, in minutes after that day's midnight. */
    private record Segment(Appointment appointment, int day, int crew, int startMinute, int endMinute) {
    }

    /**
     * @param appointments  what the service returned for (at least) the range; anything outside it is left out
     * @param showCancelled whether cancelled appointments are drawn
     * @param today         the business's today, whose column stands out
     */
    static CalendarGrid layout(CalendarRange range, Schedule schedule, List<Appointment> appointments,
                               boolean showCancelled, LocalDate today) {
        ZoneId zone = schedule.zone();
        List<LocalDate> days = range.days();
        List<Segment> inRange = new ArrayList<>();
        for (Appointment a : appointments) {
            inRange.addAll(segments(a, days, zone));
        }
        List<Segment> shown = inRange.stream().filter(s -> showCancelled || s.appointment().booked()).toList();

        int opens = firstOpening(schedule.hours());
        int closes = lastClosing(schedule.hours());
        boolean outside = shown.stream().anyMatch(s -> s.startMinute() < opens || s.endMinute() > closes);
        int start = outside ? 0 : opens;
        int end = outside ? DAY_MINUTES : closes;
        // A whole day opens at the first thing worth seeing: the earliest opening (a night shift's too) or job.
        int firstOpen = schedule.hours().days().values().stream().flatMap(List::stream)
                .mapToInt(span -> span.opens().toSecondOfDay() / 60).min().orElse(0);
        int earliest = Math.min(firstOpen, shown.stream().mapToInt(Segment::startMinute).min().orElse(firstOpen));
        double scrollTo = start == 0 ? (double) (earliest / 60 * 60) / DAY_MINUTES : 0;

        int crews = Math.max(schedule.crews(), shown.stream().mapToInt(Segment::crew).max().orElse(1));
        int total = days.size() * crews;
        List<Column> columns = new ArrayList<>();
        List<Column> lanes = new ArrayList<>();
        List<Shade> shades = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i);
            List<int[]> open = openTimes(schedule, day);
            boolean closed = open.isEmpty();
            double dayLeft = (double) i / days.size();
            double dayWidth = 1.0 / days.size();
            if (range.mode() == CalendarRange.Mode.WEEK) {
                columns.add(new Column(dayLeft, dayWidth, CalendarText.dayHeader(day), day.equals(today), closed));
                for (int c = 1; crews > 1 && c <= crews; c++) {
                    lanes.add(new Column((double) (i * crews + c - 1) / total, 1.0 / total, "Crew " + c, false, closed));
                }
            } else {
                for (int c = 1; c <= crews; c++) {
                    // The title names the day; a crew's column is never "today" on its own.
                    columns.add(new Column((double) (c - 1) / crews, 1.0 / crews, "Crew " + c, false, closed));
                }
            }
            for (int[] gap : closedTimes(open, start, end)) {
                shades.add(new Shade(dayLeft, dayWidth, fraction(gap[0], start, end), fraction(gap[1], start, end)
                        - fraction(gap[0], start, end)));
            }
        }

        List<HourMark> hours = new ArrayList<>();
        for (int minute = start; minute < end; minute += 60) {
            hours.add(new HourMark(fraction(minute, start, end), CalendarText.hour(minute)));
        }

        // A week split into crew lanes has no room for a whole arrival window on a block: it shows when it starts.
        boolean narrow = range.mode() == CalendarRange.Mode.WEEK && crews > 1;
        List<Block> blocks = blocks(shown, crews, total, start, end, zone, narrow);
        List<Appointment> bookedInRange = inRange.stream().map(Segment::appointment).distinct()
                .filter(Appointment::booked).toList();
        int hiddenCancelled = showCancelled ? 0 : (int) inRange.stream().map(Segment::appointment).distinct()
                .filter(a -> !a.booked()).count();
        return new CalendarGrid(start, end, scrollTo, hours, columns, lanes, shades, blocks, bookedInRange.size(),
                bookedInRange.stream().mapToLong(Appointment::valueCents).sum(), hiddenCancelled);
    }

    /** The parts of an appointment's crew time that fall on the shown days. */
    private static List<Segment> segments(Appointment a, List<LocalDate> days, ZoneId zone) {
        List<Segment> parts = new ArrayList<>();
        Instant from = a.slot().start();
        Instant to = a.slot().end();
        for (int i = 0; i < days.size(); i++) {
            Instant dayStart = days.get(i).atStartOfDay(zone).toInstant();
            Instant dayEnd = days.get(i).plusDays(1).atStartOfDay(zone).toInstant();
            if (!from.isBefore(dayEnd) || !to.isAfter(dayStart)) {
                continue;
            }
            int startMinute = from.isAfter(dayStart) ? minuteOfDay(from.atZone(zone)) : 0;
            int endMinute = to.isBefore(dayEnd) ? minuteOfDay(to.atZone(zone)) : DAY_MINUTES;
            // The hour a clock goes back is lived twice: a job inside it may end "before" it starts on the wall.
            if (endMinute - startMinute < MIN_BLOCK_MINUTES) {
                endMinute = Math.min(DAY_MINUTES, startMinute + MIN_BLOCK_MINUTES);
                startMinute = Math.min(startMinute, endMinute - MIN_BLOCK_MINUTES);
            }
            parts.add(new Segment(a, i, a.slot().crew(), startMinute, endMinute));
        }
        return parts;
    }

    private static int minuteOfDay(ZonedDateTime at) {
        return at.getHour() * 60 + at.getMinute();
    }

    /** Each crew's segments on each day, side by side where they overlap (only cancelled ones can). */
    private static List<Block> blocks(List<Segment> shown, int crews, int total, int start, int end, ZoneId zone,
                                      boolean narrow) {
        Map<Integer, List<Segment>> byLane = new LinkedHashMap<>();
        shown.stream()
                .sorted(Comparator.comparingInt(Segment::day).thenComparingInt(Segment::crew)
                        .thenComparingInt(Segment::startMinute).thenComparingLong(s -> s.appointment().id()))
                .forEach(s -> byLane.computeIfAbsent(s.day() * crews + s.crew() - 1, k -> new ArrayList<>()).add(s));
        List<Block> blocks = new ArrayList<>();
        byLane.forEach((lane, segments) -> {
            int i = 0;
            while (i < segments.size()) {
                // A cluster: segments that overlap one another, directly or through each other.
                int clusterEnd = segments.get(i).endMinute();
                int j = i + 1;
                while (j < segments.size() && segments.get(j).startMinute() < clusterEnd) {
                    clusterEnd = Math.max(clusterEnd, segments.get(j).endMinute());
                    j++;
                }
                List<Segment> cluster = segments.subList(i, j);
                List<Integer> columnEnds = new ArrayList<>();
                int[] column = new int[cluster.size()];
                for (int k = 0; k < cluster.size(); k++) {
                    int free = 0;
                    while (free < columnEnds.size() && columnEnds.get(free) > cluster.get(k).startMinute()) {
                        free++;
                    }
                    if (free == columnEnds.size()) {
                        columnEnds.add(0);
                    }
                    columnEnds.set(free, cluster.get(k).endMinute());
                    column[k] = free;
                }
                int across = columnEnds.size();
                for (int k = 0; k < cluster.size(); k++) {
                    Segment s = cluster.get(k);
                    double left = (lane + (double) column[k] / across) / total;
                    double top = fraction(s.startMinute(), start, end);
                    blocks.add(block(s, left, 1.0 / (total * across), top,
                            fraction(s.endMinute(), start, end) - top, zone, narrow));
                }
                i = j;
            }
        });
        return blocks;
    }

    private static Block block(Segment s, double left, double width, double top, double height, ZoneId zone,
                               boolean narrow) {
        Appointment a = s.appointment();
        String customer = a.customerName() == null || a.customerName().isBlank() ? PhoneFormat.pretty(a.phone())
                : a.customerName().strip();
        String window = narrow ? CalendarText.start(a.slot().arrivalFrom(), zone)
                : CalendarText.window(a.slot().arrivalFrom(), a.slot().arrivalTo(), zone);
        String value = Money.shown(a.valueCents());
        String address = a.address() == null ? "" : a.address();
        String tooltip = CalendarText.dayAndWindow(a.slot().arrivalFrom(), a.slot().arrivalTo(), zone) + "\n"
                + customer + "\n" + a.jobType() + ", " + value + "\n" + address
                + (a.booked() ? "" : "\nCancelled");
        return new Block(a.id(), s.crew(), s.day(), left, width, top, height, window, customer, a.jobType(), address,
                value, a.booked() ? CalendarGrid.STATE_BOOKED : CalendarGrid.STATE_CANCELLED, tooltip);
    }

    /** The earliest opening of the week, on the hour before it; midnight when a span runs overnight. */
    static int firstOpening(WorkingHours hours) {
        return hours.days().values().stream().flatMap(List::stream)
                .mapToInt(span -> span.overnight() ? 0 : span.opens().toSecondOfDay() / 3600 * 60)
                .min().orElse(0);
    }

    /** The latest closing of the week, on the hour after it; midnight when a span runs overnight. */
    static int lastClosing(WorkingHours hours) {
        return hours.days().values().stream().flatMap(List::stream)
                .mapToInt(span -> span.overnight() ? DAY_MINUTES : (span.closes().toSecondOfDay() + 3599) / 3600 * 60)
                .max().orElse(DAY_MINUTES);
    }

    /** When the business works on a day, in minutes after its midnight: its own spans and last night's shift. */
    private static List<int[]> openTimes(Schedule schedule, LocalDate day) {
        List<int[]> open = new ArrayList<>();
        if (!schedule.isClosed(day)) {
            for (WorkingHours.Span span : schedule.hours().spansOn(day.getDayOfWeek())) {
                open.add(new int[] {minutes(span.opens().toSecondOfDay()),
                        span.overnight() ? DAY_MINUTES : minutes(span.closes().toSecondOfDay())});
            }
        }
        LocalDate before = day.minusDays(1);
        if (!schedule.isClosed(before)) {
            for (WorkingHours.Span span : schedule.hours().spansOn(before.getDayOfWeek())) {
                if (span.overnight() && span.closes().toSecondOfDay() > 0) {
                    open.add(new int[] {0, minutes(span.closes().toSecondOfDay())});
                }
            }
        }
        open.sort(Comparator.comparingInt(o -> o[0]));
        return open;
    }

    /** The times between {@code start} and {@code end} not covered by {@code open} (sorted by start). */
    private static List<int[]> closedTimes(List<int[]> open, int start, int end) {
        List<int[]> gaps = new ArrayList<>();
        int at = start;
        for (int[] o : open) {
            if (o[0] > at) {
                gaps.add(new int[] {at, Math.min(o[0], end)});
            }
            at = Math.max(at, o[1]);
            if (at >= end) {
                break;
            }
        }
        if (at < end) {
            gaps.add(new int[] {at, end});
        }
        gaps.removeIf(g -> g[1] <= g[0]);
        return gaps;
    }

    private static int minutes(int seconds) {
        return seconds / 60;
    }

    private static double fraction(int minute, int start, int end) {
        return (double) (minute - start) / (end - start);
    }
}
