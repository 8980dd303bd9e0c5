package com.ringbook.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A street address in a reply, as the customer typed it: a house number, a street name and a street type ("45 Oak
 * Ave", "1402 W Grand Blvd", "312 E 3rd St"), with a unit ("Apt 4B", "#2", "Lot 12") and a capitalised town, state
 * and ZIP after a comma when they are there. US-style addresses only.
 */
final class Addresses {

    private static final String STREET_TYPES = "st|street|ave|avenue|av|rd|road|blvd|boulevard|dr|drive|ln|lane|ct"
            + "|court|way|pl|place|ter|terrace|terr|cir|circle|hwy|highway|pkwy|parkway|trl|trail|sq|square|loop|row"
            + "|crescent|cres|pike|tpke|turnpike|run|path|aly|alley|walk|plaza|plz|pt|point|bend|crossing|xing"
            + "|commons|hts|heights|expy|expressway|fwy|freeway|cv|cove|ext|extension|rte|route|blvd";

    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?<![\\w$#/:.])(\\d{1,6}[a-z]?(?:-\\d{1,4})?)\\s+"
                    + "((?:(?:n|s|e|w|ne|nw|se|sw)\\.?\\s+|(?:north|south|east|west)\\s+)?"
                    + "(?:(?:[a-z][a-z'.-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,4}?(?:" + STREET_TYPES + ")\\b\\.?"
                    + "|broadway\\b)"
                    + "(?:\\s+(?:ne|nw|se|sw|n|s|e|w)\\b\\.?)?"
                    + "(?:,?\\s*(?:apt|apartment|unit|suite|ste|lot|fl|floor|bldg|building|#)\\.?\\s*#?\\s*[a-z0-9-]+)?"
                    + "(?-i)(?:,\\s*[A-Z][a-zA-Z]+(?:\\s+[A-Z][a-zA-Z]+){0,2}(?:,?\\s+[A-Z]{2}\\b)?"
                    + "(?:\\s+\\d{5}(?:-\\d{4})?)?)?");

    private static final Pattern TIME_NUMBER = Pattern.compile("(?i)\\d{1,2}\\s*(am|pm|a\\.m|p\\.m)\\b.*");

    private Addresses() {
    }

    /** The first address in the text, trimmed of a closing full stop. */
    static Optional<Found> find(String text) {
        Matcher m = ADDRESS.matcher(text);
        while (m.find()) {
            String address = m.group().strip();
            if (TIME_NUMBER.matcher(address).matches()) {
                continue;
            }
            while (address.endsWith(".") || address.endsWith(",")) {
                address = address.substring(0, address.length() - 1);
            }
            return Optional.of(new Found(address, m.start(), m.end()));
        }
        return Optional.empty();
    }

    /** An address and where it stands in the text. */
    record Found(String address, int start, int end) {
    }
}
