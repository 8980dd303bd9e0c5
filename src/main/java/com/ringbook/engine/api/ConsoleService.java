package com.ringbook.engine.api;

import java.util.Optional;

/**
 * What the console may ask of the engine, one small service per capability. Every call on them returns
 * at once and completes off the FX thread; a refusal completes exceptionally with
 * {@link RequestRefused} and a message for the user. Booking, follow-ups and revenue join here as
 * services of their own.
 */
public interface ConsoleService {

    /** The inbox and the work on one conversation. */
    ConversationService conversations();

    /** Every missed call and what Ringbook did about it. */
    CallLogService calls();

    /** Settings, the carrier's credentials and its connection test. */
    SettingsService settings();

    /** The status bar's figures. */
    StatusService status();

    /** What changed, as it happens. */
    ChangeEvents events();

    /** Present when the simulated carrier is in use. */
    Optional<Simulation> simulation();
}
