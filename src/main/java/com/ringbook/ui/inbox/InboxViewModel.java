package com.ringbook.ui.inbox;

import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.TimeText;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The inbox list: the first page of threads for the current filter and search, kept current from
 * engine events. A few changed threads are re-read one by one and moved into place; a burst, or any
 * change while searching, reloads the page (never more than one query in flight). Each row's times
 * read against "now" and the business's zone, so waiting badges count up and turn late live.
 */
public final class InboxViewModel {
    /** Above this many changed threads in one batch, one page query is cheaper than many single reads. */
    private static final int ROW_REFRESH_LIMIT = 12;
    /** Past this a waiting customer is late: the badge turns red. */
    static final Duration WAITING_TARGET = Duration.ofMinutes(5);
    private static final Comparator<ThreadSummary> NEWEST_FIRST = Comparator
            .comparing(ThreadSummary::lastActivityAt, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(ThreadSummary::id, Comparator.reverseOrder());

    private final ConversationService conversations;
    private final UiExecutor ui;
    private final ReadOnlyObjectProperty<Instant> now;
    private final ReadOnlyObjectProperty<ZoneId> zone;
    private final ObservableList<ThreadSummary> threads = FXCollections.observableArrayList();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<InboxQuery.Filter> filter = new SimpleObjectProperty<>(InboxQuery.Filter.ALL);
    private final ObservableList<ThreadSummary> readOnlyThreads = FXCollections.unmodifiableObservableList(threads);
    private final ReadOnlyLongWrapper selectedId = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private boolean updating;
    private boolean loading;
    private boolean reloadAgain;
    private int generation;

    /**
     * @param now  the time rows read against, ticking (the console's {@code Ticker})
     * @param zone the business's time zone
     */
    public InboxViewModel(ConversationService conversations, EngineEvents events, UiExecutor ui,
                          ReadOnlyObjectProperty<Instant> now, ReadOnlyObjectProperty<ZoneId> zone) {
        this.conversations = conversations;
        this.ui = ui;
        this.now = now;
        this.zone = zone;
        search.addListener((obs, was, typed) -> reload());
        filter.addListener((obs, was, picked) -> reload());
        events.onThreadsChanged(this::threadsChanged);
    }

    /** The rows, newest activity first; changed only by the view model. */
    public ObservableList<ThreadSummary> threads() {
        return readOnlyThreads;
    }

    /** How {@code summary} reads in the list right now. */
    public ThreadRow row(ThreadSummary summary) {
        Instant at = now.get();
        boolean hasProblem = summary.problem() != null && !summary.problem().isBlank();
        boolean waiting = summary.waitingSince() != null && summary.stage().isOpen();
        return new ThreadRow(summary.displayName(),
                TimeText.ago(summary.lastActivityAt(), at, zone.get()),
                summary.preview() == null ? "" : summary.preview().replace('\n', ' '),
                summary.unread() > 0,
                summary.stage(),
                hasProblem ? "Not delivered" : "",
                hasProblem ? summary.problem() : "",
                waiting ? TimeText.waited(summary.waitingSince(), at) : "",
                waiting && Duration.between(summary.waitingSince(), at).compareTo(WAITING_TARGET) > 0);
    }

    /** Changes every second or so: rows on screen read themselves again ({@link #row}). */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** The zone rows' times are in; rows read themselves again when it changes. */
    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<InboxQuery.Filter> filterProperty() {
        return filter;
    }

    /** The thread the user picked ({@link #select}); -1 for none. Kept even while the list reloads under it. */
    public ReadOnlyLongProperty selectedIdProperty() {
        return selectedId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True once the first page has been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Goes up after every change to the list, once it is consistent again (views re-sync selection then). */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** True while the list is being rewritten: selection changes then are the list's, not the user's. */
    public boolean isUpdating() {
        return updating;
    }

    public void select(long threadId) {
        selectedId.set(threadId);
    }

    public void reload() {
        if (loading) {
            reloadAgain = true;
            return;
        }
        loading = true;
        int gen = ++generation;
        InboxQuery query = InboxQuery.firstPage(filter.get(), search.get());
        ui.then(conversations.inbox(query), rows -> {
            loading = false;
            error.set("");
            if (gen == generation) {
                replaceAll(rows);
                loaded.set(true);
            }
            if (reloadAgain) {
                reloadAgain = false;
                reload();
            }
        }, problem -> {
            loading = false;
            error.set(problem);
            if (reloadAgain) {
                reloadAgain = false;
                reload();
            }
        });
    }

    private void threadsChanged(Set<Long> ids) {
        if (ids.size() > ROW_REFRESH_LIMIT || !search.get().isBlank() || loading) {
            reload();
            return;
        }
        int gen = generation;
        for (long id : ids) {
            ui.then(conversations.summary(id), summary -> {
                if (gen != generation || loading) {
                    // A page reload started since: it will bring this row too.
                    return;
                }
                summary.ifPresentOrElse(this::upsert, () -> remove(id));
            }, problem -> reload());
        }
    }

    private boolean matchesFilter(ThreadSummary s) {
        return switch (filter.get()) {
            case ALL -> true;
            case OPEN -> s.stage().isOpen();
            case WAITING -> s.stage().isOpen() && s.waitingSince() != null;
        };
    }

    private void upsert(ThreadSummary summary) {
        List<ThreadSummary> next = new ArrayList<>(threads);
        next.removeIf(t -> t.id() == summary.id());
        if (matchesFilter(summary)) {
            int at = 0;
            while (at < next.size() && NEWEST_FIRST.compare(next.get(at), summary) < 0) {
                at++;
            }
            next.add(at, summary);
        }
        int limit = InboxQuery.firstPage(filter.get(), "").limit();
        replaceAll(next.size() > limit ? next.subList(0, limit) : next);
    }

    private void remove(long id) {
        List<ThreadSummary> next = new ArrayList<>(threads);
        if (next.removeIf(t -> t.id() == id)) {
            replaceAll(next);
        }
    }

    /** Rewrites the list in place, touching only rows that changed, so the view keeps its scroll position. */
    private void replaceAll(List<ThreadSummary> rows) {
        updating = true;
        try {
            for (int i = 0; i < rows.size(); i++) {
                if (i < threads.size()) {
                    if (!Objects.equals(threads.get(i), rows.get(i))) {
                        threads.set(i, rows.get(i));
                    }
                } else {
                    threads.addAll(rows.subList(i, rows.size()));
                    break;
                }
            }
            if (threads.size() > rows.size()) {
                threads.remove(rows.size(), threads.size());
            }
        } finally {
            updating = false;
        }
        revision.set(revision.get() + 1);
    }
}
