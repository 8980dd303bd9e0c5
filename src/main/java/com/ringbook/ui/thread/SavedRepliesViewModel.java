package com.ringbook.ui.thread;

import com.ringbook.domain.CannedReplies;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.ui.common.BusinessContext;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The saved-reply picker over the composer: Settings' replies filled in for the open conversation (its customer's
 * first name, the business's name), narrowed by what staff type. Picking one only hands its text to the composer:
 * nothing is ever sent from here.
 */
public final class SavedRepliesViewModel {
    private final BusinessContext business;
    private final ObservableObjectValue<ThreadSummary> thread;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObservableList<String> shown = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyShown = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(false);
    private List<String> rendered = List.of();

    SavedRepliesViewModel(BusinessContext business, ObservableObjectValue<ThreadSummary> thread) {
        this.business = business;
        this.thread = thread;
        filter.addListener((obs, was, now) -> narrow());
        // Another conversation (another first name) or no conversation: the picker closes.
        thread.addListener((obs, was, now) -> {
            if (now == null || was == null || now.id() != was.id()) {
                close();
            }
        });
    }

    /** Opens the picker on every reply, filled in for the open conversation as Settings have them now. */
    public void open() {
        ThreadSummary s = thread.get();
        if (s == null) {
            return;
        }
        String first = s.name() == null || s.name().isBlank() ? null : s.name().strip().split("\\s+")[0];
        rendered = business.cannedReplies().stream()
                .map(reply -> CannedReplies.render(reply, business.nameProperty().get(), first)).toList();
        filter.set("");
        narrow();
        open.set(true);
    }

    public void close() {
        open.set(false);
    }

    /** The reply at {@code index} of those shown, to put in the composer; the picker closes. */
    public Optional<String> pick(int index) {
        if (!open.get() || index < 0 || index >= shown.size()) {
            return Optional.empty();
        }
        String reply = shown.get(index);
        close();
        return Optional.of(reply);
    }

    /** Every word typed must appear in a reply, in any order and case. */
    private void narrow() {
        String[] words = filter.get().toLowerCase(Locale.ROOT).strip().split("\\s+");
        shown.setAll(rendered.stream()
                .filter(reply -> Arrays.stream(words).allMatch(w -> reply.toLowerCase(Locale.ROOT).contains(w)))
                .toList());
    }

    /** What staff type to narrow the list. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The replies that match, filled in. */
    public ObservableList<String> shown() {
        return readOnlyShown;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** Why the list is empty: nothing saved yet, or nothing matches. */
    public String emptyText() {
        return rendered.isEmpty() ? "No saved replies yet. Add them in Settings." : "No saved reply matches.";
    }
}
