package com.ringbook.store;

/**
 * Changes, all made inside the writer's current transaction: a unit of work either lands whole or
 * not at all, together with the outbox rows it wrote.
 */
public interface WriteSession extends ReadSession {

    @Override
    SettingsRepository.Writable settings();

    @Override
    CarrierStateRepository.Writable carrierState();

    @Override
    ContactRepository.Writable contacts();

    @Override
    ThreadRepository.Writable threads();

    @Override
    CallRepository.Writable calls();

    @Override
    MessageRepository.Writable messages();

    @Override
    OutboxRepository.Writable outbox();

    @Override
    OfferRepository.Writable offers();

    @Override
    AppointmentRepository.Writable appointments();

    @Override
    FollowUpRepository.Writable followUps();

    FirstCallWriter firstCalls();

    /** What a STOP put aside for a later START. */
    OptOutRepository optOuts();
}
