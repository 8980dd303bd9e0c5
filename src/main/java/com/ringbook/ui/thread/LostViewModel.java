package com.ringbook.ui.thread;

import com.ringbook.domain.LostMark;
import com.ringbook.domain.LostReason;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.common.UiExecutor;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Marking the open conversation lost (asking why first), the short-lived Undo after it, and reopening a lost
 * or booked conversation later. Which moves are legal is Stage's to say; the engine enforces them again.
 */
public final class LostViewModel {
    private final ConversationService conversations;
    private final UiExecutor ui;
    private final LongConsumer navigator;
    private final ReadOnlyObjectProperty<ThreadSummary> summary;
    private final ReadOnlyBooleanWrapper choosing = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<LostReason> reason = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    /** The conversation just marked lost, while its Undo is offered; -1 for none. */
    private long undoable = -1;
    private final ReadOnlyBooleanWrapper undoShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper reopenHint = new ReadOnlyStringWrapper("");

    /**
     * @param summary   the open conversation (the thread view model's)
     * @param navigator opens another conversation (a booked one reopens as a new conversation)
     */
    public LostViewModel(ConversationService conversations, UiExecutor ui, ReadOnlyObjectProperty<ThreadSummary> summary,
                         LongConsumer navigator) {
        this.conversations = conversations;
        this.ui = ui;
        this.summary = summary;
        this.navigator = navigator;
        canReopen.bind(Bindings.createBooleanBinding(
                () -> summary.get() != null && summary.get().stage().canReopen(), summary));
        reopenHint.bind(Bindings.createStringBinding(() -> summary.get() != null && summary.get().stage().reopensAsNewConversation()
                ? "Start a new conversation with this customer; the booked job stays booked"
                : "Reopen at the stage it was at when marked lost", summary));
        summary.addListener((obs, was, now) -> {
            if (now == null || was == null || now.id() != was.id()) {
                cancel();
                error.set("");
            }
            if (now == null || now.id() != undoable || now.stage() != Stage.LOST) {
                hideUndo();
            }
        });
    }

    /** The reasons in the dialog's order; digit n picks the n-th. */
    public List<LostReason> reasons() {
        return List.of(LostReason.values());
    }

    /** Opens the dialog asking why, when the open conversation can be lost. */
    public void ask() {
        ThreadSummary s = summary.get();
        if (s == null || !s.stage().canMoveTo(Stage.LOST) || busy.get()) {
            return;
        }
        reason.set(null);
        note.set("");
        error.set("");
        choosing.set(true);
    }

    /** Picks the reason numbered {@code digit} (1..); other digits are ignored. */
    public void pick(int digit) {
        LostReason.byNumber(digit).ifPresent(reason::set);
    }

    public void cancel() {
        choosing.set(false);
    }

    /** Marks the open conversation lost for the reason picked; without one, says so and keeps the dialog open. */
    public void confirm() {
        ThreadSummary s = summary.get();
        if (!choosing.get() || s == null || busy.get()) {
            return;
        }
        if (reason.get() == null) {
            error.set("Pick why the job was lost (1–" + reasons().size() + ").");
            return;
        }
        String typed = note.get() == null ? "" : note.get().strip();
        if (typed.length() > LostMark.MAX_NOTE) {
            error.set("Keep the note under " + LostMark.MAX_NOTE + " characters (" + typed.length() + " now).");
            return;
        }
        long id = s.id();
        busy.set(true);
        error.set("");
        ui.then(conversations.markLost(id, reason.get(), typed), v -> {
            busy.set(false);
            choosing.set(false);
            undoable = id;
            undoShown.set(summary.get() != null && summary.get().id() == id);
        }, problem -> {
            busy.set(false);
            error.set(problem);
        });
    }

    /** Takes back the mark just made: the conversation returns to where it stood, its reason cleared. */
    public void undo() {
        long id = undoable;
        if (id < 0 || busy.get()) {
            return;
        }
        hideUndo();
        restore(id);
    }

    /** The Undo's few seconds are over. */
    public void expireUndo() {
        hideUndo();
    }

    private void hideUndo() {
        undoable = -1;
        undoShown.set(false);
    }

    /** Reopens the open conversation if lost; for a booked one, opens a new conversation with the customer. */
    public void reopen() {
        ThreadSummary s = summary.get();
        if (s != null && s.stage().canReopen() && !busy.get()) {
            hideUndo();
            restore(s.id());
        }
    }

    private void restore(long id) {
        busy.set(true);
        error.set("");
        ui.then(conversations.reopen(id), open -> {
            busy.set(false);
            if (open != id) {
                navigator.accept(open);
            }
        }, problem -> {
            busy.set(false);
            error.set(problem);
        });
    }

    /** The dialog asking why is open. */
    public ReadOnlyBooleanProperty choosingProperty() {
        return choosing.getReadOnlyProperty();
    }

    /** The reason picked in the dialog; null until one is. */
    public ObjectProperty<LostReason> reasonProperty() {
        return reason;
    }

    /** Staff's optional words beside the reason. */
    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why marking lost, undoing or reopening was refused; empty when nothing was. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** "Marked lost · Undo" is offered for the conversation just marked lost. */
    public ReadOnlyBooleanProperty undoShownProperty() {
        return undoShown.getReadOnlyProperty();
    }

    /** The open conversation is lost or booked, so it can be reopened. */
    public ReadOnlyBooleanProperty canReopenProperty() {
        return canReopen.getReadOnlyProperty();
    }

    /** What Reopen will do, for its tooltip. */
    public ReadOnlyStringProperty reopenHintProperty() {
        return reopenHint.getReadOnlyProperty();
    }
}
