package com.ringbook.ui.thread;

import com.ringbook.booking.api.BookingService;
import com.ringbook.booking.api.LeadCard;
import com.ringbook.domain.Money;
import com.ringbook.ui.common.BusinessContext;
import com.ringbook.ui.common.EngineEvents;
import com.ringbook.ui.common.UiExecutor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The lead card beside the open conversation: who the customer is, where, and what the job is, saved as typed.
 * A field is saved when staff leave it or press Enter, one field at a time (so a refused value costs nothing
 * else), one save at a time, a newer value of a field waiting replacing the older one. A refused value stays as
 * typed with the service's words beside it. Changes made elsewhere show at once, except in a field being
 * edited, refused or waiting to be saved.
 */
public final class LeadCardViewModel {

    /** The card's fields, in the order they show. */
    public enum Field { NAME, ADDRESS, JOB_TYPE, URGENCY, VALUE, NOTES }

    /** One field's value waiting to be saved on one thread. */
    private record Save(long threadId, Field field, String value) {
    }

    private final BookingService booking;
    private final BusinessContext business;
    private final UiExecutor ui;
    private final ReadOnlyLongWrapper threadId = new ReadOnlyLongWrapper(-1);
    private final Map<Field, StringProperty> typed = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    /** The card as the service last gave it for the open thread, each field as it shows. */
    private final Map<Field, String> stored = new EnumMap<>(Field.class);
    private final Set<Field> editing = EnumSet.noneOf(Field.class);
    private final Deque<Save> queue = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper loadError = new ReadOnlyStringWrapper("");
    private Save inFlight;

    public LeadCardViewModel(BookingService booking, EngineEvents events, BusinessContext business, UiExecutor ui) {
        this.booking = booking;
        this.business = business;
        this.ui = ui;
        for (Field f : Field.values()) {
            typed.put(f, new SimpleStringProperty(""));
            problems.put(f, new ReadOnlyStringWrapper(""));
            stored.put(f, "");
        }
        events.onThreadChanged(threadId::get, this::refresh);
    }

    /** Opens the card of whichever thread {@code selection} names, as it changes. */
    public void follow(ReadOnlyLongProperty selection) {
        selection.addListener((obs, was, now) -> open(now.longValue()));
    }

    public void open(long id) {
        if (id == threadId.get()) {
            return;
        }
        // Whatever was typed and not yet handed in still goes to the thread it was typed on.
        for (Field f : Field.values()) {
            commit(f);
        }
        threadId.set(id);
        loaded.set(false);
        loadError.set("");
        for (Field f : Field.values()) {
            problems.get(f).set("");
            stored.put(f, "");
            typed.get(f).set("");
        }
        if (id >= 0) {
            long opened = id;
            ui.then(booking.lead(id), card -> {
                if (opened == threadId.get()) {
                    show(card, true);
                    loaded.set(true);
                }
            }, problem -> {
                if (opened == threadId.get()) {
                    loadError.set(problem);
                }
            });
        }
    }

    /** The view says whether staff are in a field; a field being edited is never changed under them. */
    public void editing(Field field, boolean now) {
        if (now) {
            editing.add(field);
        } else {
            editing.remove(field);
        }
    }

    /**
     * Puts {@code value} in a field of the open card and saves it, as staff typing it would; not into a field staff
     * are editing, nor one whose value was refused or waits to be saved. Returns whether it was filled.
     */
    public boolean fill(long id, Field field, String value) {
        if (id < 0 || id != threadId.get() || !loaded.get() || editing.contains(field)
                || !problems.get(field).get().isEmpty() || queue.stream().anyMatch(s -> s.threadId() == id && s.field() == field)
                || (inFlight != null && inFlight.threadId() == id && inFlight.field() == field)) {
            return false;
        }
        typed.get(field).set(value);
        commit(field);
        return true;
    }

    /** Saves the field as typed, if it differs from what is stored (staff left it, or pressed Enter). */
    public void commit(Field field) {
        long id = threadId.get();
        if (id < 0 || !loaded.get()) {
            return;
        }
        String value = typed.get(field).get();
        if (value.equals(stored.get(field)) && problems.get(field).get().isEmpty()) {
            return;
        }
        queue.removeIf(s -> s.threadId() == id && s.field() == field);
        queue.add(new Save(id, field, value));
        saveNext();
    }

    private void saveNext() {
        if (inFlight != null) {
            return;
        }
        Save save = queue.poll();
        saving.set(save != null);
        if (save == null) {
            return;
        }
        inFlight = save;
        // Read, then change only this field: a value refused elsewhere on the card never holds this one back.
        CompletableFuture<LeadCard> saved = booking.lead(save.threadId())
                .thenCompose(card -> booking.saveLead(save.threadId(), with(card, save.field(), save.value())));
        ui.then(saved, card -> {
            inFlight = null;
            if (save.threadId() == threadId.get()) {
                problems.get(save.field()).set("");
                show(card, false);
            }
            saveNext();
        }, problem -> {
            inFlight = null;
            if (save.threadId() == threadId.get() && save.value().equals(typed.get(save.field()).get())) {
                problems.get(save.field()).set(problem);
            }
            saveNext();
        });
    }

    private void refresh() {
        long id = threadId.get();
        if (!loaded.get()) {
            return;
        }
        ui.then(booking.lead(id), card -> {
            if (id == threadId.get()) {
                show(card, false);
            }
        }, problem -> { });
    }

    /** Takes the stored card; on opening every field shows it, later only fields nobody is working on. */
    private void show(LeadCard card, boolean all) {
        long id = threadId.get();
        for (Field f : Field.values()) {
            String value = shown(f, card);
            stored.put(f, value);
            boolean busy = editing.contains(f) || !problems.get(f).get().isEmpty()
                    || queue.stream().anyMatch(s -> s.threadId() == id && s.field() == f)
                    || (inFlight != null && inFlight.threadId() == id && inFlight.field() == f);
            if (all || !busy) {
                typed.get(f).set(value);
            }
        }
    }

    /** A field of the card as it shows: money as a person reads it ("$350"), nothing as empty. */
    private static String shown(Field f, LeadCard card) {
        String value = switch (f) {
            case NAME -> card.name();
            case ADDRESS -> card.address();
            case JOB_TYPE -> card.jobType();
            case URGENCY -> card.urgency();
            case VALUE -> card.value();
            case NOTES -> card.notes();
        };
        if (value == null) {
            return "";
        }
        if (f == Field.VALUE && !value.isBlank()) {
            try {
                return Money.shown(Money.parseCents(value));
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        return value;
    }

    private static LeadCard with(LeadCard card, Field f, String value) {
        return new LeadCard(
                f == Field.NAME ? value : card.name(),
                f == Field.ADDRESS ? value : card.address(),
                f == Field.JOB_TYPE ? value : card.jobType(),
                f == Field.URGENCY ? value : card.urgency(),
                f == Field.VALUE ? value : card.value(),
                f == Field.NOTES ? value : card.notes());
    }

    /** What staff type in a field: the card's inputs. */
    public StringProperty textProperty(Field field) {
        return typed.get(Objects.requireNonNull(field));
    }

    /** Why the service refused the field's value, as it said it; empty when it was saved. */
    public ReadOnlyStringProperty problemProperty(Field field) {
        return problems.get(Objects.requireNonNull(field)).getReadOnlyProperty();
    }

    /** The job types a lead can be, as Settings name them. */
    public ObservableList<String> jobTypes() {
        return business.jobTypes();
    }

    /** The open thread; -1 for none. */
    public ReadOnlyLongProperty threadIdProperty() {
        return threadId.getReadOnlyProperty();
    }

    /** True once the open thread's card has been read. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** True while a field is being saved or waits to be. */
    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** Why the card could not be read; empty when it was. */
    public ReadOnlyStringProperty loadErrorProperty() {
        return loadError.getReadOnlyProperty();
    }
}
