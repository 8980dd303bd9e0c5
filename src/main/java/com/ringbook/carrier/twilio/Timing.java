package com.ringbook.carrier.twilio;

import com.ringbook.domain.CarrierSettings;
import java.time.Duration;

/**
 * How often the adapter asks Twilio and how long it waits. Separate from the settings so tests can
 * poll every few milliseconds while settings stay in whole seconds.
 *
 * @param pollInterval      between polls when polling is how calls are found
 * @param safetyNetInterval between polls when webhooks do the real work and polling only catches what they missed
 * @param authRetry         between polls while Twilio refuses the credentials
 * @param requestTimeout    for one HTTP request, after which its outcome is unknown
 * @param saveWait          for the engine to put a call or text on disk before it counts as seen;
 *                          well inside the 15 s Twilio waits for a webhook's answer
 */
record Timing(Duration pollInterval, Duration safetyNetInterval, Duration authRetry, Duration requestTimeout,
              Duration saveWait) {

    private static final Duration MIN_SAFETY_NET = Duration.ofSeconds(30);

    static Timing of(CarrierSettings settings) {
        Duration poll = Duration.ofSeconds(Math.max(1, settings.pollSeconds()));
        Duration safetyNet = poll.multipliedBy(4);
        return new Timing(poll, safetyNet.compareTo(MIN_SAFETY_NET) >= 0 ? safetyNet : MIN_SAFETY_NET,
                TwilioErrors.BAD_CREDENTIALS_RETRY, Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /** "5 s", or "100 ms" for the sub-second intervals of tests. */
    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
