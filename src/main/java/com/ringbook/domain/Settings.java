package com.ringbook.domain;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The business's settings, as one immutable value. Stored as key/value text in the settings table;
 * {@link #fromMap} fills anything missing with a default, {@link #validate} says in plain words what
 * is wrong with a draft before it is saved.
 */
public record Settings(
        String businessName,
        ZoneId zone,
        String region,
        BusinessHours hours,
        String businessHoursTemplate,
        String afterHoursTemplate,
        String helpText,
        Duration textBackWindow,
        Set<String> staffPhones,
        Set<String> blockedPhones,
        CarrierSettings carrier,
        Schedule schedule,
        List<String> qualifyingQuestions,
        InboxSettings inbox,
        OptInSettings optIn,
        FollowUpSettings followUp,
        List<String> cannedReplies) {

    public static final String BUSINESS_NAME = "business.name";
    public static final String ZONE = "business.zone";
    public static final String REGION = "business.region";
    public static final String DAYS = "hours.days";
    public static final String OPENS = "hours.opens";
    public static final String CLOSES = "hours.closes";
    public static final String TEMPLATE_OPEN = "template.business_hours";
    public static final String TEMPLATE_CLOSED = "template.after_hours";
    public static final String HELP_TEXT = "template.help";
    public static final String WINDOW_HOURS = "textback.window_hours";
    public static final String STAFF = "phones.staff";
    public static final String BLOCKED = "phones.blocked";

    public static final String DEFAULT_OPEN_TEMPLATE =
            "Hi {first_name}, it's {business}. Sorry we couldn't pick up just now! "
                    + "What can we help with? Text us back here and we'll get you booked in.";
    public static final String DEFAULT_CLOSED_TEMPLATE =
            "Hi {first_name}, it's {business}. We're closed right now but we saw your call. "
                    + "Tell us what you need and we'll text you first thing when we open.";
    public static final String DEFAULT_HELP =
            "{business}: this number texts you about your service request. Reply STOP to opt out, START to opt back in.";

    public static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(BUSINESS_NAME, "Harbor Plumbing");
        d.put(ZONE, ZoneId.systemDefault().getId());
        d.put(REGION, "US");
        d.put(DAYS, "MON,TUE,WED,THU,FRI");
        d.put(OPENS, "08:00");
        d.put(CLOSES, "17:00");
        d.put(TEMPLATE_OPEN, DEFAULT_OPEN_TEMPLATE);
        d.put(TEMPLATE_CLOSED, DEFAULT_CLOSED_TEMPLATE);
        d.put(HELP_TEXT, DEFAULT_HELP);
        d.put(WINDOW_HOURS, "24");
        d.put(STAFF, "");
        d.put(BLOCKED, "");
        d.putAll(CarrierSettings.defaults());
        d.putAll(BookingSettings.defaults());
        d.putAll(InboxSettings.defaults());
        d.putAll(OptInSettings.defaults());
        d.putAll(FollowUpSettings.defaults());
        d.putAll(CannedReplies.defaults());
        return d;
    }

    /**
     * Defaults filled in, every value trimmed and the region upper-cased: one reading of a draft for
     * both {@link #validate} and {@link #fromMap}, so what passes validation also loads.
     */
    public static Map<String, String> normalized(Map<String, String> draft) {
        Map<String, String> m = new LinkedHashMap<>(defaults());
        draft.forEach((key, value) -> m.put(key, value == null ? "" : value.strip()));
        m.put(REGION, m.get(REGION).toUpperCase(Locale.ROOT));
        return m;
    }

    /** Reads stored settings, taking the default for anything missing; the map must have passed {@link #validate}. */
    public static Settings fromMap(Map<String, String> stored) {
        Map<String, String> m = normalized(stored);
        ZoneId zone = ZoneId.of(m.get(ZONE));
        String region = m.get(REGION);
        return new Settings(
                m.get(BUSINESS_NAME).strip(),
                zone,
                region,
                new BusinessHours(parseDays(m.get(DAYS)), LocalTime.parse(m.get(OPENS)), LocalTime.parse(m.get(CLOSES)), zone),
                m.get(TEMPLATE_OPEN),
                m.get(TEMPLATE_CLOSED),
                m.get(HELP_TEXT),
                Duration.ofHours(Long.parseLong(m.get(WINDOW_HOURS).strip())),
                parsePhones(m.get(STAFF), region),
                parsePhones(m.get(BLOCKED), region),
                CarrierSettings.fromMap(m),
                BookingSettings.schedule(m, zone),
                BookingSettings.questions(m),
                InboxSettings.fromMap(m),
                OptInSettings.fromMap(m),
                FollowUpSettings.fromMap(m),
                CannedReplies.list(m));
    }

    /** Field key to a plain-words problem, empty when the draft can be saved. */
    public static Map<String, String> validate(Map<String, String> draft) {
        Map<String, String> m = normalized(draft);
        Map<String, String> errors = new LinkedHashMap<>();
        if (m.get(BUSINESS_NAME).isBlank()) {
            errors.put(BUSINESS_NAME, "Enter the business name customers know you by.");
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(m.get(ZONE).strip());
        } catch (DateTimeException e) {
            errors.put(ZONE, "Unknown time zone \"" + m.get(ZONE) + "\". Use a name like America/Chicago.");
        }
        if (!PhoneNumbers.isKnownRegion(m.get(REGION).strip())) {
            errors.put(REGION, "Use a two-letter country code such as US, CA or GB.");
        }
        LocalTime opens = parseTime(m.get(OPENS), OPENS, errors);
        LocalTime closes = parseTime(m.get(CLOSES), CLOSES, errors);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            errors.put(CLOSES, "Closing time must be later than opening time.");
        }
        try {
            parseDays(m.get(DAYS));
        } catch (IllegalArgumentException e) {
            errors.put(DAYS, e.getMessage());
        }
        for (String key : List.of(TEMPLATE_OPEN, TEMPLATE_CLOSED, HELP_TEXT)) {
            Template.problem(m.get(key)).ifPresent(p -> errors.put(key, p));
        }
        try {
            long hours = Long.parseLong(m.get(WINDOW_HOURS).strip());
            if (hours < 1 || hours > 24 * 30) {
                errors.put(WINDOW_HOURS, "Use a number of hours from 1 to 720.");
            }
        } catch (NumberFormatException e) {
            errors.put(WINDOW_HOURS, "Use a whole number of hours, e.g. 24.");
        }
        String region = PhoneNumbers.isKnownRegion(m.get(REGION).strip()) ? m.get(REGION).strip() : "US";
        for (String key : List.of(STAFF, BLOCKED)) {
            List<String> bad = invalidPhones(m.get(key), region);
            if (!bad.isEmpty()) {
                errors.put(key, "Not a valid phone number: " + String.join(", ", bad));
            }
        }
        errors.putAll(CarrierSettings.validate(m));
        errors.putAll(BookingSettings.validate(m, zone));
        errors.putAll(InboxSettings.validate(m));
        errors.putAll(OptInSettings.validate(m));
        errors.putAll(FollowUpSettings.validate(m));
        errors.putAll(CannedReplies.validate(m));
        if (errors.isEmpty()) {
            try {
                fromMap(m);
            } catch (RuntimeException e) {
                // A gap between the checks above and what loading needs must never be saved.
                errors.put(BUSINESS_NAME, "These settings could not be read back: " + e.getMessage());
            }
        }
        return errors;
    }

    private static LocalTime parseTime(String text, String key, Map<String, String> errors) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(key, "Use 24-hour time like 08:00 or 17:30.");
            return null;
        }
    }

    static Set<DayOfWeek> parseDays(String text) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : text.split(",")) {
            String p = part.strip().toUpperCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            days.add(Arrays.stream(DayOfWeek.values())
                    .filter(d -> d.name().startsWith(p) && p.length() >= 3)
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown day \"" + part.strip() + "\"")));
        }
        return days;
    }

    /** One number per line or comma; anything after the number on a line (a name) is ignored. */
    static List<String> phoneEntries(String text) {
        List<String> entries = new ArrayList<>();
        for (String line : text.split("[\\n,;]")) {
            String number = line.strip().split("\\s{2,}|\\t|\\s+-\\s+")[0].strip();
            if (!number.isEmpty()) {
                entries.add(number);
            }
        }
        return entries;
    }

    private static Set<String> parsePhones(String text, String region) {
        Set<String> phones = new LinkedHashSet<>();
        for (String entry : phoneEntries(text)) {
            PhoneNumbers.normalize(entry, region).ifPresent(phones::add);
        }
        return phones;
    }

    private static List<String> invalidPhones(String text, String region) {
        return phoneEntries(text).stream().filter(e -> PhoneNumbers.normalize(e, region).isEmpty()).toList();
    }
}
