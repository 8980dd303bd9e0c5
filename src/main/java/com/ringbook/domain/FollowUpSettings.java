package com.ringbook.domain;

import com.ringbook.domain.FollowUp.Situation;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The follow-up side of the settings, as stored (text, one key each) and as used: how long a customer's
 * silence lasts before a nudge, how many nudges one silence may get, the hours they may go out in, and
 * the wording for each place a conversation can go quiet.
 *
 * <p>The wait is stored in whole minutes (at least 5, so a customer is never chased straight away). A run
 * may set it more finely through {@link #AFTER_FOR_RUN} (RINGBOOK_FOLLOWUP_AFTER, an ISO-8601 duration such
 * as PT10S, for tests and demos); that key is never stored.
 *
 * @param after      how long after the unanswered text (or the last nudge) the next nudge falls due
 * @param maxNudges  nudges one silence may get; each after another full wait
 * @param hours      when nudges may go out, business local time
 * @param templates  the wording per situation, with {business} and {first_name}
 */
public record FollowUpSettings(Duration after, int maxNudges, SendingHours hours, Map<Situation, String> templates) {
    public static final String AFTER_MINUTES = "followup.after_minutes";
    /** Run-only: set from RINGBOOK_FOLLOWUP_AFTER, never saved; wins over {@link #AFTER_MINUTES}. */
    public static final String AFTER_FOR_RUN = "followup.after";
    public static final String MAX_NUDGES = "followup.max_nudges";
    public static final String SENDING_HOURS = "followup.sending_hours";
    public static final String TEMPLATE_TEXT_BACK = "followup.template.after_text_back";
    public static final String TEMPLATE_QUESTION = "followup.template.after_question";
    public static final String TEMPLATE_OFFER = "followup.template.after_offer";

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 7 * 24 * 60;
    public static final int MOST_NUDGES = 3;
    public static final String DEFAULT_TEXT_BACK =
            "Hi {first_name}, {business} again. Still need a hand? Reply here whenever suits and we'll get you sorted.";
    public static final String DEFAULT_QUESTION =
            "Hi {first_name}, just checking in from {business}. When you have a moment, reply here and we'll pick up "
                    + "where we left off.";
    public static final String DEFAULT_OFFER =
            "Hi {first_name}, {business} here. If those times don't suit, want me to find a better time? "
                    + "Just reply with a day that works for you.";

    public FollowUpSettings {
        templates = Map.copyOf(templates);
    }

    public String template(Situation situation) {
        return templates.get(situation);
    }

    static Map<String, String> defaults() {
        Map<String, String> d = new LinkedHashMap<>();
        d.put(AFTER_MINUTES, "180");
        d.put(MAX_NUDGES, "1");
        d.put(SENDING_HOURS, "08:00-21:00");
        d.put(TEMPLATE_TEXT_BACK, DEFAULT_TEXT_BACK);
        d.put(TEMPLATE_QUESTION, DEFAULT_QUESTION);
        d.put(TEMPLATE_OFFER, DEFAULT_OFFER);
        return d;
    }

    /** Reads the settings; the map must have passed {@link #validate}. */
    static FollowUpSettings fromMap(Map<String, String> m) {
        String forRun = m.get(AFTER_FOR_RUN);
        Duration wait = forRun != null && !forRun.isBlank() ? Duration.parse(forRun.strip())
                : Duration.ofMinutes(Long.parseLong(m.get(AFTER_MINUTES).strip()));
        Map<Situation, String> templates = new EnumMap<>(Situation.class);
        templates.put(Situation.AFTER_TEXT_BACK, m.get(TEMPLATE_TEXT_BACK));
        templates.put(Situation.AFTER_QUESTION, m.get(TEMPLATE_QUESTION));
        templates.put(Situation.AFTER_OFFER, m.get(TEMPLATE_OFFER));
        return new FollowUpSettings(wait, Integer.parseInt(m.get(MAX_NUDGES).strip()), SendingHours.parse(m.get(SENDING_HOURS)),
                templates);
    }

    /** Field key to a plain-words problem. */
    static Map<String, String> validate(Map<String, String> m) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            long minutes = Long.parseLong(m.get(AFTER_MINUTES).strip());
            if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
                errors.put(AFTER_MINUTES, "Use a number of minutes from " + MIN_MINUTES + " to " + MAX_MINUTES
                        + " (a week); 180 is three hours.");
            }
        } catch (NumberFormatException e) {
            errors.put(AFTER_MINUTES, "Use a whole number of minutes, e.g. 180 for three hours.");
        }
        String forRun = m.get(AFTER_FOR_RUN);
        if (forRun != null && !forRun.isBlank()) {
            runWaitProblem(forRun).ifPresent(p -> errors.put(AFTER_FOR_RUN, p));
        }
        try {
            int nudges = Integer.parseInt(m.get(MAX_NUDGES).strip());
            if (nudges < 0 || nudges > MOST_NUDGES) {
                errors.put(MAX_NUDGES, "Use 0 (no follow-ups) to " + MOST_NUDGES + ".");
            }
        } catch (NumberFormatException e) {
            errors.put(MAX_NUDGES, "Use a whole number from 0 to " + MOST_NUDGES + ".");
        }
        SendingHours.problem(m.get(SENDING_HOURS)).ifPresent(p -> errors.put(SENDING_HOURS, p));
        for (String key : new String[] {TEMPLATE_TEXT_BACK, TEMPLATE_QUESTION, TEMPLATE_OFFER}) {
            Template.problem(m.get(key)).ifPresent(p -> errors.put(key, p));
        }
        return errors;
    }

    /** What is wrong with a wait given for one run (seconds allowed), or empty. */
    public static java.util.Optional<String> runWaitProblem(String text) {
        try {
            Duration d = Duration.parse(text.strip());
            if (d.isNegative() || d.isZero() || d.compareTo(Duration.ofMinutes(MAX_MINUTES)) > 0) {
                return java.util.Optional.of("The wait must be more than zero and at most a week (PT168H).");
            }
            return java.util.Optional.empty();
        } catch (DateTimeParseException e) {
            return java.util.Optional.of("Use an ISO-8601 duration such as PT3H, PT90M or PT10S.");
        }
    }
}
