package com.ringbook.store.postgres;

import com.ringbook.domain.Appointment;
import com.ringbook.domain.FollowUp;
import com.ringbook.store.AppointmentRepository;
import com.ringbook.store.CallRepository;
import com.ringbook.store.ContactRepository;
import com.ringbook.store.FirstCallWriter;
import com.ringbook.store.FollowUpRepository;
import com.ringbook.store.MessageRepository;
import com.ringbook.store.OfferRepository;
import com.ringbook.store.OptOutRepository;
import com.ringbook.store.OutboxRepository;
import com.ringbook.store.SettingsRepository;
import com.ringbook.store.StoreChanges.Change;
import com.ringbook.store.StoreChanges.Kind;
import com.ringbook.store.ThreadRepository;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.LongUnaryOperator;

/**
 * Which writes other desks hear of, and about which thread: each writing method of a repository whose rows a
 * screen shows notes its change once it has returned (a call that threw notes nothing; the writer rolls back
 * whatever it may have left). Reads pass straight through. A proxy per repository rather than a hand-written
 * wrapper: the rules below are the whole of it, and a new read method needs nothing here.
 *
 * <p>Only the PostgreSQL store builds these; SQLite's writer has no other desks and pays nothing.
 */
final class PgAnnouncedWrites {
    /** What one write call changed, from its name, arguments and result. */
    @FunctionalInterface
    private interface Rule {
        void noted(String method, Object[] args, Object result);
    }

    private static final Set<String> THREAD_WRITES =
            Set.of("create", "touch", "setStage", "markRead", "setLead", "markLost", "reopen");
    private static final Set<String> OUTBOX_ROW_WRITES =
            Set.of("recordAccepted", "recordRetry", "recordRejected", "recordCancelled");
    /** What a contact's every conversation shows: the name, the address, whether they opted out. */
    private static final Set<String> CONTACT_WRITES = Set.of("setName", "setAddress", "setOptedOut");

    private final Consumer<Change> sink;
    /** The thread an outbox row's text belongs to (0 if none), read in the writer's transaction. */
    private final LongUnaryOperator threadOfOutbox;
    /** A contact's conversations, read in the writer's transaction. */
    private final LongFunction<long[]> threadsOfContact;

    PgAnnouncedWrites(Consumer<Change> sink, LongUnaryOperator threadOfOutbox, LongFunction<long[]> threadsOfContact) {
        this.sink = sink;
        this.threadOfOutbox = threadOfOutbox;
        this.threadsOfContact = threadsOfContact;
    }

    private void note(Kind kind, long threadId) {
        sink.accept(new Change(kind, threadId));
    }

    SettingsRepository.Writable settings(SettingsRepository.Writable target) {
        return watch(SettingsRepository.Writable.class, target, (m, a, r) -> {
            if (m.equals("put")) {
                note(Kind.SETTINGS, 0);
            }
        });
    }

    ThreadRepository.Writable threads(ThreadRepository.Writable target) {
        return watch(ThreadRepository.Writable.class, target, (m, a, r) -> {
            if (THREAD_WRITES.contains(m)) {
                note(Kind.THREAD, m.equals("create") ? (Long) r : (Long) a[0]);
            }
        });
    }

    CallRepository.Writable calls(CallRepository.Writable target) {
        return watch(CallRepository.Writable.class, target, (m, a, r) -> {
            if (m.equals("insert") && ((OptionalLong) r).isPresent()) {
                note(Kind.CALL, a[3] == null ? 0 : (Long) a[3]);
            } else if (m.equals("markUnreachable") || (m.equals("clearUnreachable") && (Boolean) r)) {
                // The call log shows a refused number on every call from it: no one thread.
                note(Kind.CALL, 0);
            }
        });
    }

    /**
     * A rename, an address or an opt-out shows on each of the contact's conversations (their rows, the open thread,
     * the customer's history), and a name on the call log too.
     */
    ContactRepository.Writable contacts(ContactRepository.Writable target) {
        return watch(ContactRepository.Writable.class, target, (m, a, r) -> {
            if (CONTACT_WRITES.contains(m)) {
                for (long threadId : threadsOfContact.apply((Long) a[0])) {
                    note(Kind.THREAD, threadId);
                }
                if (m.equals("setName")) {
                    note(Kind.CALL, 0);
                }
            }
        });
    }

    /** Slots offered show on the thread's booking panel. */
    OfferRepository.Writable offers(OfferRepository.Writable target) {
        return watch(OfferRepository.Writable.class, target, (m, a, r) -> {
            if (m.equals("save")) {
                note(Kind.THREAD, (Long) a[0]);
            }
        });
    }

    /** An answer held back from a number that opted out is shown on its thread, as not sent. */
    OptOutRepository optOuts(OptOutRepository target) {
        return watch(OptOutRepository.class, target, (m, a, r) -> {
            if (m.equals("noteHeldBack")) {
                note(Kind.MESSAGE, (Long) a[0]);
            }
        });
    }

    MessageRepository.Writable messages(MessageRepository.Writable target) {
        return watch(MessageRepository.Writable.class, target, (m, a, r) -> {
            if (m.equals("insertInbound") && ((OptionalLong) r).isPresent()) {
                note(Kind.MESSAGE, (Long) a[0]);
            } else if (m.equals("recordDelivery") && ((OptionalLong) r).isPresent()) {
                note(Kind.MESSAGE, ((OptionalLong) r).getAsLong());
            }
        });
    }

    OutboxRepository.Writable outbox(OutboxRepository.Writable target) {
        return watch(OutboxRepository.Writable.class, target, (m, a, r) -> {
            if (m.equals("queue")) {
                note(Kind.MESSAGE, (Long) a[0]);
                note(Kind.OUTBOX, (Long) a[0]);
            } else if (OUTBOX_ROW_WRITES.contains(m)) {
                long threadId = threadOfOutbox.applyAsLong((Long) a[0]);
                note(Kind.MESSAGE, threadId);
                note(Kind.OUTBOX, threadId);
            } else if (m.equals("cancelTo") || m.equals("markUnsentAsUnknown")) {
                // Many rows, any threads: the backlog changed; their threads show it when next opened.
                note(Kind.OUTBOX, 0);
            }
        });
    }

    AppointmentRepository.Writable appointments(AppointmentRepository.Writable target) {
        return watch(AppointmentRepository.Writable.class, target, (m, a, r) -> {
            if (m.equals("book")) {
                note(Kind.APPOINTMENT, (Long) a[0]);
            } else if ((m.equals("cancel") || m.equals("setValue") || m.equals("reschedule")) && (Boolean) r) {
                Optional<Appointment> appointment = target.byId((Long) a[0]);
                appointment.ifPresent(x -> note(Kind.APPOINTMENT, x.threadId()));
            }
        });
    }

    FollowUpRepository.Writable followUps(FollowUpRepository.Writable target) {
        return watch(FollowUpRepository.Writable.class, target, (m, a, r) -> {
            if (m.equals("schedule")) {
                note(Kind.THREAD, (Long) a[0]);
            } else if ((m.equals("cancel") || m.equals("reschedule") || m.equals("markSent")) && (Boolean) r) {
                Optional<FollowUp> followUp = target.byId((Long) a[0]);
                followUp.ifPresent(x -> note(Kind.THREAD, x.threadId()));
            }
        });
    }

    @SuppressWarnings("unchecked")
    FirstCallWriter firstCalls(FirstCallWriter target) {
        return watch(FirstCallWriter.class, target, (m, a, r) -> {
            if (m.equals("open")) {
                for (Optional<?> opened : (List<Optional<?>>) r) {
                    opened.ifPresent(o -> {
                        long threadId = ((FirstCallWriter.Opened) o).threadId();
                        for (Kind kind : List.of(Kind.THREAD, Kind.CALL, Kind.MESSAGE, Kind.OUTBOX)) {
                            note(kind, threadId);
                        }
                    });
                }
            }
        });
    }

    private static <T> T watch(Class<T> type, T target, Rule rule) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                // The repository's own exception, unwrapped: the writer tells failures apart by their type.
                throw e.getCause();
            }
            if (method.getDeclaringClass() != Object.class) {
                rule.noted(method.getName(), args, result);
            }
            return result;
        };
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
