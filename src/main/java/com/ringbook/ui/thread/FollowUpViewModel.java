package com.ringbook.ui.thread;

import com.ringbook.followup.api.FollowUpService;
import com.ringbook.followup.api.ScheduledFollowUp;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The open conversation's scheduled follow-up: "Follow-up at 2:40 PM" in the business's zone, the text it
 * will send, and staff's two choices, Cancel and Send now. Re-read whenever the engine says the thread
 * changed (a reply cancels it, a staff text moves it), so what shows is what the engine will do.
 */
public final class FollowUpViewModel {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE MMM d", Locale.US);

    private final FollowUpService followUps;
    private final BusinessContext business;
    private final UiExecutor ui;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<ScheduledFollowUp> scheduled = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper label = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private long threadId = -1;

    /** @param clock says what "today" is, for the label */
    public FollowUpViewModel(FollowUpService followUps, EngineEvents events, BusinessContext business, UiExecutor ui,
                             Clock clock) {
        this.followUps = followUps;
        this.business = business;
        this.ui = ui;
        this.clock = clock;
        events.onThreadChanged(() -> threadId, this::refresh);
    }

    /** Shows the follow-up of whichever thread {@code selection} names, as it changes. */
    public void follow(ReadOnlyLongProperty selection) {
        selection.addListener((obs, was, now) -> open(now.longValue()));
        open(selection.get());
    }

    public void open(long id) {
        if (id != threadId) {
            threadId = id;
            error.set("");
            show(Optional.empty());
        }
        refresh();
    }

    public void refresh() {
        long asked = threadId;
        if (asked < 0) {
            show(Optional.empty());
            return;
        }
        ui.then(followUps.scheduled(asked), found -> {
            if (asked == threadId) {
                show(found);
            }
        }, problem -> {
            if (asked == threadId) {
                error.set(problem);
            }
        });
    }

    public void cancel() {
        act(followUps.cancel(threadId));
    }

    public void sendNow() {
        act(followUps.sendNow(threadId));
    }

    private void act(CompletableFuture<Void> action) {
        if (busy.get() || scheduled.get() == null) {
            return;
        }
        long asked = threadId;
        busy.set(true);
        error.set("");
        ui.then(action, done -> {
            busy.set(false);
            if (asked == threadId) {
                refresh();
            }
        }, problem -> {
            busy.set(false);
            if (asked == threadId) {
                error.set(problem);
                refresh();
            }
        });
    }

    private void show(Optional<ScheduledFollowUp> found) {
        scheduled.set(found.orElse(null));
        label.set(found.map(f -> label(f, business.zone())).orElse(""));
        preview.set(found.map(ScheduledFollowUp::text).orElse(""));
    }

    /** "Follow-up at 2:40 PM" today, "Follow-up tomorrow at 8:00 AM", else with the day. */
    String label(ScheduledFollowUp f, ZoneId zone) {
        ZonedDateTime at = f.dueAt().atZone(zone);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String time = CLOCK.format(at);
        String day = at.toLocalDate().equals(today) ? "" : at.toLocalDate().equals(today.plusDays(1)) ? "tomorrow "
                : at.toLocalDate().isBefore(today) ? "" : DAY.format(at) + " ";
        String number = f.number() > 1 ? " (nudge " + f.number() + ")" : "";
        return "Follow-up " + day + "at " + time + number;
    }

    public ReadOnlyObjectProperty<ScheduledFollowUp> scheduledProperty() {
        return scheduled.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty labelProperty() {
        return label.getReadOnlyProperty();
    }

    /** The text the customer will get. */
    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
