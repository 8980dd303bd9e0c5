package com.ringbook.ui.appointments;

import com.ringbook.booking.api.BookingService;
import com.ringbook.domain.Appointment;
import com.ringbook.domain.Money;
import com.ringbook.domain.Schedule;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Appointments screen: the crews' booked jobs for a day or a week, laid out as blocks (by
 * {@link CalendarLayout}), kept current from engine events and settings; the selected job's details,
 * cancelling it, opening its conversation, and exporting the range or everything upcoming as a calendar file.
 */
public final class AppointmentsViewModel {
    private final BookingService booking;
    private final Supplier<Schedule> schedule;
    private final UiExecutor ui;
    private final Clock clock;
    private final LongConsumer openConversation;

    private final ObjectProperty<CalendarRange.Mode> mode = new SimpleObjectProperty<>(CalendarRange.Mode.WEEK);
    private final BooleanProperty showCancelled = new SimpleBooleanProperty(false);
    private final StringProperty cancelReason = new SimpleStringProperty("");
    private final BooleanProperty tellCustomer = new SimpleBooleanProperty(true);

    private final ReadOnlyObjectWrapper<CalendarRange> range = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<CalendarGrid> grid = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noticeIsProblem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyLongWrapper selectedId = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyObjectWrapper<AppointmentDetails> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper cancelOpen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper cancelError = new ReadOnlyStringWrapper("");

    private List<Appointment> loaded = List.of();
    private CalendarRange loadedRange;
    private boolean started;
    private boolean reloadAgain;

    /**
     * @param schedule         the schedule this run books into (crews, hours, zone), read again on every change
     * @param clock            what "today" is, in the schedule's zone
     * @param openConversation shows a thread's conversation (the Inbox with it selected)
     */
    public AppointmentsViewModel(BookingService booking, Supplier<Schedule> schedule, EngineEvents events, UiExecutor ui,
                                 Clock clock, LongConsumer openConversation) {
        this.booking = Objects.requireNonNull(booking);
        this.schedule = Objects.requireNonNull(schedule);
        this.ui = Objects.requireNonNull(ui);
        this.clock = Objects.requireNonNull(clock);
        this.openConversation = Objects.requireNonNull(openConversation);
        range.set(new CalendarRange(mode.get(), businessToday()));
        title.set(range.get().title());
        relayout();
        mode.addListener((obs, was, now) -> moveTo(range.get().as(now)));
        showCancelled.addListener((obs, was, now) -> relayout());
        events.onThreadsChanged(ids -> reloadIfStarted());
        events.onSettingsChanged(this::reloadIfStarted);
        events.onEverythingChanged(this::reloadIfStarted);
    }

    // ---- inputs ----

    /** Day or week; the view's switch writes it. */
    public ObjectProperty<CalendarRange.Mode> modeProperty() {
        return mode;
    }

    public BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    /** Why the selected job is cancelled, as typed; kept with it. */
    public StringProperty cancelReasonProperty() {
        return cancelReason;
    }

    /** Whether the customer gets a text saying the job is cancelled; on unless staff turn it off. */
    public BooleanProperty tellCustomerProperty() {
        return tellCustomer;
    }

    // ---- outputs ----

    public ReadOnlyObjectProperty<CalendarRange> rangeProperty() {
        return range.getReadOnlyProperty();
    }

    /** "Week of Nov 23 - 29, 2026", "Tuesday, Nov 24, 2026". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Everything the calendar draws, positioned. */
    public ReadOnlyObjectProperty<CalendarGrid> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    /** "Nothing booked this week" when the range shows nothing; empty otherwise (and before the first load). */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** "3 booked, $1,050": the range's booked jobs and what they are worth. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the appointments could not be read; empty when they were. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** What the last export or cancellation did, or why it could not. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty noticeIsProblemProperty() {
        return noticeIsProblem.getReadOnlyProperty();
    }

    /** The appointment picked; -1 for none. */
    public ReadOnlyLongProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    /** The picked appointment's details; null for none. */
    public ReadOnlyObjectProperty<AppointmentDetails> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while the cancel form (reason, tell the customer) is open for the selected job. */
    public ReadOnlyBooleanProperty cancelOpenProperty() {
        return cancelOpen.getReadOnlyProperty();
    }

    /** True while a cancellation or an export is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cancelErrorProperty() {
        return cancelError.getReadOnlyProperty();
    }

    // ---- commands ----

    /** The screen came into view: read the range (and from now on keep it current). */
    public void shown() {
        started = true;
        reload();
    }

    public void today() {
        moveTo(new CalendarRange(mode.get(), businessToday()));
    }

    public void previous() {
        moveTo(range.get().previous());
    }

    public void next() {
        moveTo(range.get().next());
    }

    /** Shows the day or week that holds {@code day}. */
    public void show(LocalDate day) {
        moveTo(new CalendarRange(mode.get(), day));
    }

    public void select(long appointmentId) {
        if (appointmentId == selectedId.get()) {
            return;
        }
        closeCancelForm();
        selectedId.set(appointmentId);
        selected.set(loaded.stream().filter(a -> a.id() == appointmentId).findFirst()
                .map(a -> AppointmentDetails.of(a, currentSchedule().zone())).orElse(null));
        if (selected.get() == null) {
            selectedId.set(-1);
        }
    }

    public void clearSelection() {
        closeCancelForm();
        selectedId.set(-1);
        selected.set(null);
    }

    /** Goes to the selected job's conversation. */
    public void openConversation() {
        AppointmentDetails details = selected.get();
        if (details != null) {
            openConversation.accept(details.threadId());
        }
    }

    /** Opens the cancel form for the selected job, telling the customer by default. */
    public void beginCancel() {
        AppointmentDetails details = selected.get();
        if (details == null || !details.cancellable()) {
            return;
        }
        cancelReason.set("");
        tellCustomer.set(true);
        cancelError.set("");
        cancelOpen.set(true);
    }

    /** Closes the cancel form; the job stays booked. */
    public void keepJob() {
        closeCancelForm();
    }

    /** Cancels the selected job with the reason typed; the calendar is read again after. */
    public void confirmCancel() {
        AppointmentDetails details = selected.get();
        if (details == null || !cancelOpen.get() || busy.get()) {
            return;
        }
        boolean tell = tellCustomer.get();
        busy.set(true);
        cancelError.set("");
        ui.then(booking.cancel(details.appointmentId(), cancelReason.get().strip(), tell), cancelled -> {
            busy.set(false);
            closeCancelForm();
            say("Cancelled " + details.customer() + "'s job for " + details.when()
                    + (tell ? "; they were told by text." : "; they were not told."), false);
            reload();
        }, problem -> {
            busy.set(false);
            cancelError.set(problem);
        });
    }

    /** The file name an export of the shown range is offered under. */
    public String visibleExportName() {
        return range.get().exportFileName();
    }

    /** The file name an export of everything upcoming is offered under. */
    public String upcomingExportName() {
        LocalDate today = businessToday();
        return CalendarRange.fileName(today, today.plusYears(1));
    }

    /** Writes the shown range's booked jobs to {@code file} as a calendar. */
    public void exportVisible(Path file) {
        export(range.get().from(), range.get().to(), file);
    }

    /** Writes every booked job from today to a year from now to {@code file} as a calendar. */
    public void exportUpcoming(Path file) {
        LocalDate today = businessToday();
        export(today, today.plusYears(1), file);
    }

    /** Reads the shown range again; a read under way is followed by one more. */
    public void reload() {
        if (loading.get()) {
            reloadAgain = true;
            return;
        }
        loading.set(true);
        CalendarRange asked = range.get();
        // From the day before: a job that starts late and runs past midnight shows on the first day too.
        ui.then(booking.appointments(asked.from().minusDays(1), asked.to()), appointments -> {
            loading.set(false);
            error.set("");
            if (asked.equals(range.get())) {
                loaded = List.copyOf(appointments);
                loadedRange = asked;
                refreshSelection();
                relayout();
            } else {
                reloadAgain = true;
            }
            reloadIfAsked();
        }, problem -> {
            loading.set(false);
            error.set(problem);
            reloadIfAsked();
        });
    }

    // ---- the rest ----

    private void export(LocalDate from, LocalDate to, Path file) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        ui.then(booking.exportCalendar(from, to, file), sentence -> {
            busy.set(false);
            say(sentence, false);
        }, problem -> {
            busy.set(false);
            say(problem, true);
        });
    }

    private void say(String text, boolean problem) {
        notice.set(text);
        noticeIsProblem.set(problem);
    }

    private void moveTo(CalendarRange next) {
        if (next.equals(range.get())) {
            return;
        }
        range.set(next);
        title.set(next.title());
        if (mode.get() != next.mode()) {
            mode.set(next.mode());
        }
        relayout();
        if (started) {
            reload();
        }
    }

    private void reloadIfStarted() {
        if (started) {
            reload();
        }
    }

    private void reloadIfAsked() {
        if (reloadAgain) {
            reloadAgain = false;
            reload();
        }
    }

    private void refreshSelection() {
        long id = selectedId.get();
        if (id < 0) {
            return;
        }
        Appointment now = loaded.stream().filter(a -> a.id() == id).findFirst().orElse(null);
        if (now == null) {
            clearSelection();
            return;
        }
        selected.set(AppointmentDetails.of(now, currentSchedule().zone()));
        if (!now.booked()) {
            closeCancelForm();
        }
    }

    private void closeCancelForm() {
        cancelOpen.set(false);
        cancelError.set("");
    }

    /** Lays out what was read for the range shown (nothing, while the range's read is under way). */
    private void relayout() {
        Schedule now = currentSchedule();
        CalendarRange shown = range.get();
        List<Appointment> appointments = shown.equals(loadedRange) ? loaded : List.of();
        CalendarGrid next = CalendarLayout.layout(shown, now, appointments, showCancelled.get(), businessToday());
        grid.set(next);
        boolean known = shown.equals(loadedRange);
        if (!known || !next.blocks().isEmpty()) {
            emptyText.set("");
        } else {
            emptyText.set(shown.emptyText() + (next.hiddenCancelled() == 0 ? ""
                    : " (" + cancelled(next.hiddenCancelled()) + " hidden)"));
        }
        if (!known || next.booked() == 0) {
            summary.set("");
        } else {
            summary.set(next.booked() + " booked, " + Money.shown(next.bookedValue())
                    + (next.hiddenCancelled() == 0 ? "" : "; " + cancelled(next.hiddenCancelled()) + " hidden"));
        }
    }

    private static String cancelled(int count) {
        return count + (count == 1 ? " cancelled job" : " cancelled jobs");
    }

    private Schedule currentSchedule() {
        return schedule.get();
    }

    private LocalDate businessToday() {
        return clock.instant().atZone(currentSchedule().zone()).toLocalDate();
    }
}
