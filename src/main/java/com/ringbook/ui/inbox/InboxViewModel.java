package com.ringbook.ui.inbox;

import com.ringbook.domain.InboxCounts;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.SearchSnippet;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.TimeText;
import com.ringbook.ui.common.UiExecutor;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
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
 * The inbox list: a filter's threads (or search hits) paged in from the store as the user scrolls, kept
 * current from engine events ({@link InboxPager}), the count behind every filter ({@link InboxCountsModel}),
 * and what the list says when it is empty. Each row's times read against "now" and the business's zone,
 * so waiting badges count up and turn late live.
 */
public final class InboxViewModel {
    /** Past this a waiting customer is late unless Settings say otherwise. */
    static final Duration WAITING_TARGET = Duration.ofMinutes(5);

    private final ReadOnlyObjectProperty<Instant> now;
    private final ReadOnlyObjectProperty<ZoneId> zone;
    private final ReadOnlyObjectProperty<Duration> waitingTarget;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<InboxQuery.Filter> filter = new SimpleObjectProperty<>(InboxQuery.Filter.ALL);
    private final ReadOnlyLongWrapper selectedId = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper();
    private final ReadOnlyStringWrapper emptyTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper emptyHint = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper noMatches = new ReadOnlyBooleanWrapper(false);
    private final InboxPager pager;
    private final InboxCountsModel counts;
    private final ObservableList<ThreadSummary> readOnlyThreads;

    /** With the waiting target at its default, for screens that do not follow Settings. */
    public InboxViewModel(ConversationService conversations, EngineEvents events, UiExecutor ui,
                          ReadOnlyObjectProperty<Instant> now, ReadOnlyObjectProperty<ZoneId> zone) {
        this(conversations, events, ui, now, zone, new SimpleObjectProperty<>(WAITING_TARGET));
    }

    /**
     * @param now           the time rows read against, ticking (the console's {@code Ticker})
     * @param zone          the business's time zone
     * @param waitingTarget how long a customer may wait before the badge turns red (Settings, Inbox)
     */
    public InboxViewModel(ConversationService conversations, EngineEvents events, UiExecutor ui,
                          ReadOnlyObjectProperty<Instant> now, ReadOnlyObjectProperty<ZoneId> zone,
                          ReadOnlyObjectProperty<Duration> waitingTarget) {
        this.now = now;
        this.zone = zone;
        this.waitingTarget = waitingTarget;
        this.pager = new InboxPager(conversations, ui, () -> InboxQuery.page(filter.get(), search.get()), error::set,
                this::listChanged);
        this.counts = new InboxCountsModel(conversations, ui);
        this.readOnlyThreads = FXCollections.unmodifiableObservableList(pager.threads());
        search.addListener((obs, was, typed) -> pager.reload());
        filter.addListener((obs, was, picked) -> pager.reload());
        events.onThreadsChanged(this::threadsChanged);
        events.onEverythingChanged(this::reload);
    }

    /** The rows loaded so far, in the filter's order (or best match first); changed only by the view model. */
    public ObservableList<ThreadSummary> threads() {
        return readOnlyThreads;
    }

    /** How {@code summary} reads in the list right now. */
    public ThreadRow row(ThreadSummary summary) {
        Instant at = now.get();
        boolean hasProblem = summary.problem() != null && !summary.problem().isBlank();
        boolean waiting = InboxQuery.needsReply(summary);
        Duration target = waitingTarget.get() == null ? WAITING_TARGET : waitingTarget.get();
        return new ThreadRow(summary.displayName(),
                TimeText.ago(summary.lastActivityAt(), at, zone.get()),
                summary.preview() == null ? "" : summary.preview().replace('\n', ' '),
                summary.unread() > 0,
                summary.stage(),
                stageText(summary),
                hasProblem ? "Not delivered" : "",
                hasProblem ? summary.problem() : "",
                waiting ? TimeText.waited(summary.waitingSince(), at) : "",
                waiting && Duration.between(summary.waitingSince(), at).compareTo(target) > 0,
                pager.snippet(summary.id()));
    }

    /** The stage as the row's chip says it; a lost thread says why, as its history does. */
    static String stageText(ThreadSummary summary) {
        if (summary.stage() == null) {
            return "";
        }
        return summary.stage() == Stage.LOST && summary.lostReason() != null
                ? summary.stage().label() + " · " + summary.lostReason().label()
                : summary.stage().label();
    }

    /** Changes every second or so: rows on screen read themselves again ({@link #row}). */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now;
    }

    /** The zone rows' times are in; rows read themselves again when it changes. */
    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return zone;
    }

    /** The waiting target; rows read themselves again when it changes. */
    public ReadOnlyObjectProperty<Duration> waitingTargetProperty() {
        return waitingTarget;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public void clearSearch() {
        search.set("");
    }

    public ObjectProperty<InboxQuery.Filter> filterProperty() {
        return filter;
    }

    /** How many threads each filter holds, kept current as threads change. */
    public ReadOnlyObjectProperty<InboxCounts> countsProperty() {
        return counts.countsProperty();
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

    /** What the empty list says: "Nothing matches …" for a search, else that nothing is here yet. */
    public ReadOnlyStringProperty emptyTitleProperty() {
        return emptyTitle.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty emptyHintProperty() {
        return emptyHint.getReadOnlyProperty();
    }

    /** The list is empty because nothing matches the search (the view offers to clear it). */
    public ReadOnlyBooleanProperty noMatchesProperty() {
        return noMatches.getReadOnlyProperty();
    }

    /** True while the list is being rewritten: selection changes then are the list's, not the user's. */
    public boolean isUpdating() {
        return pager.isUpdating();
    }

    /** More rows exist past the loaded ones. */
    public boolean hasMore() {
        return pager.hasMore();
    }

    /** The view shows the row at {@code index}: near the end of what is loaded, the next page is read. */
    public void shown(int index) {
        pager.shown(index);
    }

    public void select(long threadId) {
        selectedId.set(threadId);
    }

    /** Reads the first page and the counts again. */
    public void reload() {
        pager.reload();
        counts.refresh();
    }

    private void threadsChanged(Set<Long> ids) {
        pager.threadsChanged(ids);
        counts.refresh();
    }

    private void listChanged() {
        loaded.set(true);
        boolean empty = pager.threads().isEmpty();
        String typed = search.get().strip();
        noMatches.set(empty && !typed.isEmpty());
        if (!typed.isEmpty()) {
            emptyTitle.set("Nothing matches \u201c" + typed + "\u201d");
            emptyHint.set("Search looks in names, numbers and every message. Try fewer letters or another word.");
        } else if (filter.get() == InboxQuery.Filter.WAITING) {
            emptyTitle.set("Nobody is waiting for a reply");
            emptyHint.set("Customers who text and have not been answered line up here, longest wait first.");
        } else if (filter.get() == InboxQuery.Filter.ALL) {
            emptyTitle.set("No conversations here yet");
            emptyHint.set("Missed calls appear the moment they are texted back.");
        } else {
            emptyTitle.set("No conversations here yet");
            emptyHint.set("Conversations show here when they are " + filter.get().label().toLowerCase() + ".");
        }
        revision.set(revision.get() + 1);
    }

    /** Count queries started so far (tests check they are coalesced). */
    int countReads() {
        return counts.reads();
    }
}
