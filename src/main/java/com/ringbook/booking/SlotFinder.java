package com.ringbook.booking;

import com.ringbook.domain.JobType;
import com.ringbook.domain.Schedule;
import com.ringbook.domain.TimeSlot;
import com.ringbook.domain.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds the next free slots for a job: a pure function of the schedule, the crews' bookings, the job's length and
 * now. It reads no clock and keeps nothing between calls.
 *
 * <h2>Where a slot may lie</h2>
 * <ul>
 *   <li>Wholly inside one working span of the business's local time, from its start to the end of the job. A span
 *       that runs past midnight belongs to the day it opens on: it is worked when that day is not a closed day,
 *       whatever the next day is.</li>
 *   <li>Starting on the span's grid: its opening time and every {@link #GRID} after it, counted in local time, so a
 *       customer is offered 9:00 or 9:30 and never 9:07. A grid time the clocks skip (spring forward) is no start;
 *       one they repeat (fall back) is the first of the two. A span opening or closing at a skipped time opens or
 *       closes when the clocks jump.</li>
 *   <li>The job lasts its length in real elapsed time, so a three-hour night job across a clock change ends three
 *       real hours later, whatever the wall clock then says.</li>
 *   <li>Not sooner than now plus the schedule's lead time.</li>
 *   <li>Clear of every booking of its crew by at least the schedule's buffer, before and after. The first crew that is
 *       free at that time takes it, lowest number first. Bookings of crews the schedule no longer has are
 *       ignored.</li>
 * </ul>
 *
 * <h2>Which slots are offered: the spread rule</h2>
 * The first slot is the earliest free one. Each later slot is the earliest free one on the next day with room,
 * the day being the one its span opens on, so two slots are on two different days whenever two days have room.
 * Only when fewer days have room than slots were asked for do slots share a day; then each further slot is the
 * earliest free one, on any of those days, that starts at least one arrival window away from every slot already
 * chosen. The slots are returned earliest first.
 *
 * <p>Days count as having room only within a window: the next {@link #HORIZON} from now when the first slot lies
 * inside them, and otherwise the {@link #HORIZON} from the first slot. Nothing free in the next four weeks is
 * reported as {@link SlotSearch#beyondHorizon()}, with the first openings after; nothing free within
 * {@link #SEARCH_LIMIT} is an empty search.
 */
public final class SlotFinder {

    /** The step between the start times offered, counted from each span's opening. */
    public static final Duration GRID = Duration.ofMinutes(30);

    /** How far ahead the slots offered normally lie: "nothing free in the next four weeks" beyond it. */
    public static final Period HORIZON = Period.ofWeeks(4);

    /** How far ahead a search looks at most. */
    public static final Period SEARCH_LIMIT = Period.ofWeeks(52);

    private SlotFinder() {
    }

    /** The next free slots for a job of this type; see {@link #find(Schedule, List, Duration, Instant, int)}. */
    public static SlotSearch find(Schedule schedule, List<Booked> booked, JobType job, Instant now, int count) {
        Objects.requireNonNull(job, "Say which job the slots are for");
        return find(schedule, booked, job.length(), now, count);
    }

    /**
     * The first {@code count} free slots for a job of {@code jobLength}, spread as the class description says.
     *
     * @throws IllegalArgumentException when {@code count} is below one, or the job takes no time or is longer than
     *                                  every working span
     */
    public static SlotSearch find(Schedule schedule, List<Booked> booked, Duration jobLength, Instant now,
                                  int count) {
        Objects.requireNonNull(schedule, "A slot search needs the schedule");
        Objects.requireNonNull(booked, "A slot search needs the bookings (the list may be empty)");
        Objects.requireNonNull(now, "A slot search needs the time it is now");
        if (count < 1) {
            throw new IllegalArgumentException("Ask for at least one slot (got " + count + ").");
        }
        schedule.hours().requireFits(jobLength, "");

        ZoneId zone = schedule.zone();
        Instant horizon = now.atZone(zone).plus(HORIZON).toInstant();
        Instant limit = now.atZone(zone).plus(SEARCH_LIMIT).toInstant();
        Instant earliest = now.plus(schedule.leadTime());
        Crews crews = new Crews(schedule, booked);

        List<TimeSlot> chosen = new ArrayList<>(count);
        List<TimeSlot> onDaysWithRoom = new ArrayList<>();
        Instant windowEnd = limit;
        boolean beyondHorizon = true; // until a slot before the horizon is found
        // A night shift that opened yesterday may still have room.
        LocalDate day = earliest.atZone(zone).toLocalDate().minusDays(1);
        while (chosen.size() < count && day.atStartOfDay(zone).toInstant().isBefore(windowEnd)) {
            List<TimeSlot> free = freeOn(day, schedule, crews, jobLength, earliest, windowEnd);
            if (!free.isEmpty()) {
                if (chosen.isEmpty()) {
                    Instant first = free.get(0).start();
                    beyondHorizon = !first.isBefore(horizon);
                    windowEnd = beyondHorizon ? first.atZone(zone).plus(HORIZON).toInstant() : horizon;
                    Instant end = windowEnd;
                    free = free.stream().filter(slot -> slot.start().isBefore(end)).toList();
                }
                chosen.add(free.get(0));
                onDaysWithRoom.addAll(free);
            }
            day = day.plusDays(1);
        }
        // Fewer days with room than slots asked for: share days, an arrival window apart.
        for (int i = 0; i < onDaysWithRoom.size() && chosen.size() < count; i++) {
            TimeSlot candidate = onDaysWithRoom.get(i);
            if (chosen.stream().allMatch(slot -> apart(slot, candidate, schedule.arrivalWindow()))) {
                chosen.add(candidate);
            }
        }
        chosen.sort(Comparator.comparing(TimeSlot::start));
        return new SlotSearch(chosen, horizon, beyondHorizon);
    }

    /** The free slots in the spans that open on {@code day}, earliest first, each at its first free crew. */
    private static List<TimeSlot> freeOn(LocalDate day, Schedule schedule, Crews crews, Duration jobLength,
                                     Instant earliest, Instant windowEnd) {
        if (schedule.isClosed(day)) {
            return List.of();
        }
        ZoneRules rules = schedule.zone().getRules();
        List<TimeSlot> free = new ArrayList<>();
        for (WorkingHours.Span span : schedule.hours().spansOn(day.getDayOfWeek())) {
            LocalDateTime opens = day.atTime(span.opens());
            LocalDateTime closes = (span.overnight() ? day.plusDays(1) : day).atTime(span.closes());
            Instant closesAt = instant(closes, rules);
            for (LocalDateTime time = opens; time.isBefore(closes); time = time.plus(GRID)) {
                List<ZoneOffset> offsets = rules.getValidOffsets(time);
                if (offsets.isEmpty()) {
                    continue; // the clocks skip this time
                }
                Instant start = time.toInstant(offsets.get(0));
                if (start.isBefore(earliest)) {
                    continue;
                }
                if (!start.isBefore(windowEnd)) {
                    return free; // later spans open later still
                }
                Instant end = start.plus(jobLength);
                if (end.isAfter(closesAt)) {
                    break;
                }
                int crew = crews.firstFree(start, end);
                if (crew > 0) {
                    Instant arrivalTo = start.plus(schedule.arrivalWindow());
                    free.add(new TimeSlot(crew, start, end, start, arrivalTo.isAfter(closesAt) ? closesAt : arrivalTo));
                }
            }
        }
        return free;
    }

    /** The instant a local time first happens; for a time the clocks skip, the moment they jump. */
    private static Instant instant(LocalDateTime time, ZoneRules rules) {
        List<ZoneOffset> offsets = rules.getValidOffsets(time);
        return offsets.isEmpty() ? rules.getTransition(time).getInstant() : time.toInstant(offsets.get(0));
    }

    private static boolean apart(TimeSlot a, TimeSlot b, Duration arrivalWindow) {
        return Duration.between(a.start(), b.start()).abs().compareTo(arrivalWindow) >= 0;
    }

    /** Each crew's bookings, sorted once per search, answering "is this crew free then?" in logarithmic time. */
    private static final class Crews {

        private final Duration buffer;
        /** Per crew (index 0 is crew 1): booking starts, ascending. */
        private final Instant[][] starts;
        /** Per crew: the latest end among the bookings up to and including that index. */
        private final Instant[][] latestEnds;

        Crews(Schedule schedule, List<Booked> booked) {
            this.buffer = schedule.buffer();
            int count = schedule.crews();
            List<List<Booked>> byCrew = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                byCrew.add(new ArrayList<>());
            }
            for (Booked b : booked) {
                Objects.requireNonNull(b, "A booking in the list is null");
                if (b.crew() <= count) {
                    byCrew.get(b.crew() - 1).add(b);
                }
            }
            starts = new Instant[count][];
            latestEnds = new Instant[count][];
            for (int i = 0; i < count; i++) {
                List<Booked> list = byCrew.get(i);
                list.sort(Comparator.comparing(Booked::start));
                starts[i] = new Instant[list.size()];
                latestEnds[i] = new Instant[list.size()];
                Instant latest = Instant.MIN;
                for (int j = 0; j < list.size(); j++) {
                    starts[i][j] = list.get(j).start();
                    latest = list.get(j).end().isAfter(latest) ? list.get(j).end() : latest;
                    latestEnds[i][j] = latest;
                }
            }
        }

        /** The lowest-numbered crew free from {@code start} to {@code end} with the buffer kept; 0 when none is. */
        int firstFree(Instant start, Instant end) {
            for (int i = 0; i < starts.length; i++) {
                if (isFree(i, start, end)) {
                    return i + 1;
                }
            }
            return 0;
        }

        private boolean isFree(int crew, Instant start, Instant end) {
            // The bookings that start before the job's end plus the buffer are those before this index.
            int before = firstNotBefore(starts[crew], end.plus(buffer));
            // Of those, one clashes when it ends later than the buffer before the job's start.
            return before == 0 || !latestEnds[crew][before - 1].isAfter(start.minus(buffer));
        }

        /** The index of the first instant that is not before {@code key}; the length when there is none. */
        private static int firstNotBefore(Instant[] sorted, Instant key) {
            int low = 0;
            int high = sorted.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (sorted[mid].isBefore(key)) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }
    }
}
