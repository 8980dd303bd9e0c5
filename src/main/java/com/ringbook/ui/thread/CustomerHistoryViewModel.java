package com.ringbook.ui.thread;

import com.ringbook.domain.CustomerHistory;
import com.ringbook.domain.CustomerThread;
import com.ringbook.domain.Direction;
import com.ringbook.domain.Message;
import com.ringbook.domain.PhoneFormat;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.TimeText;
import com.ringbook.ui.common.UiExecutor;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What is known about the open conversation's customer, and their other conversations, one collapsed line
 * each; a line expands in place to read that conversation read-only, or opens it. Re-reads itself when one of
 * those conversations changes, or a new one starts (a new thread has an id above every known one).
 */
public final class CustomerHistoryViewModel {
    private final ConversationService conversations;
    private final BusinessContext business;
    private final UiExecutor ui;
    private final LongConsumer navigator;
    private long threadId = -1;
    private CustomerHistory history;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper address = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper since = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper jobs = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper optedOut = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper currentLost = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<HistoryLine> lines = FXCollections.observableArrayList();
    private final ReadOnlyLongWrapper expanded = new ReadOnlyLongWrapper(-1);
    private final ObservableList<PastMessage> expandedMessages = FXCollections.observableArrayList();
    private final ObservableList<HistoryLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ObservableList<PastMessage> readOnlyMessages = FXCollections.unmodifiableObservableList(expandedMessages);

    /** @param navigator opens another conversation in the thread view (through the inbox's selection) */
    public CustomerHistoryViewModel(ConversationService conversations, EngineEvents events, BusinessContext business,
                                    UiExecutor ui, LongConsumer navigator) {
        this.conversations = conversations;
        this.business = business;
        this.ui = ui;
        this.navigator = navigator;
        events.onThreadsChanged(this::changed);
        events.onEverythingChanged(() -> {
            if (threadId >= 0) {
                load();
            }
        });
        business.zoneProperty().addListener((obs, was, now) -> show());
    }

    /** Follows the open conversation, as it changes. */
    public void follow(ReadOnlyLongProperty openThread) {
        openThread.addListener((obs, was, now) -> open(now.longValue()));
        open(openThread.get());
    }

    void open(long id) {
        if (id == threadId) {
            return;
        }
        threadId = id;
        history = null;
        loaded.set(false);
        lines.clear();
        currentLost.set("");
        error.set("");
        collapse();
        if (id >= 0) {
            load();
        }
    }

    private void changed(Set<Long> ids) {
        if (threadId < 0) {
            return;
        }
        boolean mine = ids.contains(threadId) || (history != null && (history.threads().stream()
                .anyMatch(t -> ids.contains(t.threadId())) || ids.stream().anyMatch(id -> id > newest())));
        if (mine) {
            load();
        }
        if (ids.contains(expanded.get())) {
            loadExpanded(expanded.get());
        }
    }

    private long newest() {
        return history.threads().stream().mapToLong(CustomerThread::threadId).max().orElse(threadId);
    }

    private void load() {
        long id = threadId;
        ui.then(conversations.customer(id), found -> {
            if (id == threadId) {
                history = found;
                error.set("");
                show();
            }
        }, problem -> {
            if (id == threadId) {
                error.set(problem);
            }
        });
    }

    private void show() {
        CustomerHistory h = history;
        if (h == null) {
            return;
        }
        ZoneId zone = business.zone();
        String region = business.regionProperty().get();
        name.set(h.name() == null || h.name().isBlank() ? "No name yet" : h.name());
        phone.set(PhoneFormat.pretty(h.phone()));
        address.set(h.address() == null || h.address().isBlank() ? "No address yet" : h.address());
        since.set(h.firstContactAt() == null ? "" : "First contact " + CustomerText.date(h.firstContactAt(), zone));
        jobs.set(CustomerText.jobs(h.jobsBooked(), h.bookedValueCents(), region));
        optedOut.set(h.optedOut());
        currentLost.set(h.thread(threadId).filter(t -> t.stage() == Stage.LOST)
                .map(t -> t.lostReason() == null ? "" : t.lostReason().label()).orElse(""));
        List<HistoryLine> now = h.others(threadId).stream().map(t -> new HistoryLine(t.threadId(),
                CustomerText.date(t.openedAt(), zone), t.threadId() < threadId, CustomerText.outcome(t, zone, region),
                CustomerText.kind(t.stage()), t.preview() == null ? "" : t.preview())).toList();
        if (!now.equals(lines)) {
            lines.setAll(now);
        }
        int others = h.threadCount() - 1;
        title.set(others <= 0 ? "First conversation with this customer"
                : others == 1 ? "1 other conversation" : others + " other conversations");
        loaded.set(true);
    }

    /** Expands a line to read its conversation in place; the same line again folds it. */
    public void toggle(long id) {
        if (expanded.get() == id) {
            collapse();
            return;
        }
        expanded.set(id);
        expandedMessages.clear();
        loadExpanded(id);
    }

    public void collapse() {
        expanded.set(-1);
        expandedMessages.clear();
    }

    private void loadExpanded(long id) {
        ui.then(conversations.thread(id), found -> {
            if (id != expanded.get()) {
                return;
            }
            ZoneId zone = business.zone();
            List<PastMessage> messages = found.map(ThreadDetail::messages).orElse(List.of()).stream()
                    .map(m -> message(m, zone)).toList();
            if (!messages.equals(expandedMessages)) {
                expandedMessages.setAll(messages);
            }
        }, problem -> error.set(problem));
    }

    private static PastMessage message(Message m, ZoneId zone) {
        String when = CustomerText.date(m.createdAt(), zone) + ", " + TimeText.clock(m.createdAt(), zone);
        return new PastMessage(m.direction() == Direction.INBOUND, when, m.body());
    }

    /** Opens that conversation in the thread view, in place of this one. */
    public void openThread(long id) {
        navigator.accept(id);
    }

    /** "2 other conversations", or that this is the first. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    /** The address from the customer's lead card. */
    public ReadOnlyStringProperty addressProperty() {
        return address.getReadOnlyProperty();
    }

    /** "First contact Mar 3, 2026". */
    public ReadOnlyStringProperty sinceProperty() {
        return since.getReadOnlyProperty();
    }

    /** "2 jobs booked · $1,250", in the business's currency. */
    public ReadOnlyStringProperty jobsProperty() {
        return jobs.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty optedOutProperty() {
        return optedOut.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the open conversation was lost ("Went elsewhere"); empty unless it is lost with a reason. */
    public ReadOnlyStringProperty currentLostReasonProperty() {
        return currentLost.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The customer's other conversations, newest first. */
    public ObservableList<HistoryLine> lines() {
        return readOnlyLines;
    }

    /** The conversation expanded in place; -1 for none. */
    public ReadOnlyLongProperty expandedProperty() {
        return expanded.getReadOnlyProperty();
    }

    /** The expanded conversation's messages, oldest first. */
    public ObservableList<PastMessage> expandedMessages() {
        return readOnlyMessages;
    }
}
