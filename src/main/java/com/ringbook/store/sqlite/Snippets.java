package com.ringbook.store.sqlite;

import com.ringbook.domain.SearchSnippet;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The few words of a message around what matched, the matching words marked. Worked out here from the text
 * rather than by FTS5's snippet(): that re-reads a prefix term's whole list of mentions for every row shown,
 * which for a common word costs seconds a page. Words are compared as the index compares them: case and
 * accents aside, a word matches when it starts with one of the terms searched for.
 */
final class Snippets {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Words shown before the first match, and in all. */
    private static final int BEFORE = 4;
    private static final int WORDS = 14;

    private Snippets() {
    }

    static SearchSnippet of(String body, List<String> terms) {
        List<String> folded = terms.stream().map(Snippets::fold).filter(t -> !t.isEmpty()).toList();
        // Alternating runs: [gap, word, gap, word, ...], so the text comes back exactly as written.
        List<String> runs = new ArrayList<>();
        List<Boolean> isWord = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean inWord = false;
        int[] cps = body.codePoints().toArray();
        for (int cp : cps) {
            boolean w = SearchExpression.isWordChar(cp);
            if (w != inWord && !run.isEmpty()) {
                runs.add(run.toString());
                isWord.add(inWord);
                run.setLength(0);
            }
            inWord = w;
            run.appendCodePoint(Character.isWhitespace(cp) ? ' ' : cp);
        }
        if (!run.isEmpty()) {
            runs.add(run.toString());
            isWord.add(inWord);
        }
        int first = -1;
        List<Integer> wordAt = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            if (isWord.get(i)) {
                wordAt.add(i);
                if (first < 0 && matches(runs.get(i), folded)) {
                    first = wordAt.size() - 1;
                }
            }
        }
        if (first < 0) {
            return SearchSnippet.NONE;
        }
        int fromWord = Math.max(0, first - BEFORE);
        int toWord = Math.min(wordAt.size() - 1, fromWord + WORDS - 1);
        int from = wordAt.get(fromWord);
        int to = wordAt.get(toWord);
        List<SearchSnippet.Part> parts = new ArrayList<>();
        StringBuilder plain = new StringBuilder(from > 0 ? "…" : "");
        for (int i = from; i <= to; i++) {
            if (isWord.get(i) && matches(runs.get(i), folded)) {
                if (!plain.isEmpty()) {
                    parts.add(new SearchSnippet.Part(plain.toString(), false));
                    plain.setLength(0);
                }
                parts.add(new SearchSnippet.Part(runs.get(i), true));
            } else {
                plain.append(runs.get(i));
            }
        }
        if (to < runs.size() - 1) {
            plain.append(" …");
        }
        if (!plain.isEmpty()) {
            parts.add(new SearchSnippet.Part(plain.toString(), false));
        }
        return new SearchSnippet(parts);
    }

    private static boolean matches(String word, List<String> terms) {
        String w = fold(word);
        return terms.stream().anyMatch(w::startsWith);
    }

    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }
}
