package com.ringbook.domain;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Message templates with {business} and {first_name}; a rendered text never shows a raw or empty placeholder. */
public final class Template {
    public static final String FIRST_NAME_FALLBACK = "there";
    private static final Set<String> KNOWN = Set.of("business", "first_name");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    /** Carriers split longer texts into several billed segments and some phones show them out of order. */
    public static final int MAX_LENGTH = 640;

    private Template() {
    }

    public static String render(String template, String business, String firstName) {
        String name = firstName == null || firstName.isBlank() ? FIRST_NAME_FALLBACK : firstName.strip();
        String biz = business == null || business.isBlank() ? "our team" : business.strip();
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1).strip()) {
                case "business" -> biz;
                case "first_name" -> name;
                default -> m.group();
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    /** A plain-words problem with a template, or empty when it is fine to save. */
    public static Optional<String> problem(String template) {
        if (template == null || template.isBlank()) {
            return Optional.of("A message can't be empty.");
        }
        if (template.length() > MAX_LENGTH) {
            return Optional.of("Keep it under " + MAX_LENGTH + " characters (it is " + template.length() + ").");
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!KNOWN.contains(m.group(1).strip())) {
                return Optional.of("Unknown placeholder " + m.group() + ". Use {business} or {first_name}.");
            }
        }
        String withoutPlaceholders = PLACEHOLDER.matcher(template).replaceAll("");
        if (withoutPlaceholders.contains("{") || withoutPlaceholders.contains("}")) {
            return Optional.of("A { or } is not closed. Placeholders look like {first_name}.");
        }
        return Optional.empty();
    }
}
