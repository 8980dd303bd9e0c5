package com.ringbook.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reply text into tokens: lower case, emoji turned into words, times split from their marks ("4pm" is "4" "pm"), marks
 * kept as tokens and each word given its one spelling by {@link Spellings}. Anything that is not a letter, digit, known
 * mark or emoji is a space, so stray bytes and control characters never reach the rules.
 */
final class Tokens {

    private Tokens() {
    }

    /** The words emoji are read as. */
    static final String EMOJI_YES = "emojiyes";
    static final String EMOJI_NO = "emojino";
    static final String EMOJI_LAUGH = "lol";
    static final String EMOJI_THINK = "emojithink";
    static final String EMOJI_OTHER = "emoji";

    private static final Pattern KEYCAP = Pattern.compile("(\\d)\\x{FE0F}?\\x{20E3}");
    private static final Pattern MERIDIEM_DOTS = Pattern.compile("\\b([ap])\\.\\s?m\\b\\.?");
    private static final Pattern TIME_WITH_MARK =
            Pattern.compile("(\\d{1,2}(?::\\d\\d)?)(am|pm|a|p|ish|o'clock|oclock|hrs)");
    private static final Pattern COMPACT_TIME = Pattern.compile("(\\d{1,2})(\\d\\d)(am|pm|a|p)");
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,2}(st|nd|rd|th)");
    private static final Pattern WED_AS_WE_D =
            Pattern.compile("\\bwed (like|love|prefer|rather|need|want|be|appreciate|have|take|go)\\b");

    static String normalize(String raw) {
        String s = KEYCAP.matcher(raw).replaceAll("$1 ");
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '\u2019', '\u2018', '\u02bc', '`', '\u00b4' -> out.append('\'');
                case '\u201c', '\u201d' -> out.append('"');
                case '\u2013', '\u2014', '\u2012', '\u2015', '\u2212' -> out.append('-');
                case '\n', '\r', '\u2028', '\u2029' -> out.append('\n');
                default -> {
                    String emoji = emojiWord(cp);
                    if (emoji != null) {
                        out.append(' ').append(emoji).append(' ');
                    } else if (Character.isLetterOrDigit(cp) || (cp < 128 && !Character.isISOControl(cp))) {
                        out.appendCodePoint(cp);
                    } else {
                        out.append(' ');
                    }
                }
            }
        }
        String text = MERIDIEM_DOTS.matcher(out).replaceAll("$1m");
        return WED_AS_WE_D.matcher(text).replaceAll("we'd $1");
    }

    /** A word for an emoji or pictograph, or null for a code point that is not one. */
    private static String emojiWord(int cp) {
        switch (cp) {
            case 0x1F44D, 0x1F44C, 0x2705, 0x2714, 0x2611, 0x1F642, 0x1F60A, 0x1F600, 0x1F603, 0x1F604, 0x1F601,
                    0x1F44F, 0x1F64C, 0x1F4AF, 0x1F91D, 0x2764, 0x1F197, 0x263A, 0x1F60D, 0x1F917, 0x1F389, 0x1F973,
                    0x1F929, 0x1F60E, 0x1F44B, 0x1F499, 0x1F49A, 0x1F49B, 0x1F49C, 0x1F5A4, 0x1F9E1, 0x1F496,
                    0x2728, 0x1F31F, 0x2B50, 0x1F525 -> {
                return EMOJI_YES;
            }
            case 0x1F44E, 0x274C, 0x2716, 0x1F6AB, 0x2639, 0x1F641, 0x1F61E, 0x1F620, 0x1F621, 0x1F612, 0x1F615,
                    0x1F614, 0x1F622, 0x1F62D, 0x1F629, 0x1F62B, 0x1F92C -> {
                return EMOJI_NO;
            }
            case 0x1F602, 0x1F923, 0x1F606, 0x1F605, 0x1F61C, 0x1F61D, 0x1F61B, 0x1F609 -> {
                return EMOJI_LAUGH;
            }
            case 0x1F914, 0x2753, 0x2754, 0x1F9D0, 0x1F928 -> {
                return EMOJI_THINK;
            }
            case 0x1F64F -> {
                return "please";
            }
            case 0x1F4B0, 0x1F4B5, 0x1F4B2, 0x1F4B8 -> {
                return "money";
            }
            default -> {
                if (cp == 0xFE0F || cp == 0x200D || (cp >= 0x1F3FB && cp <= 0x1F3FF)) {
                    return ""; // variation selectors, joiners and skin tones belong to the emoji before them
                }
                int type = Character.getType(cp);
                boolean pictograph = (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF)
                        || (cp >= 0x2B00 && cp <= 0x2BFF) || type == Character.OTHER_SYMBOL;
                return pictograph ? EMOJI_OTHER : null;
            }
        }
    }

    static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            char ch = s.charAt(i);
            if (Character.isLetterOrDigit(ch) || (Character.isHighSurrogate(ch) && i + 1 < n
                    && Character.isLetter(s.codePointAt(i)))) {
                int start = i;
                while (i < n) {
                    char c = s.charAt(i);
                    if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
                        i++;
                    } else if (c == '\'' && i + 1 < n && Character.isLetter(s.charAt(i + 1)) && i > start) {
                        i++;
                    } else if ((c == ':' || c == '/' || c == '.') && i + 1 < n && Character.isDigit(s.charAt(i + 1))
                            && Character.isDigit(s.charAt(i - 1))) {
                        i++;
                    } else {
                        break;
                    }
                }
                addWord(out, s.substring(start, i));
            } else if (ch == '$' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                int start = i++;
                while (i < n && (Character.isDigit(s.charAt(i)) || ((s.charAt(i) == ',' || s.charAt(i) == '.')
                        && i + 1 < n && Character.isDigit(s.charAt(i + 1))))) {
                    i++;
                }
                out.add(s.substring(start, i));
            } else if ("?!.,;:-@&+#()/\n".indexOf(ch) >= 0) {
                String mark = ch == ':' ? "," : String.valueOf(ch);
                if (ch == '.' && i + 2 < n && s.charAt(i + 1) == '.') {
                    mark = "."; // an ellipsis is one stop
                }
                if (out.isEmpty() || !out.get(out.size() - 1).equals(mark)) {
                    // "?!" reads as a question; repeated marks count once
                    if (mark.equals("!") && !out.isEmpty() && out.get(out.size() - 1).equals("?")) {
                        i++;
                        continue;
                    }
                    out.add(mark);
                }
                i++;
            } else {
                i++;
            }
        }
        return out;
    }

    private static void addWord(List<String> out, String word) {
        Matcher m = COMPACT_TIME.matcher(word);
        if (m.matches() && Integer.parseInt(m.group(2)) < 60) {
            out.add(m.group(1) + ":" + m.group(2));
            out.add(m.group(3).startsWith("a") ? "am" : "pm");
            return;
        }
        m = TIME_WITH_MARK.matcher(word);
        if (m.matches()) {
            out.add(m.group(1));
            String mark = m.group(2);
            out.add(switch (mark) {
                case "a", "am" -> "am";
                case "p", "pm" -> "pm";
                case "oclock", "o'clock", "hrs" -> "o'clock";
                default -> "ish";
            });
            return;
        }
        if (word.endsWith("ish") && word.length() > 3 && !word.equals("english")) {
            String head = word.substring(0, word.length() - 3);
            out.add(Spellings.canonical(head));
            out.add("ish");
            return;
        }
        if (ORDINAL.matcher(word).matches()) {
            out.add(word);
            return;
        }
        String w = word;
        if (w.endsWith("'s") && Lexicon.WEEKDAYS.containsKey(w.substring(0, w.length() - 2))) {
            w = w.substring(0, w.length() - 2);
        }
        // long runs of one letter are emphasis: "yesssss", "nooooo", "pleaseeee"
        w = Spellings.squeeze(w);
        w = Spellings.canonical(w);
        out.add(Lexicon.KNOWN.contains(w) ? w : Spellings.fuzzy(w));
    }
}
