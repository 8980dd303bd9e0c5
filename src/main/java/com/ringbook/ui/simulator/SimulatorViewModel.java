package com.ringbook.ui.simulator;

import com.ringbook.domain.PhoneFormat;
import com.ringbook.domain.PhoneNumbers;
import com.ringbook.domain.InboxQuery;
import com.ringbook.domain.ThreadSummary;
import com.ringbook.engine.api.ConversationService;
import com.ringbook.engine.api.Simulation;
import com.ringbook.engine.api.Subscription;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.UiExecutor;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Staff playing a customer on the simulated carrier: ring the business and hang up, read what the
 * business texted to this phone, text back. The phone re-reads itself whenever the simulated network
 * changes.
 */
public final class SimulatorViewModel implements AutoCloseable {
    /** Fictional 555-01xx numbers: valid to libphonenumber, reserved so they never reach a real person. */
    public static final String DEFAULT_CALLER = "(206) 555-0142";
    public static final List<String> QUICK_REPLIES = List.of(
            "Kitchen sink is leaking", "Tomorrow morning works", "STOP", "HELP");

    /** A caller to switch to: what to put in the caller ID field, and how to show it in the list. */
    public record RecentCaller(String callerId, String label) {
    }

    private static final int RECENT_LIMIT = 12;

    private final ConversationService conversations;
    private final UiExecutor ui;
    private final Simulation simulation;
    private final BusinessContext business;
    private final Subscription subscription;
    private final StringProperty callerId = new SimpleStringProperty(DEFAULT_CALLER);
    private final StringProperty message = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper notTexted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Simulation.PhoneText> conversation = FXCollections.observableArrayList();
    private final ObservableList<RecentCaller> recentCallers = FXCollections.observableArrayList();
    private final ObservableList<Simulation.PhoneText> readOnlyConversation =
            FXCollections.unmodifiableObservableList(conversation);
    private final ObservableList<RecentCaller> readOnlyRecentCallers =
            FXCollections.unmodifiableObservableList(recentCallers);
    private final AtomicBoolean refreshQueued = new AtomicBoolean();
    private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canRing = new ReadOnlyBooleanWrapper();
    private final Random random = new Random();
    private boolean loading;
    private boolean loadAgain;

    public SimulatorViewModel(Simulation simulation, ConversationService conversations, BusinessContext business,
                              UiExecutor ui) {
        this.conversations = conversations;
        this.ui = ui;
        this.simulation = simulation;
        this.business = business;
        this.subscription = simulation.onChange(this::networkChanged);
        canSend.bind(busy.not().and(Bindings.createBooleanBinding(() -> !message.get().isBlank(), message))
                .and(Bindings.createBooleanBinding(() -> !callerId.get().isBlank(), callerId)));
        canRing.bind(busy.not().and(callerId.isNotEmpty()));
        callerId.addListener((obs, was, now) -> {
            error.set("");
            status.set("");
            refresh();
        });
        refresh();
    }

    private void networkChanged() {
        if (refreshQueued.compareAndSet(false, true)) {
            ui.later(() -> {
                refreshQueued.set(false);
                refresh();
            });
        }
    }

    /** Re-reads the phone's conversation (one read at a time; changes during a read trigger one more). */
    public void refresh() {
        refreshRecent();
        if (loading) {
            loadAgain = true;
            return;
        }
        String id = callerId.get();
        if (id == null || id.isBlank()) {
            conversation.clear();
            return;
        }
        loading = true;
        ui.then(simulation.phoneConversation(id), texts -> {
            loading = false;
            if (id.equals(callerId.get()) && !texts.equals(conversation)) {
                conversation.setAll(texts);
            }
            if (loadAgain) {
                loadAgain = false;
                refresh();
            }
        }, problem -> {
            loading = false;
            error.set(problem);
        });
    }

    /** The callers the business heard from most recently: with the simulator, those are simulated callers. */
    private void refreshRecent() {
        ui.then(conversations.inbox(new InboxQuery(InboxQuery.Filter.ALL, "", RECENT_LIMIT * 2, 0)), threads -> {
            java.util.LinkedHashMap<String, RecentCaller> byNumber = new java.util.LinkedHashMap<>();
            for (ThreadSummary t : threads) {
                if (t.phone() != null && !byNumber.containsKey(t.phone()) && byNumber.size() < RECENT_LIMIT) {
                    String number = national(t.phone());
                    String label = t.name() == null || t.name().isBlank() ? number : t.name() + "  ·  " + number;
                    byNumber.put(t.phone(), new RecentCaller(number, label));
                }
            }
            List<RecentCaller> next = List.copyOf(byNumber.values());
            if (!next.equals(recentCallers)) {
                recentCallers.setAll(next);
            }
        }, problem -> { });
    }

    public void ringAndMiss() {
        String id = callerId.get().strip();
        busy.set(true);
        error.set("");
        ui.then(simulation.ringAndMissDecided(id), outcome -> {
            busy.set(false);
            remember(id);
            // What Ringbook actually decided for this call, not what it usually does.
            status.set("Rang from " + shown(outcome.seenAs()) + " and hung up. " + outcome.decision().explanation());
            notTexted.set(!outcome.decision().sends());
            refresh();
        }, problem -> {
            busy.set(false);
            error.set(problem);
        });
    }

    public void sendAsCustomer() {
        String text = message.get();
        if (text.isBlank()) {
            return;
        }
        sendAsCustomer(text, true);
    }

    public void quickReply(String text) {
        sendAsCustomer(text, false);
    }

    private void sendAsCustomer(String text, boolean fromField) {
        String id = callerId.get().strip();
        busy.set(true);
        error.set("");
        ui.then(simulation.customerTexts(id, text), v -> {
            busy.set(false);
            remember(id);
            if (fromField && message.get().equals(text)) {
                message.set("");
            }
            status.set("");
            refresh();
        }, problem -> {
            busy.set(false);
            error.set(problem);
        });
    }

    /** Picks a fresh fictional number not used yet in this session. */
    public void newCaller() {
        for (int i = 0; i < 100; i++) {
            String candidate = String.format("(206) 555-01%02d", random.nextInt(100));
            if (recentCallers.stream().noneMatch(r -> r.callerId().equals(candidate)) && !candidate.equals(callerId.get())) {
                callerId.set(candidate);
                return;
            }
        }
    }

    public void switchTo(RecentCaller caller) {
        if (caller != null) {
            callerId.set(caller.callerId());
        }
    }

    private void remember(String id) {
        String shown = PhoneNumbers.normalize(id, business.regionProperty().get()).map(SimulatorViewModel::national)
                .orElse(id);
        if (!id.equals(shown) && id.equals(callerId.get())) {
            callerId.set(shown);
        }
    }

    /** A number as people read it; a caller ID that is no number (withheld, say) as it was typed. */
    private static String shown(String seenAs) {
        return seenAs == null || seenAs.isBlank() ? "a withheld number" : seenAs.startsWith("+") ? national(seenAs) : seenAs;
    }

    private static String national(String e164) {
        if (e164.startsWith("+1") && e164.length() == 12) {
            return "(" + e164.substring(2, 5) + ") " + e164.substring(5, 8) + "-" + e164.substring(8);
        }
        return PhoneFormat.pretty(e164);
    }

    public StringProperty callerIdProperty() {
        return callerId;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The last call rang out and Ringbook decided not to text it back: the status reads as a warning. */
    public ReadOnlyBooleanProperty notTextedProperty() {
        return notTexted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canSendProperty() {
        return canSend.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRingProperty() {
        return canRing.getReadOnlyProperty();
    }

    /** The caller being played now, marked in the list of recent callers. */
    public boolean isCurrent(RecentCaller caller) {
        return caller.callerId().equals(callerId.get());
    }

    public ObservableList<Simulation.PhoneText> conversation() {
        return readOnlyConversation;
    }

    public ObservableList<RecentCaller> recentCallers() {
        return readOnlyRecentCallers;
    }

    public ReadOnlyStringProperty businessNameProperty() {
        return business.nameProperty();
    }

    public java.time.ZoneId zone() {
        return business.zone();
    }

    @Override
    public void close() {
        subscription.close();
    }
}
