package com.ringbook.app;

import com.ringbook.domain.CarrierSettings;
import com.ringbook.domain.Settings;
import java.util.LinkedHashMap;
import java.util.Map;

/** RINGBOOK_* variables, read as settings for this run only; they are never written to the database. */
final class EnvironmentSettings {
    static final String DATA_DIR = "RINGBOOK_DATA_DIR";
    static final String AUTH_TOKEN = "RINGBOOK_TWILIO_AUTH_TOKEN";

    private static final Map<String, String> VARIABLES = Map.of(
            "RINGBOOK_CARRIER", CarrierSettings.KIND,
            "RINGBOOK_TWILIO_ACCOUNT_SID", CarrierSettings.ACCOUNT_SID,
            "RINGBOOK_TWILIO_NUMBER", CarrierSettings.NUMBER,
            "RINGBOOK_TWILIO_API_BASE", CarrierSettings.API_BASE,
            "RINGBOOK_POLL_SECONDS", CarrierSettings.POLL_SECONDS,
            "RINGBOOK_WEBHOOK_PORT", CarrierSettings.WEBHOOK_PORT,
            "RINGBOOK_PUBLIC_URL", CarrierSettings.PUBLIC_URL,
            "RINGBOOK_BUSINESS_NAME", Settings.BUSINESS_NAME,
            "RINGBOOK_TIMEZONE", Settings.ZONE);

    private EnvironmentSettings() {
    }

    static Map<String, String> overrides(Map<String, String> env) {
        Map<String, String> overrides = new LinkedHashMap<>();
        VARIABLES.forEach((variable, key) -> {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                overrides.put(key, value.strip());
            }
        });
        return overrides;
    }
}
