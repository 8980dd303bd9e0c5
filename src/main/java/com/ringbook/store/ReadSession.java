package com.ringbook.store;

/**
 * The questions the engine and the screens ask of stored data, one repository per subject. No SQL
 * leaks past these interfaces.
 */
public interface ReadSession {

    SettingsRepository settings();

    CarrierStateRepository carrierState();

    ContactRepository contacts();

    ThreadRepository threads();

    CallRepository calls();

    MessageRepository messages();

    OutboxRepository outbox();

    MetricsRepository metrics();

    OfferRepository offers();

    AppointmentRepository appointments();

    FollowUpRepository followUps();

    RevenueRepository revenue();
}
