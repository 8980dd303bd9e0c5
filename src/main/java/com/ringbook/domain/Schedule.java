package com.ringbook.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the slot finder needs to know about when the business can take a job.
 *
 * @param zone          the business's time zone; hours, closed days and the grid of start times are in it
 * @param hours         the working spans of each day of the week
 * @param closedDays    dates the business does not work (holidays, days off); a closed date also closes the night
 *                      shift that would open on it
 * @param crews         how many crews can each take one job at a time, numbered from 1
 * @param buffer        the time kept free before and after every booked job (travel, clean-up)
 * @param leadTime      no job starts sooner than this after now
 * @param arrivalWindow how long the window is that the customer is told to expect the crew in, from the job's start
 * @param jobTypes      the jobs the business books; names are unique, ignoring case
 */
public record Schedule(ZoneId zone, WorkingHours hours, Set<LocalDate> closedDays, int crews, Duration buffer,
                       Duration leadTime, Duration arrivalWindow, List<JobType> jobTypes) {

    public Schedule {
        Objects.requireNonNull(zone, "A schedule needs the business's time zone");
        Objects.requireNonNull(hours, "A schedule needs working hours");
        Objects.requireNonNull(closedDays, "A schedule needs a set of closed days (it may be empty)");
        Objects.requireNonNull(buffer, "A schedule needs a buffer between jobs (it may be zero)");
        Objects.requireNonNull(leadTime, "A schedule needs a lead time (it may be zero)");
        Objects.requireNonNull(arrivalWindow, "A schedule needs an arrival window");
        Objects.requireNonNull(jobTypes, "A schedule needs a list of job types (it may be empty)");
        closedDays = Set.copyOf(closedDays);
        jobTypes = List.copyOf(jobTypes);
        if (crews < 1) {
            throw new IllegalArgumentException("A schedule needs at least one crew (got " + crews + ").");
        }
        if (buffer.isNegative()) {
            throw new IllegalArgumentException("The buffer between jobs cannot be negative (got "
                    + Durations.words(buffer) + ").");
        }
        if (leadTime.isNegative()) {
            throw new IllegalArgumentException("The lead time cannot be negative (got " + Durations.words(leadTime)
                    + ").");
        }
        if (arrivalWindow.isNegative() || arrivalWindow.isZero()) {
            throw new IllegalArgumentException("The arrival window must be longer than zero (got "
                    + Durations.words(arrivalWindow) + ").");
        }
        Set<String> names = new HashSet<>();
        for (JobType type : jobTypes) {
            if (!names.add(type.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("Two job types are called \"" + type.name() + "\".");
            }
            hours.requireFits(type.length(), type.name() + ": ");
        }
    }

    /**
     * Monday to Friday 08:00-17:00, one crew, 30 minutes between jobs, nothing sooner than an hour from now, a
     * two-hour arrival window, and a few jobs a plumbing or heating shop books.
     */
    public static Schedule defaults(ZoneId zone) {
        return new Schedule(zone, WorkingHours.defaults(), Set.of(), 1, Duration.ofMinutes(30), Duration.ofHours(1),
                Duration.ofHours(2), List.of(
                        new JobType("Diagnosis / repair", Duration.ofHours(2), 25_000),
                        new JobType("Drain cleaning", Duration.ofMinutes(90), 30_000),
                        new JobType("Maintenance visit", Duration.ofHours(1), 15_000),
                        new JobType("Water heater install", Duration.ofHours(4), 180_000)));
    }

    /** The job type with this name, ignoring case and surrounding blanks. */
    public Optional<JobType> jobType(String name) {
        String wanted = name.strip();
        return jobTypes.stream().filter(type -> type.name().equalsIgnoreCase(wanted)).findFirst();
    }

    /** Whether the business is closed on this date, whatever its weekday's hours say. */
    public boolean isClosed(LocalDate date) {
        return closedDays.contains(date);
    }

    public Schedule withHours(WorkingHours hours) {
        return new Schedule(zone, hours, closedDays, crews, buffer, leadTime, arrivalWindow, jobTypes);
    }

    public Schedule withClosedDays(Set<LocalDate> closedDays) {
        return new Schedule(zone, hours, closedDays, crews, buffer, leadTime, arrivalWindow, jobTypes);
    }

    public Schedule withCrews(int crews) {
        return new Schedule(zone, hours, closedDays, crews, buffer, leadTime, arrivalWindow, jobTypes);
    }

    public Schedule withBuffer(Duration buffer) {
        return new Schedule(zone, hours, closedDays, crews, buffer, leadTime, arrivalWindow, jobTypes);
    }

    public Schedule withLeadTime(Duration leadTime) {
        return new Schedule(zone, hours, closedDays, crews, buffer, leadTime, arrivalWindow, jobTypes);
    }

    public Schedule withArrivalWindow(Duration arrivalWindow) {
        return new Schedule(zone, hours, closedDays, crews, buffer, leadTime, arrivalWindow, jobTypes);
    }

    public Schedule withJobTypes(List<JobType> jobTypes) {
        return new Schedule(zone, hours, closedDays, crews, buffer, leadTime, arrivalWindow, jobTypes);
    }
}
