package com.ringbook.ui.thread;

import com.ringbook.domain.CallRecord;
import com.ringbook.domain.Message;
import com.ringbook.domain.PhoneFormat;
import com.ringbook.domain.Stage;
import com.ringbook.domain.ThreadDetail;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open conversation: its header, timeline, stage actions, the qualifying questions sent with one click,
 * and the composer. Re-reads itself when
 * the engine says the thread changed. Drafts are kept per thread and are only cleared once the engine
 * has accepted the reply, so nothing typed is lost to a refusal or to switching threads.
 */
public final class ThreadViewModel {
    /** Stage moves staff make from the header; offering and booking have steps of their own. */
    private static final List<Stage> STAFF_MOVES = List.of(Stage.QUALIFYING, Stage.LOST);

    private final ConversationService conversations;
    private final UiExecutor ui;
    private final BusinessContext business;
    private final ReadOnlyLongWrapper threadId = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyObjectWrapper<ThreadSummary> summary = new ReadOnlyObjectWrapper<>();
    private final ObservableList<TimelineItem> timeline = FXCollections.observableArrayList();
    private final ObservableList<Stage> actions = FXCollections.observableArrayList();
    private final ObservableList<TimelineItem> readOnlyTimeline = FXCollections.unmodifiableObservableList(timeline);
    private final ObservableList<Stage> readOnlyActions = FXCollections.unmodifiableObservableList(actions);
    /** The composer: the one input here. */
    private final StringProperty draft = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper composerError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper actionError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper sending = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canCompose = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAsk = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper composerNote = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper counter = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper tooLong = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper sendTip = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper contactName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper phone = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper initials = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper();
    private final Map<Long, String> drafts = new HashMap<>();
    private final SavedRepliesViewModel savedReplies;
    private ThreadDetail detail;
    /** The customer's other conversations, and marking lost / reopening: view models of their own. */
    private final CustomerHistoryViewModel history;
    private final LostViewModel lost;
    private LongConsumer navigator = this::open;

    public ThreadViewModel(ConversationService conversations, EngineEvents events, BusinessContext business,
                           UiExecutor ui) {
        this.conversations = conversations;
        this.ui = ui;
        this.business = business;
        BooleanBinding optedOut = Bindings.createBooleanBinding(
                () -> summary.get() != null && summary.get().stage() == Stage.OPTED_OUT, summary);
        canCompose.bind(summary.isNotNull().and(optedOut.not()));
        tooLong.bind(Bindings.createBooleanBinding(() -> ComposerLimit.tooLong(draft.get()), draft));
        sendTip.bind(Bindings.createStringBinding(() -> ComposerLimit.sendTip(draft.get()), draft));
        canSend.bind(canCompose.and(sending.not()).and(tooLong.not()).and(Bindings.createBooleanBinding(
                () -> !draft.get().isBlank(), draft)));
        canAsk.bind(canCompose.and(sending.not()).and(Bindings.createBooleanBinding(
                () -> summary.get() != null && summary.get().stage().isOpen(), summary)));
        composerNote.bind(Bindings.createStringBinding(() -> optedOut.get()
                ? "This customer texted STOP, so Ringbook won't text them. They can text START to hear from you again."
                : "", optedOut));
        counter.bind(Bindings.createStringBinding(() -> ComposerLimit.counter(draft.get()), draft));
        problem.bind(Bindings.createStringBinding(
                () -> summary.get() == null || summary.get().problem() == null ? "" : summary.get().problem(), summary));
        summary.addListener((obs, was, now) -> showContact(now));
        savedReplies = new SavedRepliesViewModel(business, summary.getReadOnlyProperty());
        events.onThreadChanged(threadId::get, () -> {
            if (threadId.get() >= 0) {
                load();
            }
        });
        business.zoneProperty().addListener((obs, was, now) -> rebuildTimeline());
        history = new CustomerHistoryViewModel(conversations, events, business, ui, id -> navigator.accept(id));
        history.follow(threadId.getReadOnlyProperty());
        lost = new LostViewModel(conversations, ui, summary.getReadOnlyProperty(), id -> navigator.accept(id));
        // Any edit answers a refusal, except that "too long" stays until the text fits (or is cleared).
        draft.addListener((obs, was, now) -> composerError.set(ComposerLimit.errorAfterEdit(composerError.get(), now)));
    }

    /** Opens whichever thread {@code selection} names, as it changes (the inbox's pick). */
    public void follow(ReadOnlyLongProperty selection) {
        selection.addListener((obs, was, now) -> open(now.longValue()));
    }

    public void open(long id) {
        if (id == threadId.get()) {
            return;
        }
        long previous = threadId.get();
        if (previous >= 0) {
            if (draft.get().isEmpty()) {
                drafts.remove(previous);
            } else {
                drafts.put(previous, draft.get());
            }
        }
        threadId.set(id);
        detail = null;
        summary.set(null);
        timeline.clear();
        actions.clear();
        composerError.set("");
        actionError.set("");
        draft.set(drafts.getOrDefault(id, ""));
        if (id >= 0) {
            load();
        }
    }

    private void load() {
        long id = threadId.get();
        ui.then(conversations.thread(id), found -> {
            if (id != threadId.get()) {
                return;
            }
            found.ifPresentOrElse(this::apply, () -> {
                summary.set(null);
                timeline.clear();
            });
        }, problem -> actionError.set(problem));
    }

    private void apply(ThreadDetail d) {
        detail = d;
        summary.set(d.summary());
        // A booked thread moves back only when its job is cancelled (booking's steps); its header offers Reopen,
        // which starts a new conversation (LostViewModel).
        List<Stage> moves = d.summary().stage() == Stage.BOOKED ? List.of()
                : STAFF_MOVES.stream().filter(d.summary().stage()::canMoveTo).toList();
        if (!moves.equals(actions)) {
            actions.setAll(moves);
        }
        rebuildTimeline();
        if (d.summary().unread() > 0) {
            ui.then(conversations.markRead(d.summary().id()), v -> { }, problem -> { });
        }
    }

    private void rebuildTimeline() {
        if (detail == null) {
            return;
        }
        ZoneId zone = business.zone();
        record Dated(Instant at, int order, TimelineItem item) {
        }
        List<Dated> all = new ArrayList<>();
        for (CallRecord c : detail.calls()) {
            all.add(new Dated(c.occurredAt(), 0, new TimelineItem.Call(c)));
        }
        for (Message m : detail.messages()) {
            all.add(new Dated(m.createdAt(), 1, new TimelineItem.Text(m)));
        }
        all.sort(Comparator.comparing(Dated::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingInt(Dated::order));
        List<TimelineItem> rows = new ArrayList<>();
        LocalDate day = null;
        for (Dated d : all) {
            LocalDate date = d.at() == null ? day : d.at().atZone(zone).toLocalDate();
            if (date != null && !date.equals(day)) {
                rows.add(new TimelineItem.Day(date));
                day = date;
            }
            rows.add(d.item());
        }
        for (int i = 0; i < rows.size(); i++) {
            if (i < timeline.size()) {
                if (!Objects.equals(timeline.get(i), rows.get(i))) {
                    timeline.set(i, rows.get(i));
                }
            } else {
                timeline.addAll(rows.subList(i, rows.size()));
                break;
            }
        }
        if (timeline.size() > rows.size()) {
            timeline.remove(rows.size(), timeline.size());
        }
    }

    /** Sends the draft; on refusal the text stays in the composer and the reason shows under it. */
    public void send() {
        if (!canCompose.get() || sending.get()) {
            return;
        }
        String text = draft.get();
        if (ComposerLimit.tooLong(text)) {
            composerError.set(ComposerLimit.tooLongError(text));
        } else if (!text.isBlank()) {
            reply(text, true);
        }
    }

    /**
     * Sends qualifying question {@code number} (1, 2, ...) of Settings' list as a reply, as it is; what is in
     * the composer stays there.
     */
    public void ask(int number) {
        List<String> questions = business.qualifyingQuestions();
        if (canAsk.get() && number >= 1 && number <= questions.size()) {
            reply(questions.get(number - 1), false);
        }
    }

    private void reply(String text, boolean fromDraft) {
        long id = threadId.get();
        sending.set(true);
        composerError.set("");
        ui.then(conversations.reply(id, text), v -> {
            sending.set(false);
            if (!fromDraft) {
                return;
            }
            if (id == threadId.get()) {
                if (draft.get().equals(text)) {
                    draft.set("");
                }
            } else if (text.equals(drafts.get(id))) {
                drafts.remove(id);
            }
        }, problem -> {
            sending.set(false);
            if (id == threadId.get()) {
                composerError.set(problem);
            }
        });
    }

    public void moveTo(Stage target) {
        long id = threadId.get();
        if (id < 0) {
            return;
        }
        actionError.set("");
        ui.then(conversations.moveStage(id, target), v -> { }, problem -> {
            if (id == threadId.get()) {
                actionError.set(problem);
            }
        });
    }

    public void rename(String name) {
        long id = threadId.get();
        ThreadSummary s = summary.get();
        String clean = name == null ? "" : name.strip();
        if (id < 0 || s == null || clean.equals(s.name() == null ? "" : s.name().strip())) {
            return;
        }
        // Show the new name at once; the engine's change event confirms it a moment later.
        contactName.set(clean.isEmpty() ? PhoneFormat.pretty(s.phone()) : clean);
        actionError.set("");
        ui.then(conversations.renameContact(id, clean), v -> { }, problem -> {
            if (id == threadId.get()) {
                actionError.set(problem);
            }
        });
    }

    /** The header's name, number and initials; kept while no thread shows (the header is hidden then). */
    private void showContact(ThreadSummary s) {
        if (s == null) {
            return;
        }
        contactName.set(s.displayName());
        phone.set(PhoneFormat.pretty(s.phone()));
        initials.set(initials(s));
    }

    /** "DR" for Dana Ruiz, "D" for Dana, "#" for a number with no name. */
    private static String initials(ThreadSummary s) {
        if (s.name() == null || s.name().isBlank()) {
            return "#";
        }
        String[] parts = s.name().strip().split("\\s+");
        String first = parts[0].substring(0, 1);
        String last = parts.length > 1 ? parts[parts.length - 1].substring(0, 1) : "";
        return (first + last).toUpperCase(Locale.ROOT);
    }

    /** What the button that moves the open thread to {@code target} says. */
    public String actionLabel(Stage target) {
        ThreadSummary s = summary.get();
        return actionLabel(s == null ? Stage.NEW : s.stage(), target);
    }

    /** What a stage button says. */
    private static String actionLabel(Stage current, Stage target) {
        return switch (target) {
            case QUALIFYING -> current == Stage.SLOTS_OFFERED ? "Back to qualifying" : "Start qualifying";
            case LOST -> "Mark lost";
            case BOOKED -> "Mark booked";
            case SLOTS_OFFERED -> "Offer slots";
            case OPTED_OUT -> "Mark opted out";
            case NEW -> "Reopen";
        };
    }

    /** The open thread ({@link #open}); -1 for none. */
    public ReadOnlyLongProperty threadIdProperty() {
        return threadId.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ThreadSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ObservableList<TimelineItem> timeline() {
        return readOnlyTimeline;
    }

    /** The stages staff can move the open thread to from its header. */
    public ObservableList<Stage> actions() {
        return readOnlyActions;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ReadOnlyStringProperty composerErrorProperty() {
        return composerError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty actionErrorProperty() {
        return actionError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty sendingProperty() {
        return sending.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canComposeProperty() {
        return canCompose.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSendProperty() {
        return canSend.getReadOnlyProperty();
    }

    /** The qualifying questions, as Settings list them; {@link #ask} sends one. */
    public ObservableList<String> questions() {
        return business.qualifyingQuestions();
    }

    /** A question can be sent now: the thread is open, the customer reachable and nothing is on its way. */
    public ReadOnlyBooleanProperty canAskProperty() {
        return canAsk.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty composerNoteProperty() {
        return composerNote.getReadOnlyProperty();
    }

    /** "42 / 640": the reply's length as it will be sent, against the longest text Ringbook sends. */
    public ReadOnlyStringProperty counterProperty() {
        return counter.getReadOnlyProperty();
    }

    /** The saved replies staff put in the composer (Ctrl+R). */
    public SavedRepliesViewModel savedReplies() {
        return savedReplies;
    }

    /** The draft is longer than a text Ringbook sends: the counter shows it, Send is off. */
    public ReadOnlyBooleanProperty tooLongProperty() {
        return tooLong.getReadOnlyProperty();
    }

    /** What Send's tooltip says: its key, or why it is off while the draft is too long. */
    public ReadOnlyStringProperty sendTipProperty() {
        return sendTip.getReadOnlyProperty();
    }

    /** The customer's name, or their number when no name is known. */
    public ReadOnlyStringProperty contactNameProperty() {
        return contactName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty phoneProperty() {
        return phone.getReadOnlyProperty();
    }

    /** The avatar's letters. */
    public ReadOnlyStringProperty initialsProperty() {
        return initials.getReadOnlyProperty();
    }

    /** Why the last text to this customer failed, in the carrier's words; empty when nothing failed. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ZoneId zone() {
        return business.zone();
    }

    /** How another conversation is opened from here (the customer's history, a reopened booking): the inbox's pick. */
    public void navigateWith(LongConsumer navigator) {
        this.navigator = navigator;
    }

    public CustomerHistoryViewModel history() {
        return history;
    }

    public LostViewModel lost() {
        return lost;
    }

    /** The business's zone, which every time shown is in; it changes when Settings are saved. */
    public ReadOnlyObjectProperty<ZoneId> zoneProperty() {
        return business.zoneProperty();
    }
}
