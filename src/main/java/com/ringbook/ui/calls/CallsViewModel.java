package com.ringbook.ui.calls;

import com.ringbook.domain.CallLogEntry;
import com.ringbook.engine.api.CallLogService;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Every missed call, newest first, with what Ringbook did about it, so the receptionist can call back
 * the ones it did not text. Loaded a page at a time; kept live while shown, and brought up to date when shown
 * again. Only what can change a row reads the list again: a call recorded (or a number cleared), or a change
 * on a conversation a listed call belongs to (its text-back delivered or refused). Status ticks, which come
 * for every text and every outbox move, do not; changes that come while a read is out wait for it and are
 * read once together.
 */
public final class CallsViewModel {
    static final int PAGE = 50;

    private final CallLogService calls;
    private final UiExecutor ui;
    private final ObservableValue<ZoneId> zone;
    private final Consumer<Long> openConversation;
    private final Consumer<String> clipboard;
    private final ObservableList<CallRow> rows = FXCollections.observableArrayList();
    private final ObservableList<CallRow> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper question = new ReadOnlyStringWrapper("");
    private CallRow askedAbout;
    private final ReadOnlyBooleanWrapper hasMore = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> replacing = new ArrayList<>();
    private final List<Runnable> updated = new ArrayList<>();
    private List<CallLogEntry> entries = List.of();
    private int total;
    private boolean showing;
    private boolean stale = true;
    private boolean loading;
    private boolean loadAgain;
    private boolean moreWanted;

    /**
     * @param openConversation shows the thread with this id (the inbox, with it selected)
     * @param clipboard puts text on the system clipboard
     */
    public CallsViewModel(CallLogService calls, EngineEvents events, UiExecutor ui, ObservableValue<ZoneId> zone,
                          Consumer<Long> openConversation, Consumer<String> clipboard) {
        this.calls = calls;
        this.ui = ui;
        this.zone = zone;
        this.openConversation = openConversation;
        this.clipboard = clipboard;
        events.onCallsChanged(this::changed);
        events.onThreadsChanged(threads -> {
            if (entries.stream().anyMatch(e -> e.threadId() != null && threads.contains(e.threadId()))) {
                changed();
            }
        });
        zone.addListener((obs, was, now) -> rebuild());
    }

    /** The screen came into view (or left it): only a shown screen re-reads on every change. */
    public void setShowing(boolean shown) {
        showing = shown;
        if (shown && stale) {
            reload();
        }
    }

    private void changed() {
        if (showing) {
            reload();
        } else {
            stale = true;
        }
    }

    /** Re-reads as many calls as are shown now (at least a page), so new ones appear on top and none drop off. */
    public void reload() {
        load(0, Math.max(PAGE, entries.size()));
    }

    /** The next page of older calls, below those shown. */
    public void loadMore() {
        if (loading) {
            moreWanted = true;
            return;
        }
        load(entries.size(), PAGE);
    }

    private void load(int offset, int limit) {
        if (loading) {
            loadAgain = true;
            return;
        }
        loading = true;
        stale = false;
        ui.then(calls.calls(limit, offset), page -> {
            loading = false;
            List<CallLogEntry> next = new ArrayList<>(offset == 0 ? List.of() : entries.subList(0, Math.min(offset, entries.size())));
            // Calls that came in since the last read push older ones down a page: none is listed twice.
            java.util.Set<Long> listed = new java.util.HashSet<>(next.stream().map(CallLogEntry::id).toList());
            page.calls().stream().filter(c -> listed.add(c.id())).forEach(next::add);
            entries = List.copyOf(next);
            if (offset > 0 && page.total() > total) {
                // Calls came in since the top was read, and no event has brought them yet: read the top again.
                loadAgain = true;
            }
            total = page.total();
            hasMore.set(entries.size() < page.total());
            summary.set(page.total() == 0 ? "" : page.total() == 1 ? "1 missed call"
                    : entries.size() < page.total() ? "Newest " + entries.size() + " of " + page.total() + " missed calls"
                    : page.total() + " missed calls");
            error.set("");
            loaded.set(true);
            rebuild();
            if (moreWanted) {
                moreWanted = false;
                loadMore();
            } else if (loadAgain) {
                loadAgain = false;
                reload();
            }
        }, problem -> {
            loading = false;
            loadAgain = false;
            moreWanted = false;
            error.set(problem);
        });
    }

    private void rebuild() {
        List<CallRow> next = entries.stream().map(e -> CallRow.of(e, zone.getValue())).toList();
        if (!next.equals(rows)) {
            List.copyOf(replacing).forEach(Runnable::run);
            rows.setAll(next);
            List.copyOf(updated).forEach(Runnable::run);
        }
    }

    /**
     * {@code before} runs just before the rows are replaced by a fresh read and {@code after} just after: the view
     * notes which call was selected and which was at the top, and puts both back.
     */
    public void onRowsReplaced(Runnable before, Runnable after) {
        replacing.add(before);
        updated.add(after);
    }

    /** Puts the caller's number on the clipboard, to dial from a phone. */
    public void copyNumber(CallRow row) {
        if (row == null || row.callBack() == null) {
            return;
        }
        clipboard.accept(row.callBack());
        notice.set("Copied " + (row.number().isEmpty() ? row.caller() : row.number()) + ". Paste it into your phone to call back.");
    }

    /**
     * Staff asked to text a number the carrier refused: first say what that does, and wait for
     * {@link #confirmTextAgain} or {@link #cancelTextAgain}.
     */
    public void askTextAgain(CallRow row) {
        if (row == null || !row.canTextAgain()) {
            return;
        }
        askedAbout = row;
        String number = row.number().isEmpty() ? row.caller() : row.number();
        question.set("Ringbook stopped texting " + number + " because the carrier refused it: " + row.unreachable()
                + " Try again only if the customer says this number can get texts now. The next missed call from it"
                + " will be texted back; if the carrier refuses again, Ringbook stops again.");
    }

    /** Lets Ringbook text the number asked about again; the list shows it once the engine has it. */
    public void confirmTextAgain() {
        CallRow row = askedAbout;
        cancelTextAgain();
        if (row == null) {
            return;
        }
        String number = row.number().isEmpty() ? row.caller() : row.number();
        ui.then(calls.textAgain(row.callBack()), done -> {
            error.set("");
            notice.set("Ringbook will text " + number + " again the next time it calls.");
        }, error::set);
    }

    public void cancelTextAgain() {
        askedAbout = null;
        question.set("");
    }

    /** What trying to text a refused number again does, while staff decide; empty otherwise. */
    public ReadOnlyStringProperty textAgainQuestionProperty() {
        return question.getReadOnlyProperty();
    }

    public void openConversation(CallRow row) {
        if (row != null && row.threadId() != null) {
            openConversation.accept(row.threadId());
        }
    }

    public ObservableList<CallRow> rows() {
        return readOnlyRows;
    }

    /** "Newest 50 of 212 missed calls". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasMoreProperty() {
        return hasMore.getReadOnlyProperty();
    }

    /** The first read has come back: until then the empty list is not "no calls yet". */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
