package com.ringbook.store.postgres;

import com.ringbook.store.AppointmentRepository;
import com.ringbook.store.CallRepository;
import com.ringbook.store.CarrierStateRepository;
import com.ringbook.store.ContactRepository;
import com.ringbook.store.FirstCallWriter;
import com.ringbook.store.FollowUpRepository;
import com.ringbook.store.MessageRepository;
import com.ringbook.store.MetricsRepository;
import com.ringbook.store.OfferRepository;
import com.ringbook.store.OptOutRepository;
import com.ringbook.store.OutboxRepository;
import com.ringbook.store.RevenueRepository;
import com.ringbook.store.SettingsRepository;
import com.ringbook.store.ThreadRepository;
import com.ringbook.store.WriteSession;

/**
 * The writer's session on a shared database: the same repositories, with those whose rows other desks show
 * (threads, messages, calls, contacts, offers, held-back answers, appointments, settings, outbox, first calls,
 * follow-ups) noting what they wrote for the transaction's change batch ({@link PgAnnouncedWrites}). Repositories
 * nobody shows live (carrier state, metrics, revenue) pass through.
 */
final class PgAnnouncingSession implements WriteSession {
    private final WriteSession session;
    private final SettingsRepository.Writable settings;
    private final ThreadRepository.Writable threads;
    private final CallRepository.Writable calls;
    private final MessageRepository.Writable messages;
    private final OutboxRepository.Writable outbox;
    private final AppointmentRepository.Writable appointments;
    private final FollowUpRepository.Writable followUps;
    private final FirstCallWriter firstCalls;
    private final ContactRepository.Writable contacts;
    private final OfferRepository.Writable offers;
    private final OptOutRepository optOuts;

    PgAnnouncingSession(WriteSession session, PgAnnouncedWrites writes) {
        this.session = session;
        this.settings = writes.settings(session.settings());
        this.threads = writes.threads(session.threads());
        this.calls = writes.calls(session.calls());
        this.messages = writes.messages(session.messages());
        this.outbox = writes.outbox(session.outbox());
        this.appointments = writes.appointments(session.appointments());
        this.followUps = writes.followUps(session.followUps());
        this.firstCalls = writes.firstCalls(session.firstCalls());
        this.contacts = writes.contacts(session.contacts());
        this.offers = writes.offers(session.offers());
        this.optOuts = writes.optOuts(session.optOuts());
    }

    @Override
    public SettingsRepository.Writable settings() {
        return settings;
    }

    @Override
    public CarrierStateRepository.Writable carrierState() {
        return session.carrierState();
    }

    @Override
    public ContactRepository.Writable contacts() {
        return contacts;
    }

    @Override
    public ThreadRepository.Writable threads() {
        return threads;
    }

    @Override
    public CallRepository.Writable calls() {
        return calls;
    }

    @Override
    public MessageRepository.Writable messages() {
        return messages;
    }

    @Override
    public OutboxRepository.Writable outbox() {
        return outbox;
    }

    @Override
    public MetricsRepository metrics() {
        return session.metrics();
    }

    @Override
    public OfferRepository.Writable offers() {
        return offers;
    }

    @Override
    public AppointmentRepository.Writable appointments() {
        return appointments;
    }

    @Override
    public FollowUpRepository.Writable followUps() {
        return followUps;
    }

    @Override
    public RevenueRepository revenue() {
        return session.revenue();
    }

    @Override
    public FirstCallWriter firstCalls() {
        return firstCalls;
    }

    @Override
    public OptOutRepository optOuts() {
        return optOuts;
    }
}
