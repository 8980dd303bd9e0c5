package com.ringbook.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reply as words: lower case, the usual texting spellings and typos mapped to one word ("tmrw", "2moro" and
 * "tomorow" are all "tomorrow"), times split from their marks ("4pm" is "4" "pm"), emoji turned into words, and each
 * word placed in its sentence and clause. Anything that is not a letter, digit, known mark or emoji is a space, so
 * stray bytes and control characters never reach the rules.
 */
final class Words {

    /** Sentence ends. */
    static final Set<String> SENTENCE_ENDS = Set.of(".", "?", "!", ";", "\n");

    /** Clause breaks inside a sentence. */
    private static final Set<String> CLAUSE_BREAKS = Set.of(",", "but", "though", "however", "-", "(", ")", "although");

    /** Words that open a question whatever follows them. */
    private static final Set<String> WH_WORDS = Set.of("what", "what's", "how", "how's", "when", "when's", "where",
            "where's", "who", "who's", "why", "which", "is", "are");

    /** Words that open a question when a subject follows: "can you", "do they", "will someone". */
    private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "can", "could", "would", "will",
            "should", "shall", "may", "have", "has", "might");

    private static final Set<String> SUBJECTS = Set.of("you", "i", "we", "they", "he", "she", "it", "someone",
            "somebody", "anyone", "anybody", "there", "that", "this", "the", "your", "my", "y'all", "one", "u",
            "ya", "yall", "any", "these", "those", "he'll", "tech", "technician");

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

    private static final Map<String, String> SPELLINGS = Map.ofEntries(
            Map.entry("tmrw", "tomorrow"), Map.entry("tmr", "tomorrow"), Map.entry("tmrow", "tomorrow"),
            Map.entry("tmro", "tomorrow"), Map.entry("tmw", "tomorrow"), Map.entry("tomo", "tomorrow"),
            Map.entry("tomorow", "tomorrow"), Map.entry("tommorow", "tomorrow"), Map.entry("tommorrow", "tomorrow"),
            Map.entry("tomorrrow", "tomorrow"), Map.entry("tomorro", "tomorrow"), Map.entry("2moro", "tomorrow"),
            Map.entry("2morrow", "tomorrow"), Map.entry("2mrw", "tomorrow"), Map.entry("2morow", "tomorrow"),
            Map.entry("tomm", "tomorrow"), Map.entry("tmrrw", "tomorrow"), Map.entry("tomarrow", "tomorrow"),
            Map.entry("tonite", "tonight"), Map.entry("2nite", "tonight"), Map.entry("tonigh", "tonight"),
            Map.entry("2day", "today"), Map.entry("tday", "today"), Map.entry("todays", "today"),
            Map.entry("mon", "monday"), Map.entry("monady", "monday"),
            Map.entry("mnday", "monday"),
            Map.entry("tue", "tuesday"), Map.entry("tues", "tuesday"), Map.entry("tu", "tuesday"),
            Map.entry("tusday", "tuesday"), Map.entry("teusday", "tuesday"), Map.entry("tuesdy", "tuesday"),
            Map.entry("tuseday", "tuesday"), Map.entry("tuesady", "tuesday"),
            Map.entry("wed", "wednesday"), Map.entry("weds", "wednesday"), Map.entry("wendsday", "wednesday"),
            Map.entry("wensday", "wednesday"), Map.entry("wednsday", "wednesday"), Map.entry("wednesdy", "wednesday"),
            Map.entry("wedensday", "wednesday"), Map.entry("wedsday", "wednesday"), Map.entry("wenesday", "wednesday"),
            Map.entry("wednseday", "wednesday"), Map.entry("wedneday", "wednesday"),
            Map.entry("thu", "thursday"), Map.entry("thur", "thursday"), Map.entry("thurs", "thursday"),
            Map.entry("thrusday", "thursday"), Map.entry("thursay", "thursday"), Map.entry("thurday", "thursday"),
            Map.entry("thusday", "thursday"), Map.entry("thurdsay", "thursday"), Map.entry("thr", "thursday"),
            Map.entry("fri", "friday"), Map.entry("fryday", "friday"), Map.entry("firday", "friday"),
            Map.entry("friay", "friday"), Map.entry("fridy", "friday"), Map.entry("frid", "friday"),
            Map.entry("sat", "saturday"), Map.entry("saterday", "saturday"), Map.entry("saturdy", "saturday"),
            Map.entry("satuday", "saturday"), Map.entry("satruday", "saturday"), Map.entry("saturady", "saturday"),
            Map.entry("sun", "sunday"), Map.entry("sundy", "sunday"), Map.entry("sunady", "sunday"),
            Map.entry("nxt", "next"), Map.entry("wk", "week"), Map.entry("wknd", "weekend"),
            Map.entry("wkend", "weekend"), Map.entry("weekened", "weekend"),
            Map.entry("mornin", "morning"), Map.entry("morn", "morning"), Map.entry("aftn", "afternoon"), Map.entry("aft", "afternoon"),
            Map.entry("afternon", "afternoon"), Map.entry("arvo", "afternoon"), Map.entry("eve", "evening"),
            Map.entry("evng", "evening"), Map.entry("nite", "night"),
            Map.entry("pls", "please"), Map.entry("plz", "please"), Map.entry("plse", "please"),
            Map.entry("pleas", "please"), Map.entry("pleae", "please"), Map.entry("pleaes", "please"),
            Map.entry("plez", "please"), Map.entry("plis", "please"), Map.entry("pleasee", "please"),
            Map.entry("thx", "thanks"), Map.entry("thnx", "thanks"), Map.entry("thnks", "thanks"),
            Map.entry("tnx", "thanks"), Map.entry("thanx", "thanks"), Map.entry("tks", "thanks"),
            Map.entry("ty", "thanks"), Map.entry("tyvm", "thanks"), Map.entry("thankyou", "thanks"),
            Map.entry("okay", "ok"), Map.entry("okey", "ok"), Map.entry("oki", "ok"), Map.entry("okk", "ok"),
            Map.entry("k", "ok"), Map.entry("kk", "ok"), Map.entry("okie", "ok"), Map.entry("okey-dokey", "ok"),
            Map.entry("okays", "ok"), Map.entry("ok's", "ok"), Map.entry("okkay", "ok"),
            Map.entry("yeah", "yes"), Map.entry("yea", "yes"), Map.entry("yep", "yes"), Map.entry("yup", "yes"),
            Map.entry("yess", "yes"), Map.entry("yesss", "yes"), Map.entry("yeas", "yes"), Map.entry("yas", "yes"),
            Map.entry("yse", "yes"), Map.entry("yez", "yes"), Map.entry("yres", "yes"), Map.entry("ye", "yes"),
            Map.entry("yeh", "yes"), Map.entry("yah", "yes"), Map.entry("yeap", "yes"), Map.entry("yesh", "yes"),
            Map.entry("ya", "yes"), Map.entry("y", "yes"), Map.entry("yesir", "yes"), Map.entry("yessir", "yes"), Map.entry("yeahh", "yes"),
            Map.entry("nope", "no"), Map.entry("nah", "no"), Map.entry("naw", "no"), Map.entry("nay", "no"),
            Map.entry("noo", "no"), Map.entry("nooo", "no"), Map.entry("nop", "no"),
            Map.entry("cant", "can't"), Map.entry("cannot", "can't"), Map.entry("dont", "don't"),
            Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"), Map.entry("wont", "won't"),
            Map.entry("isnt", "isn't"), Map.entry("arent", "aren't"), Map.entry("wouldnt", "wouldn't"),
            Map.entry("couldnt", "couldn't"), Map.entry("shouldnt", "shouldn't"), Map.entry("havent", "haven't"),
            Map.entry("aint", "ain't"), Map.entry("wasnt", "wasn't"),
            Map.entry("im", "i'm"), Map.entry("ive", "i've"), Map.entry("ill", "i'll"), Map.entry("id", "i'd"),
            Map.entry("youre", "you're"), Map.entry("thats", "that's"),
            Map.entry("whats", "what's"), Map.entry("wats", "what's"), Map.entry("wat", "what"),
            Map.entry("hows", "how's"), Map.entry("whos", "who's"), Map.entry("lets", "let's"),
            Map.entry("theres", "there's"), Map.entry("itll", "it'll"), Map.entry("thatll", "that'll"),
            Map.entry("itd", "it'd"), Map.entry("thatd", "that'd"), Map.entry("wed've", "we'd've"),
            Map.entry("u", "you"), Map.entry("ya'll", "y'all"), Map.entry("ur", "your"), Map.entry("r", "are"),
            Map.entry("b4", "before"), Map.entry("l8r", "later"), Map.entry("l8er", "later"), Map.entry("w", "with"),
            Map.entry("abt", "about"), Map.entry("bout", "about"), Map.entry("cuz", "because"),
            Map.entry("appt", "appointment"), Map.entry("appts", "appointments"), Map.entry("apt", "apt"),
            Map.entry("avail", "available"), Map.entry("availible", "available"), Map.entry("avaliable", "available"),
            Map.entry("avalable", "available"), Map.entry("availalbe", "available"), Map.entry("availabe", "available"),
            Map.entry("sumthing", "something"), Map.entry("somethin", "something"),
            Map.entry("anythin", "anything"), Map.entry("anyting", "anything"), Map.entry("nething", "anything"),
            Map.entry("wanna", "want"), Map.entry("gonna", "going"), Map.entry("gotta", "got"),
            Map.entry("prolly", "probably"), Map.entry("def", "definitely"), Map.entry("deffo", "definitely"),
            Map.entry("definately", "definitely"), Map.entry("definitly", "definitely"), Map.entry("deff", "definitely"),
            Map.entry("perfecto", "perfect"), Map.entry("perf", "perfect"), Map.entry("prefect", "perfect"),
            Map.entry("sonds", "sounds"), Map.entry("sounda", "sounds"),
            Map.entry("gud", "good"), Map.entry("gd", "good"), Map.entry("grt", "great"), Map.entry("gr8", "great"),
            Map.entry("gret", "great"), Map.entry("nvm", "nevermind"), 
            Map.entry("nm", "nevermind"), Map.entry("rn", "now"),
            Map.entry("sry", "sorry"), Map.entry("srry", "sorry"), Map.entry("soz", "sorry"),
            Map.entry("xmas", "christmas"), Map.entry("hr", "hour"), Map.entry("hrs", "hours"),
            Map.entry("mins", "minutes"), Map.entry("min", "minutes"),
            Map.entry("jan", "january"), Map.entry("feb", "february"), Map.entry("mar", "march"),
            Map.entry("apr", "april"), Map.entry("jun", "june"), Map.entry("jul", "july"), Map.entry("aug", "august"),
            Map.entry("sep", "september"), Map.entry("sept", "september"), Map.entry("oct", "october"),
            Map.entry("nov", "november"), Map.entry("dec", "december"),
            Map.entry("oclock", "o'clock"), Map.entry("nither", "neither"), Map.entry("niether", "neither"),
            Map.entry("neather", "neither"), Map.entry("nieter", "neither"), Map.entry("neiter", "neither"),
            Map.entry("nether", "neither"), Map.entry("neithr", "neither"), Map.entry("eather", "either"),
            Map.entry("eiter", "either"), Map.entry("eithr", "either"), Map.entry("ether", "either"));

    /** Words the rules lean on, so a typo of one (one letter off, or two swapped) is read as the word. */
    private static final List<String> FUZZY_TARGETS = List.of("tomorrow", "tonight", "morning", "afternoon",
            "evening", "weekend", "weekends", "neither", "available", "availability", "appointment", "interested",
            "instead", "another", "different", "schedule", "perfect", "please", "thanks", "definitely", "absolutely",
            "unfortunately", "earlier", "anything", "something", "option", "second", "whichever", "question",
            "anytime", "nevermind", "someone", "estimate", "licensed", "insured", "warranty", "address", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "september",
            "october", "november", "december", "sounds", "awesome", "otherwise", "possible", "earliest", "preferably",
            "prefer", "rather", "better", "either", "works", "appointments", "tomorrows", "openings", "opening");

    /** The words, canonical spelling, in order. */
    final List<String> words;
    /** For each word, the index of its sentence. */
    final int[] sentence;
    /** For each word, the index of its clause (a sentence split at commas and "but"). */
    final int[] clause;
    /** For each sentence, whether it asks something (a question mark, or a question word first). */
    final boolean[] asks;
    /** The whole reply, as normalized text (lower case, emoji as words). */
    final String text;

    private Words(List<String> words, String text) {
        this.words = List.copyOf(words);
        this.text = text;
        int n = this.words.size();
        sentence = new int[n];
        clause = new int[n];
        int s = 0;
        int c = 0;
        List<Boolean> questions = new ArrayList<>();
        int sentenceStart = 0;
        for (int i = 0; i < n; i++) {
            String w = this.words.get(i);
            sentence[i] = s;
            clause[i] = c;
            if (SENTENCE_ENDS.contains(w)) {
                questions.add(w.equals("?") || opensQuestion(sentenceStart, i));
                s++;
                c++;
                sentenceStart = i + 1;
            } else if (CLAUSE_BREAKS.contains(w)) {
                c++;
            }
        }
        if (sentenceStart < n || questions.isEmpty()) {
            questions.add(opensQuestion(sentenceStart, n));
        }
        asks = new boolean[questions.size()];
        for (int i = 0; i < asks.length; i++) {
            asks[i] = questions.get(i);
        }
    }

    private boolean opensQuestion(int from, int to) {
        return questionStart(from, to) >= 0;
    }

    /** Where the question in words [from, to) begins, past greetings and fillers ("ok, so what's the price"); -1. */
    int questionStart(int from, int to) {
        int i = from;
        while (i < to && (Lexicon.FILLERS.contains(words.get(i)) || words.get(i).equals(","))) {
            i++;
        }
        if (i >= to) {
            return -1;
        }
        String w = words.get(i);
        String next = i + 1 < to ? words.get(i + 1) : "";
        boolean doIt = w.equals("do") && (next.equals("it") || next.equals("that") || next.equals("this"));
        if (w.equals("why") && next.equals("not") && (i + 2 >= to || !Character.isLetterOrDigit(words.get(i + 2).charAt(0)))) {
            return -1; // "why not": yes
        }
        if (WH_WORDS.contains(w) || (AUXILIARIES.contains(w) && SUBJECTS.contains(next) && !doIt)) {
            return i;
        }
        return -1;
    }

    /**
     * Where the question of sentence {@code s} begins: past the fillers at its start, else at the first clause that
     * opens like a question, else (a question mark and no question word) at its last clause: "lock it in, you wanna
     * come too?" asks in its last clause only.
     */
    int questionStartOf(int s) {
        int start = -1;
        int end = -1;
        for (int i = 0; i < words.size(); i++) {
            if (sentence[i] == s) {
                if (start < 0) {
                    start = i;
                }
                end = i + 1;
            }
        }
        if (start < 0) {
            return -1;
        }
        int q = questionStart(start, end);
        if (q >= 0) {
            return q;
        }
        int lastClause = start;
        for (int i = start + 1; i < end; i++) {
            if (clause[i] != clause[i - 1]) {
                int at = questionStart(i, end);
                if (at == i || (at > i && clause[at] == clause[i])) {
                    return at;
                }
                if (!words.get(i).equals("?")) {
                    lastClause = i;
                }
            }
        }
        return lastClause;
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return i >= 0 && i < words.size() ? words.get(i) : "";
    }

    boolean asks(int wordIndex) {
        return asks[sentence[wordIndex]];
    }

    boolean anyQuestion() {
        for (boolean a : asks) {
            if (a) {
                return true;
            }
        }
        return false;
    }

    /** True when there is nothing to read: no letter, digit or emoji. */
    boolean isEmpty() {
        for (String w : words) {
            if (Character.isLetterOrDigit(w.charAt(0)) || w.startsWith("emoji") || w.startsWith("$")) {
                return false;
            }
        }
        return true;
    }

    /** Phrases split into words once: the rules look for the same few hundred phrases in every reply. */
    private static final Map<String, String[]> SPLIT = new java.util.concurrent.ConcurrentHashMap<>();

    /** Where each word stands, built on first use. */
    private Map<String, int[]> positions;

    private Map<String, int[]> positions() {
        if (positions == null) {
            Map<String, List<Integer>> lists = new java.util.HashMap<>();
            for (int i = 0; i < words.size(); i++) {
                lists.computeIfAbsent(words.get(i), k -> new ArrayList<>(2)).add(i);
            }
            Map<String, int[]> index = new java.util.HashMap<>(lists.size() * 2);
            lists.forEach((w, at) -> index.put(w, at.stream().mapToInt(Integer::intValue).toArray()));
            positions = index;
        }
        return positions;
    }

    /** The index of the phrase (words separated by single spaces) at or after {@code from}, or -1. */
    int find(String phrase, int from) {
        String[] parts = SPLIT.computeIfAbsent(phrase, k -> k.split(" "));
        int[] starts = positions().get(parts[0]);
        if (starts == null) {
            return -1;
        }
        outer:
        for (int i : starts) {
            if (i < from || i + parts.length > words.size()) {
                continue;
            }
            for (int j = 1; j < parts.length; j++) {
                if (!words.get(i + j).equals(parts[j])) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** One or more digits, and no more than {@code maxDigits} of them. */
    static boolean isNumber(String w, int maxDigits) {
        int n = w.length();
        if (n == 0 || n > maxDigits) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    boolean has(String phrase) {
        return find(phrase, 0) >= 0;
    }

    static Words of(String raw) {
        String text = normalize(raw == null ? "" : raw);
        return new Words(tidy(tokenize(text)), text);
    }

    /**
     * "good morning" at the start of a sentence is a greeting, not a time; an emoji right after a question mark
     * belongs to the question ("do you do weekends? 🙂").
     */
    private static List<String> tidy(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean sentenceStart = out.isEmpty() || SENTENCE_ENDS.contains(out.get(out.size() - 1))
                    || out.get(out.size() - 1).equals(",");
            if (w.equals("good") && sentenceStart && i + 1 < words.size()
                    && Set.of("morning", "afternoon", "evening", "day").contains(words.get(i + 1))) {
                out.add("hello");
                i++;
                continue;
            }
            if (w.equals("why") && i + 1 < words.size() && words.get(i + 1).equals("not")
                    && (i + 2 >= words.size() || !Character.isLetterOrDigit(words.get(i + 2).charAt(0)))) {
                out.add("whynot"); // "sure, why not": yes
                i++;
                continue;
            }
            if (w.startsWith("emoji") && !out.isEmpty() && out.get(out.size() - 1).equals("?")) {
                out.add(out.size() - 1, w);
                continue;
            }
            out.add(w);
        }
        return out;
    }

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
            out.add(SPELLINGS.getOrDefault(head, head));
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
        w = squeeze(w);
        w = SPELLINGS.getOrDefault(w, w);
        out.add(Lexicon.KNOWN.contains(w) ? w : fuzzy(w));
    }

    /** A word the rules lean on that this unknown word is one typo away from, keeping its first letter; or itself. */
    static String fuzzy(String w) {
        if (w.length() < 5 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        String found = null;
        for (String target : FUZZY_TARGETS) {
            if (target.length() >= 6 && target.charAt(0) == w.charAt(0) && Math.abs(target.length() - w.length()) <= 1
                    && oneEditApart(w, target)) {
                if (found != null && !found.equals(target)) {
                    return w; // two words are as near: leave it
                }
                found = target;
            }
        }
        return found == null ? w : found;
    }

    /** One letter added, dropped or changed, or two neighbours swapped (and not equal). */
    private static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return false;
        }
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first < 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int i = 0;
        int j = 0;
        boolean skipped = false;
        while (i < longer.length() && j < shorter.length()) {
            if (longer.charAt(i) == shorter.charAt(j)) {
                i++;
                j++;
            } else if (!skipped) {
                skipped = true;
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** Shortens a run of three or more of the same letter to one ("yesss" to "yes", "sooo" to "so"). */
    private static String squeeze(String w) {
        if (w.length() < 4) {
            return w;
        }
        StringBuilder b = new StringBuilder(w.length());
        int run = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            run = i > 0 && w.charAt(i - 1) == c ? run + 1 : 1;
            if (run <= 2 || Character.isDigit(c)) {
                b.append(c);
            }
        }
        String twice = b.toString();
        if (twice.equals(w)) {
            return w;
        }
        // "yess" and "pleasee" are not words either: prefer the spelling with one letter where it is known
        String once = twice.replaceAll("([a-z])\\1$", "$1");
        return SPELLINGS.containsKey(once) || Lexicon.KNOWN.contains(once) ? once : twice;
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
