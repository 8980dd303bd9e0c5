package com.ringbook.app;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.FollowUpSettings;
import com.ringbook.domain.SendingHours;
import com.ringbook.domain.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** RINGBOOK_* variables, read as settings for this run only; they are never written to the database. */
final class EnvironmentSettings {
    static final String DATA_DIR = "RINGBOOK_DATA_DIR";
    static final String AUTH_TOKEN = "RINGBOOK_TWILIO_AUTH_TOKEN";

    static final String FOLLOWUP_AFTER = "RINGBOOK_FOLLOWUP_AFTER";
    static final String SENDING_HOURS = "RINGBOOK_SENDING_HOURS";

    private static final Map<String, String> VARIABLES = Map.ofEntries(
            Map.entry("RINGBOOK_CARRIER", CarrierSettings.KIND),
            Map.entry("RINGBOOK_TWILIO_ACCOUNT_SID", CarrierSettings.ACCOUNT_SID),
            Map.entry("RINGBOOK_TWILIO_NUMBER", CarrierSettings.NUMBER),
            Map.entry("RINGBOOK_TWILIO_API_BASE", CarrierSettings.API_BASE),
            Map.entry("RINGBOOK_POLL_SECONDS", CarrierSettings.POLL_SECONDS),
            Map.entry("RINGBOOK_WEBHOOK_PORT", CarrierSettings.WEBHOOK_PORT),
            Map.entry("RINGBOOK_PUBLIC_URL", CarrierSettings.PUBLIC_URL),
            Map.entry("RINGBOOK_BUSINESS_NAME", Settings.BUSINESS_NAME),
            Map.entry("RINGBOOK_TIMEZONE", Settings.ZONE),
            Map.entry(FOLLOWUP_AFTER, FollowUpSettings.AFTER_FOR_RUN),
            Map.entry(SENDING_HOURS, FollowUpSettings.SENDING_HOURS));

    /**
     * Variables read as a particular form, with what that form is: a value that does not read stops the start
     * with the variable named, rather than a run that quietly ignores it.
     */
    private static final Map<String, Check> CHECKED = Map.of(
            FOLLOWUP_AFTER, new Check(FollowUpSettings::runWaitProblem,
                    "an ISO-8601 duration such as PT3H, PT90M or PT10S, at most a week"),
            SENDING_HOURS, new Check(SendingHours::problem, SendingHours.EXPECTED));

    private record Check(Function<String, Optional<String>> problem, String expected) {
    }

    private EnvironmentSettings() {
    }

    /** @throws IllegalArgumentException naming the variable, when one that must read a certain way does not */
    static Map<String, String> overrides(Map<String, String> env) {
        Map<String, String> overrides = new LinkedHashMap<>();
        VARIABLES.forEach((variable, key) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                Check check = CHECKED.get(variable);
                Optional<String> problem = check == null ? Optional.empty() : check.problem().apply(value.strip());
                if (problem.isPresent()) {
                    // A problem that only says what to use again adds nothing to "expected ...".
                    String more = problem.get().startsWith("Use ") ? "" : " " + problem.get();
                    throw new IllegalArgumentException(variable + " is \"" + value.strip() + "\", which cannot be read: expected "
                            + check.expected() + "." + more);
                }
                overrides.put(key, value.strip());
            }
        });
        return overrides;
    }
}
