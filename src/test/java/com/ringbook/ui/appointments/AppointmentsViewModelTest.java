package com.ringbook.ui.appointments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.Schedule;
import com.ringbook.domain.TimeSlot;
import com.ringbook.domain.WorkingHours;
import com.ringbook.engine.api.EngineEvent;
import com.ringbook.ui.appointments.CalendarGrid.Block;
import com.ringbook.ui.appointments.CalendarGrid.Column;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.FakeChangeEvents;
import com.ringbook.ui.common.SameThreadUi;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Appointments screen's rules without a toolkit: ranges, titles, where blocks go, cancelling, exporting. */
class AppointmentsViewModelTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Tuesday 2026-11-24, 3 PM in New York. */
    private static final Instant TUESDAY = Instant.parse("2026-11-24T20:00:00Z");
    private static final double TEN_AM_IN_8_TO_5 = (10 - 8) / 9.0;

    private final FakeChangeEvents feed = new FakeChangeEvents();
    private final FakeBookingService booking = new FakeBookingService(feed, NEW_YORK);
    private final List<Long> opened = new ArrayList<>();
    private Schedule schedule = Schedule.defaults(NEW_YORK);

    private AppointmentsViewModel model(Instant now) {
        SameThreadUi ui = new SameThreadUi();
        EngineEvents events = new EngineEvents(feed, Duration.ZERO, ui);
        return new AppointmentsViewModel(booking, () -> schedule, events, ui, Clock.fixed(now, ZoneOffset.UTC),
                opened::add);
    }

    private AppointmentsViewModel shown(Instant now) {
        AppointmentsViewModel model = model(now);
        model.shown();
        return model;
    }

    /** A job for crew {@code crew} starting at {@code local} (New York wall time), two-hour arrival window. */
    private static Appointment job(long id, int crew, String local, int minutes, String customer) {
        Instant start = LocalDateTime.parse(local).atZone(NEW_YORK).toInstant();
        TimeSlot slot = new TimeSlot(crew, start, start.plus(Duration.ofMinutes(minutes)), start,
                start.plus(Duration.ofHours(2)));
        return new Appointment(id, 100 + id, slot, customer, "+1206555" + (1000 + id), id + " Harbor St",
                "Drain cleaning", 35_000, Instant.parse("2026-11-20T15:12:00Z"), Appointment.Status.BOOKED, null, null);
    }

    private static Appointment cancelled(Appointment a) {
        return new Appointment(a.id(), a.threadId(), a.slot(), a.customerName(), a.phone(), a.address(), a.jobType(),
                a.valueCents(), a.bookedAt(), Appointment.Status.CANCELLED, Instant.parse("2026-11-21T14:00:00Z"),
                "Fixed it themselves");
    }

    private static List<Block> blocks(AppointmentsViewModel model) {
        return model.gridProperty().get().blocks();
    }

    private static Block only(AppointmentsViewModel model, long id) {
        return blocks(model).stream().filter(b -> b.appointmentId() == id).findFirst().orElseThrow();
    }

    private static Schedule everyDay(Schedule s, String opens, String closes) {
        return s.withHours(WorkingHours.every(EnumSet.allOf(DayOfWeek.class), LocalTime.parse(opens), LocalTime.parse(closes)));
    }

    // ---- ranges, titles, navigation ----

    @Test
    void opensOnThisWeekMondayFirstAndReadsFromTheDayBeforeForJobsRunningPastMidnight() {
        AppointmentsViewModel model = shown(TUESDAY);
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 23 - 29, 2026");
        assertThat(model.gridProperty().get().columns()).extracting(Column::title)
                .containsExactly("Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29");
        assertThat(model.gridProperty().get().columns()).extracting(Column::today)
                .containsExactly(false, true, false, false, false, false, false);
        assertThat(model.gridProperty().get().columns()).extracting(Column::closed)
                .containsExactly(false, false, false, false, false, true, true);
        assertThat(booking.reads()).containsExactly("2026-11-22..2026-11-29");
    }

    @Test
    void titlesReadRightAcrossAMonthAndAYearEnd() {
        AppointmentsViewModel model = shown(TUESDAY);
        model.next();
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 30 - Dec 6, 2026");
        assertThat(booking.reads()).last().isEqualTo("2026-11-29..2026-12-06");

        AppointmentsViewModel december = shown(Instant.parse("2026-12-30T15:00:00Z"));
        assertThat(december.titleProperty().get()).isEqualTo("Week of Dec 28, 2026 - Jan 3, 2027");
        december.next();
        assertThat(december.titleProperty().get()).isEqualTo("Week of Jan 4 - 10, 2027");

        // The week moved a week from today (a Wednesday): the day shown is that week's Wednesday.
        december.modeProperty().set(CalendarRange.Mode.DAY);
        assertThat(december.titleProperty().get()).isEqualTo("Wednesday, Jan 6, 2027");
        for (int i = 0; i < 3; i++) {
            december.previous();
        }
        assertThat(december.titleProperty().get()).isEqualTo("Sunday, Jan 3, 2027");
        for (int i = 0; i < 3; i++) {
            december.previous();
        }
        assertThat(december.titleProperty().get()).isEqualTo("Thursday, Dec 31, 2026");
        assertThat(booking.reads()).last().isEqualTo("2026-12-30..2026-12-31");
    }

    @Test
    void todayPreviousNextAndTheDayWeekSwitchMoveTheRange() {
        AppointmentsViewModel model = shown(TUESDAY);
        model.modeProperty().set(CalendarRange.Mode.DAY);
        assertThat(model.titleProperty().get()).isEqualTo("Tuesday, Nov 24, 2026");
        assertThat(model.gridProperty().get().columns()).extracting(Column::title).containsExactly("Crew 1");
        model.next();
        model.next();
        assertThat(model.titleProperty().get()).isEqualTo("Thursday, Nov 26, 2026");
        model.modeProperty().set(CalendarRange.Mode.WEEK);
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 23 - 29, 2026");
        model.previous();
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 16 - 22, 2026");
        model.today();
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 23 - 29, 2026");
        assertThat(model.rangeProperty().get().anchor()).hasToString("2026-11-24");
    }

    @Test
    void aReadForARangeLeftMeanwhileIsDroppedAndTheShownRangeReadInstead() {
        booking.add(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz"), job(2, 1, "2026-12-01T10:00", 90, "Sam Ortiz"));
        booking.holdReads();
        AppointmentsViewModel model = shown(TUESDAY);
        model.next();
        booking.releaseReads();
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 30 - Dec 6, 2026");
        assertThat(blocks(model)).extracting(Block::customer).containsExactly("Sam Ortiz");
        assertThat(booking.reads()).containsExactly("2026-11-22..2026-11-29", "2026-11-29..2026-12-06");
    }

    // ---- where the blocks go ----

    @Test
    void aBlockSitsOnItsDayAtItsLocalTimeAndShowsTheArrivalWindow() {
        booking.add(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz"));
        AppointmentsViewModel model = shown(TUESDAY);
        CalendarGrid grid = model.gridProperty().get();
        assertThat(grid.startMinute()).isEqualTo(8 * 60);
        assertThat(grid.endMinute()).isEqualTo(17 * 60);
        assertThat(grid.hours()).extracting(CalendarGrid.HourMark::label)
                .containsExactly("8 AM", "9 AM", "10 AM", "11 AM", "12 PM", "1 PM", "2 PM", "3 PM", "4 PM");
        Block b = only(model, 1);
        assertThat(b.day()).isEqualTo(1);
        assertThat(b.left()).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(b.width()).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(b.top()).isCloseTo(TEN_AM_IN_8_TO_5, within(1e-9));
        assertThat(b.height()).isCloseTo(1.5 / 9, within(1e-9));
        assertThat(b.time()).isEqualTo("10 AM-12 PM");
        assertThat(b.customer()).isEqualTo("Dana Ruiz");
        assertThat(b.jobType()).isEqualTo("Drain cleaning");
        assertThat(b.address()).isEqualTo("1 Harbor St");
        assertThat(b.value()).isEqualTo("$350");
        assertThat(b.state()).isEqualTo("booked");
        assertThat(model.summaryProperty().get()).isEqualTo("1 booked, $350");
        assertThat(model.emptyTextProperty().get()).isEmpty();
    }

    @Test
    void inTheWeekTheClocksGoBackEveryJobSitsOnItsWallClockHour() {
        schedule = everyDay(schedule, "08:00", "17:00");
        // Week of Oct 26 - Nov 1, 2026: New York leaves daylight time early on Sunday Nov 1.
        booking.add(job(1, 1, "2026-10-27T10:00", 60, "Before"), job(2, 1, "2026-11-01T10:00", 60, "On the day"));
        AppointmentsViewModel model = shown(Instant.parse("2026-10-28T15:00:00Z"));
        assertThat(model.titleProperty().get()).isEqualTo("Week of Oct 26 - Nov 1, 2026");
        assertThat(only(model, 1).top()).isCloseTo(TEN_AM_IN_8_TO_5, within(1e-9));
        assertThat(only(model, 2).top()).isCloseTo(TEN_AM_IN_8_TO_5, within(1e-9));
        assertThat(only(model, 2).height()).isCloseTo(1 / 9.0, within(1e-9));
        assertThat(only(model, 2).day()).isEqualTo(6);
        assertThat(only(model, 2).time()).isEqualTo("10 AM-12 PM");
    }

    @Test
    void inTheWeekTheClocksGoForwardEveryJobSitsOnItsWallClockHour() {
        schedule = everyDay(schedule, "08:00", "17:00");
        // Week of Mar 2 - 8, 2026: New York starts daylight time early on Sunday Mar 8.
        booking.add(job(1, 1, "2026-03-02T10:00", 60, "Before"), job(2, 1, "2026-03-08T10:00", 60, "On the day"),
                job(3, 1, "2026-03-08T15:30", 90, "Afternoon"));
        AppointmentsViewModel model = shown(Instant.parse("2026-03-04T15:00:00Z"));
        assertThat(model.titleProperty().get()).isEqualTo("Week of Mar 2 - 8, 2026");
        assertThat(only(model, 1).top()).isCloseTo(TEN_AM_IN_8_TO_5, within(1e-9));
        assertThat(only(model, 2).top()).isCloseTo(TEN_AM_IN_8_TO_5, within(1e-9));
        assertThat(only(model, 3).top()).isCloseTo(7.5 / 9, within(1e-9));
        assertThat(only(model, 3).height()).isCloseTo(1.5 / 9, within(1e-9));
        assertThat(only(model, 3).time()).isEqualTo("3:30-5:30 PM");
    }

    @Test
    void aJobOutsideTheWorkingHoursShowsTheWholeDayOpenedAtItsHour() {
        schedule = everyDay(schedule, "08:00", "17:00");
        // 1:30 AM on the night the clocks go back, an hour of crew time: on the wall it "ends" at 1:30 again.
        Instant start = Instant.parse("2026-11-01T05:30:00Z");
        TimeSlot slot = new TimeSlot(1, start, start.plus(Duration.ofHours(1)), start, start.plus(Duration.ofHours(2)));
        Appointment a = job(1, 1, "2026-10-30T10:00", 60, "Night call");
        booking.add(new Appointment(1, 101, slot, "Night call", a.phone(), a.address(), a.jobType(), a.valueCents(),
                a.bookedAt(), Appointment.Status.BOOKED, null, null));
        AppointmentsViewModel model = shown(Instant.parse("2026-10-28T15:00:00Z"));
        CalendarGrid grid = model.gridProperty().get();
        assertThat(grid.startMinute()).isZero();
        assertThat(grid.endMinute()).isEqualTo(24 * 60);
        assertThat(grid.hours()).hasSize(24);
        assertThat(grid.scrollTo()).isCloseTo(1 / 24.0, within(1e-9));
        Block b = only(model, 1);
        assertThat(b.top()).isCloseTo(1.5 / 24, within(1e-9));
        assertThat(b.height()).isCloseTo(CalendarLayout.MIN_BLOCK_MINUTES / (24 * 60.0), within(1e-9));
        assertThat(b.time()).isEqualTo("1:30-2:30 AM");
    }

    @Test
    void aNightJobIsDrawnOnBothDaysItTouches() {
        schedule = schedule.withHours(WorkingHours.every(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0),
                LocalTime.of(6, 0)));
        booking.add(job(1, 1, "2026-11-22T23:00", 120, "Sunday night"), job(2, 1, "2026-11-24T23:00", 120, "Tuesday night"));
        AppointmentsViewModel model = shown(TUESDAY);
        assertThat(model.gridProperty().get().startMinute()).isZero();
        assertThat(blocks(model)).extracting(Block::appointmentId, Block::day).containsExactly(
                tuple(1L, 0), tuple(2L, 1),
                tuple(2L, 2));
        Block lateSunday = blocks(model).get(0);
        assertThat(lateSunday.top()).isZero();
        assertThat(lateSunday.height()).isCloseTo(1 / 24.0, within(1e-9));
        assertThat(model.summaryProperty().get()).isEqualTo("2 booked, $700");
        // Closed times: Monday is open to 6 AM (Sunday's shift) and from 10 PM.
        assertThat(model.gridProperty().get().shades()).filteredOn(s -> s.left() == 0)
                .extracting(CalendarGrid.Shade::top, CalendarGrid.Shade::height)
                .containsExactly(tuple(0.25, 16 / 24.0));
    }

    @Test
    void aNightShiftShowsTheWholeDayOpenedAtTheFirstOpening() {
        schedule = schedule.withHours(WorkingHours.defaults().with(DayOfWeek.SATURDAY, LocalTime.of(20, 0),
                LocalTime.of(2, 0)));
        AppointmentsViewModel model = shown(TUESDAY);
        CalendarGrid grid = model.gridProperty().get();
        assertThat(grid.startMinute()).isZero();
        assertThat(grid.endMinute()).isEqualTo(24 * 60);
        assertThat(grid.scrollTo()).isCloseTo(8 / 24.0, within(1e-9));
        // Saturday is open from 8 PM, Sunday until 2 AM.
        assertThat(grid.shades()).filteredOn(s -> s.left() > 0.7)
                .extracting(CalendarGrid.Shade::top, CalendarGrid.Shade::height).containsExactly(
                        tuple(0.0, 20 / 24.0), tuple(2 / 24.0, 22 / 24.0));
        assertThat(grid.columns()).extracting(Column::closed).containsOnly(false);

        booking.add(job(1, 1, "2026-11-25T06:30", 60, "Early"));
        model.reload();
        assertThat(model.gridProperty().get().scrollTo()).isCloseTo(6 / 24.0, within(1e-9));
    }

    @Test
    void withTwoCrewsAWeekSplitsEachDayIntoLanesAndADayShowsAColumnPerCrew() {
        schedule = schedule.withCrews(2);
        booking.add(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz"), job(2, 2, "2026-11-24T10:00", 90, "Sam Ortiz"));
        AppointmentsViewModel model = shown(TUESDAY);
        CalendarGrid week = model.gridProperty().get();
        assertThat(week.lanes()).hasSize(14);
        assertThat(week.lanes()).extracting(Column::title).startsWith("Crew 1", "Crew 2", "Crew 1");
        assertThat(only(model, 1).left()).isCloseTo(2 / 14.0, within(1e-9));
        assertThat(only(model, 2).left()).isCloseTo(3 / 14.0, within(1e-9));
        assertThat(only(model, 2).width()).isCloseTo(1 / 14.0, within(1e-9));
        assertThat(only(model, 2).time()).as("a lane has room for when the window starts").isEqualTo("10 AM");

        model.modeProperty().set(CalendarRange.Mode.DAY);
        CalendarGrid day = model.gridProperty().get();
        assertThat(day.lanes()).isEmpty();
        assertThat(day.columns()).extracting(Column::title).containsExactly("Crew 1", "Crew 2");
        assertThat(only(model, 1).left()).isZero();
        assertThat(only(model, 2).left()).isCloseTo(0.5, within(1e-9));
        assertThat(only(model, 2).width()).isCloseTo(0.5, within(1e-9));
        assertThat(only(model, 2).top()).isCloseTo(TEN_AM_IN_8_TO_5, within(1e-9));
        assertThat(only(model, 2).time()).isEqualTo("10 AM-12 PM");
    }

    @Test
    void aCrewNoLongerInTheSettingsKeepsALaneForItsJobs() {
        booking.add(job(1, 3, "2026-11-24T10:00", 90, "Dana Ruiz"));
        AppointmentsViewModel model = shown(TUESDAY);
        model.modeProperty().set(CalendarRange.Mode.DAY);
        assertThat(model.gridProperty().get().columns()).extracting(Column::title)
                .containsExactly("Crew 1", "Crew 2", "Crew 3");
        assertThat(only(model, 1).left()).isCloseTo(2 / 3.0, within(1e-9));
    }

    // ---- cancelled jobs and the empty state ----

    @Test
    void cancelledJobsAreHiddenUntilAskedForThenGreyAndBesideTheJobThatTookTheirTime() {
        booking.add(cancelled(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz")), job(2, 1, "2026-11-24T10:30", 90, "Sam Ortiz"));
        AppointmentsViewModel model = shown(TUESDAY);
        assertThat(blocks(model)).extracting(Block::customer).containsExactly("Sam Ortiz");
        assertThat(only(model, 2).width()).isCloseTo(1 / 7.0, within(1e-9));
        assertThat(model.summaryProperty().get()).isEqualTo("1 booked, $350; 1 cancelled job hidden");

        model.showCancelledProperty().set(true);
        assertThat(blocks(model)).extracting(Block::customer, Block::state).containsExactly(
                tuple("Dana Ruiz", "cancelled"),
                tuple("Sam Ortiz", "booked"));
        assertThat(only(model, 1).width()).isCloseTo(1 / 14.0, within(1e-9));
        assertThat(only(model, 2).left()).isCloseTo(1 / 7.0 + 1 / 14.0, within(1e-9));
        assertThat(model.summaryProperty().get()).isEqualTo("1 booked, $350");
        assertThat(booking.reads()).hasSize(1);
    }

    @Test
    void anEmptyRangeSaysSoPlainly() {
        AppointmentsViewModel model = model(TUESDAY);
        assertThat(model.emptyTextProperty().get()).as("nothing said before the first read").isEmpty();
        model.shown();
        assertThat(model.emptyTextProperty().get()).isEqualTo("Nothing booked this week");
        assertThat(model.summaryProperty().get()).isEmpty();
        model.modeProperty().set(CalendarRange.Mode.DAY);
        assertThat(model.emptyTextProperty().get()).isEqualTo("Nothing booked on Tuesday, Nov 24");

        booking.add(cancelled(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz")));
        model.reload();
        assertThat(model.emptyTextProperty().get()).isEqualTo("Nothing booked on Tuesday, Nov 24 (1 cancelled job hidden)");
        model.showCancelledProperty().set(true);
        assertThat(model.emptyTextProperty().get()).isEmpty();
    }

    // ---- staying current ----

    @Test
    void aBookingOrCancelElsewhereOrASettingsChangeReadsTheRangeAgain() {
        AppointmentsViewModel model = model(TUESDAY);
        feed.threadChanged(7);
        assertThat(booking.reads()).as("nothing read before the screen is first shown").isEmpty();
        model.shown();
        assertThat(blocks(model)).isEmpty();

        booking.add(job(1, 1, "2026-11-25T09:00", 90, "Dana Ruiz"));
        feed.threadChanged(101);
        assertThat(blocks(model)).extracting(Block::customer).containsExactly("Dana Ruiz");

        schedule = schedule.withCrews(3);
        feed.publish(new EngineEvent.SettingsChanged());
        assertThat(booking.reads()).hasSize(3);
        assertThat(model.gridProperty().get().lanes()).hasSize(21);
    }

    // ---- the selected job ----

    @Test
    void selectingAJobShowsItsDetailsAndOpensItsConversation() {
        booking.add(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz"));
        AppointmentsViewModel model = shown(TUESDAY);
        model.select(1);
        AppointmentDetails d = model.selectedProperty().get();
        assertThat(d.customer()).isEqualTo("Dana Ruiz");
        assertThat(d.phone()).isEqualTo("+1 206-555-1001");
        assertThat(d.address()).isEqualTo("1 Harbor St");
        assertThat(d.jobType()).isEqualTo("Drain cleaning");
        assertThat(d.value()).isEqualTo("$350");
        assertThat(d.when()).isEqualTo("Tue Nov 24, 10 AM-12 PM");
        assertThat(d.crewTime()).isEqualTo("10-11:30 AM, crew 1");
        assertThat(d.bookedAt()).isEqualTo("Fri Nov 20, 10:12 AM");
        assertThat(d.status()).isEqualTo("Booked");
        assertThat(d.cancellable()).isTrue();

        model.openConversation();
        assertThat(opened).containsExactly(101L);

        model.next();
        assertThat(model.selectedProperty().get()).as("a job no longer on screen is let go").isNull();
        assertThat(model.selectedIdProperty().get()).isEqualTo(-1);
    }

    @Test
    void cancellingAsksForAReasonTellsTheCustomerByDefaultAndRereadsTheRange() {
        booking.add(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz"), job(2, 1, "2026-11-25T10:00", 90, "Sam Ortiz"));
        AppointmentsViewModel model = shown(TUESDAY);
        model.select(1);
        model.confirmCancel();
        assertThat(booking.cancels()).as("nothing happens before the form is open").isEmpty();

        model.beginCancel();
        assertThat(model.cancelOpenProperty().get()).isTrue();
        assertThat(model.tellCustomerProperty().get()).isTrue();
        model.cancelReasonProperty().set("  Fixed it themselves ");
        model.confirmCancel();

        assertThat(booking.cancels()).containsExactly("1: Fixed it themselves (told)");
        assertThat(model.cancelOpenProperty().get()).isFalse();
        assertThat(model.noticeProperty().get()).isEqualTo("Cancelled Dana Ruiz's job for Tue Nov 24, 10 AM-12 PM; they were told by text.");
        assertThat(blocks(model)).extracting(Block::customer).containsExactly("Sam Ortiz");
        assertThat(model.selectedProperty().get().status()).isEqualTo("Cancelled Tue Nov 24, 3:00 PM: Fixed it themselves");
        assertThat(model.selectedProperty().get().cancellable()).isFalse();
        model.beginCancel();
        assertThat(model.cancelOpenProperty().get()).as("a cancelled job cannot be cancelled again").isFalse();

        model.select(2);
        model.beginCancel();
        model.tellCustomerProperty().set(false);
        model.confirmCancel();
        assertThat(booking.cancels()).last().isEqualTo("2:  (not told)");
        assertThat(model.noticeProperty().get()).endsWith("; they were not told.");
        assertThat(model.emptyTextProperty().get()).isEqualTo("Nothing booked this week (2 cancelled jobs hidden)");
    }

    @Test
    void aRefusedCancelKeepsTheFormOpenAndSaysWhy() {
        booking.add(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz"));
        booking.refuseCancels("That appointment was already cancelled.");
        AppointmentsViewModel model = shown(TUESDAY);
        model.select(1);
        model.beginCancel();
        model.cancelReasonProperty().set("Moved away");
        model.confirmCancel();
        assertThat(model.cancelOpenProperty().get()).isTrue();
        assertThat(model.cancelErrorProperty().get()).isEqualTo("That appointment was already cancelled.");
        assertThat(model.busyProperty().get()).isFalse();
        model.keepJob();
        assertThat(model.cancelOpenProperty().get()).isFalse();
        assertThat(model.cancelErrorProperty().get()).isEmpty();
    }

    // ---- exports ----

    @Test
    void exportsTheShownRangeOrEverythingUpcomingAndSaysWhatHappened() {
        booking.add(job(1, 1, "2026-11-24T10:00", 90, "Dana Ruiz"));
        AppointmentsViewModel model = shown(TUESDAY);
        assertThat(model.visibleExportName()).isEqualTo("appointments-2026-11-23-2026-11-29.ics");
        assertThat(model.upcomingExportName()).isEqualTo("appointments-2026-11-24-2027-11-24.ics");

        model.exportVisible(Path.of("week.ics"));
        assertThat(booking.exports()).containsExactly("2026-11-23..2026-11-29 -> week.ics");
        assertThat(model.noticeProperty().get()).isEqualTo("1 booked appointments written to week.ics.");
        assertThat(model.noticeIsProblemProperty().get()).isFalse();

        model.modeProperty().set(CalendarRange.Mode.DAY);
        assertThat(model.visibleExportName()).isEqualTo("appointments-2026-11-24-2026-11-24.ics");
        booking.refuseExports("Could not write all.ics: the folder does not exist.");
        model.exportUpcoming(Path.of("all.ics"));
        assertThat(booking.exports()).last().isEqualTo("2026-11-24..2027-11-24 -> all.ics");
        assertThat(model.noticeProperty().get()).isEqualTo("Could not write all.ics: the folder does not exist.");
        assertThat(model.noticeIsProblemProperty().get()).isTrue();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void settingsZoneDecidesTodayAndTheWeek() {
        // Monday 00:30 UTC is still Sunday evening in New York.
        AppointmentsViewModel model = shown(Instant.parse("2026-11-30T00:30:00Z"));
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 23 - 29, 2026");
        schedule = Schedule.defaults(ZoneId.of("Europe/Berlin"));
        model.today();
        assertThat(model.titleProperty().get()).isEqualTo("Week of Nov 30 - Dec 6, 2026");
    }
}
