package com.ringbook.reading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of phrases (words separated by single spaces) indexed by their first word, so finding any of a few hundred
 * phrases in a reply costs a look-up per word of the reply rather than a scan per phrase.
 */
final class Phrases {

    private final List<String> phrases;
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();

    private Phrases(List<String> phrases) {
        this.phrases = List.copyOf(phrases);
        for (String phrase : this.phrases) {
            String[] words = phrase.split(" ");
            byFirstWord.computeIfAbsent(words[0], k -> new ArrayList<>(2)).add(words);
        }
    }

    static Phrases of(String... phrases) {
        return new Phrases(List.of(phrases));
    }

    List<String> list() {
        return phrases;
    }

    /** Where the first of these phrases starting in words {@code [from, to)} begins, or -1. */
    int first(Words words, int from, int to) {
        int end = Math.min(to, words.size());
        for (int i = Math.max(0, from); i < end; i++) {
            if (at(words, i)) {
                return i;
            }
        }
        return -1;
    }

    boolean in(Words words, int from, int to) {
        return first(words, from, to) >= 0;
    }

    boolean in(Words words) {
        return first(words, 0, words.size()) >= 0;
    }

    /** Whether one of these phrases starts at word i. */
    boolean at(Words words, int i) {
        List<String[]> candidates = byFirstWord.get(words.get(i));
        if (candidates == null) {
            return false;
        }
        for (String[] phrase : candidates) {
            if (i + phrase.length > words.size()) {
                continue;
            }
            boolean match = true;
            for (int j = 1; j < phrase.length && match; j++) {
                match = words.get(i + j).equals(phrase[j]);
            }
            if (match) {
                return true;
            }
        }
        return false;
    }
}
