package com.ringbook.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which carrier Ringbook talks to and how. The Twilio auth token is deliberately not here: it is a
 * secret kept in its own owner-only file, never in the settings table.
 */
public record CarrierSettings(
        Kind kind,
        String accountSid,
        String businessNumber,
        String apiBase,
        int pollSeconds,
        Integer webhookPort,
        String publicUrl,
        boolean forwardingTarget,
        int ringSeconds) {

    public enum Kind { SIMULATOR, TWILIO }

    public static final String KIND = "carrier.kind";
    public static final String ACCOUNT_SID = "twilio.account_sid";
    public static final String NUMBER = "twilio.number";
    public static final String API_BASE = "twilio.api_base";
    public static final String POLL_SECONDS = "twilio.poll_seconds";
    public static final String WEBHOOK_PORT = "twilio.webhook_port";
    public static final String PUBLIC_URL = "twilio.public_url";
    public static final String FORWARDING_TARGET = "twilio.forwarding_target";
    public static final String RING_SECONDS = "twilio.ring_seconds";

    public static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(KIND, "simulator");
        d.put(ACCOUNT_SID, "");
        d.put(NUMBER, "");
        d.put(API_BASE, "https://api.twilio.com");
        d.put(POLL_SECONDS, "5");
        d.put(WEBHOOK_PORT, "");
        d.put(PUBLIC_URL, "");
        d.put(FORWARDING_TARGET, "false");
        d.put(RING_SECONDS, "20");
        return d;
    }

    public boolean webhooksEnabled() {
        return webhookPort != null && publicUrl != null && !publicUrl.isBlank();
    }

    static CarrierSettings fromMap(Map<String, String> m) {
        String port = m.get(WEBHOOK_PORT).strip();
        String number = m.get(NUMBER).strip();
        return new CarrierSettings(
                Kind.valueOf(m.get(KIND).strip().toUpperCase(Locale.ROOT)),
                m.get(ACCOUNT_SID).strip(),
                // Twilio reports numbers in E.164; compared as typed, "(415) 555-0142" would match no call.
                PhoneNumbers.normalize(number, m.get(Settings.REGION)).orElse(number),
                m.get(API_BASE).strip(),
                Integer.parseInt(m.get(POLL_SECONDS).strip()),
                port.isEmpty() ? null : Integer.valueOf(port),
                m.get(PUBLIC_URL).strip(),
                Boolean.parseBoolean(m.get(FORWARDING_TARGET).strip()),
                Integer.parseInt(m.get(RING_SECONDS).strip()));
    }

    static Map<String, String> validate(Map<String, String> m) {
        Map<String, String> errors = new LinkedHashMap<>();
        String kind = m.get(KIND).strip().toLowerCase(Locale.ROOT);
        if (!kind.equals("simulator") && !kind.equals("twilio")) {
            errors.put(KIND, "Choose the simulator or Twilio.");
        }
        wholeNumber(m, POLL_SECONDS, 1, 3600, "Poll every 1 to 3600 seconds.", errors);
        wholeNumber(m, RING_SECONDS, 5, 120, "Ring staff phones for 5 to 120 seconds.", errors);
        if (!m.get(WEBHOOK_PORT).isBlank()) {
            wholeNumber(m, WEBHOOK_PORT, 1, 65535, "Use a port from 1 to 65535, or leave it empty for polling only.", errors);
        }
        if (!isHttpUrl(m.get(API_BASE))) {
            errors.put(API_BASE, "Use a full address such as https://api.twilio.com.");
        }
        if (!m.get(PUBLIC_URL).isBlank() && !isHttpUrl(m.get(PUBLIC_URL))) {
            errors.put(PUBLIC_URL, "Use the full public address, such as https://desk.example.com.");
        }
        if (kind.equals("twilio")) {
            if (!m.get(ACCOUNT_SID).strip().matches("AC[0-9a-fA-F]{32}")) {
                errors.put(ACCOUNT_SID, "An Account SID starts with AC and has 34 characters.");
            }
            String number = m.get(NUMBER).strip();
            // Newly opened ranges can be missing from the phone-number library: any +digits number is taken.
            if (PhoneNumbers.normalize(number, m.get(Settings.REGION)).isEmpty() && !number.matches("\\+[1-9]\\d{6,14}")) {
                errors.put(NUMBER, "Enter your Twilio number in international form, e.g. +14155550142.");
            }
        }
        return errors;
    }

    private static void wholeNumber(Map<String, String> m, String key, int min, int max, String message,
                                    Map<String, String> errors) {
        try {
            int value = Integer.parseInt(m.get(key).strip());
            if (value < min || value > max) {
                errors.put(key, message);
            }
        } catch (NumberFormatException e) {
            errors.put(key, message);
        }
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
