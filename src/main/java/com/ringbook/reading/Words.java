package com.ringbook.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reply as words placed in their sentences and clauses, with where each sentence asks something and where its
 * question begins, and the phrase look-ups the rules use. The text is made into words by {@link Tokens} (which spells
 * them with {@link Spellings}): lower case, the usual texting spellings and typos mapped to one word, times split from
 * their marks, emoji turned into words.
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
        String text = Tokens.normalize(raw == null ? "" : raw);
        return new Words(tidy(Tokens.tokenize(text)), text);
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

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
