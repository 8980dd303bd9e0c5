package com.ringbook.domain;

import java.util.ArrayList;
import java.util.List;

/** A short piece of a message with the searched-for words marked, to show why a thread matched. */
public record SearchSnippet(List<Part> parts) {

    public static final SearchSnippet NONE = new SearchSnippet(List.of());

    /** Marks a matched stretch in the text {@link #parse} reads; never typed by anyone. */
    public static final char START = '\u0002';
    public static final char END = '\u0003';

    /** @param matched this stretch is one of the words searched for */
    public record Part(String text, boolean matched) {
    }

    public SearchSnippet {
        parts = List.copyOf(parts);
    }

    /** Reads text whose matches sit between {@link #START} and {@link #END}; line breaks become spaces. */
    public static SearchSnippet parse(String marked) {
        if (marked == null || marked.isEmpty()) {
            return NONE;
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean matched = false;
        for (char ch : marked.toCharArray()) {
            if (ch == START || ch == END) {
                if (!run.isEmpty()) {
                    parts.add(new Part(run.toString(), matched));
                    run.setLength(0);
                }
                matched = ch == START;
            } else {
                run.append(Character.isWhitespace(ch) ? ' ' : ch);
            }
        }
        if (!run.isEmpty()) {
            parts.add(new Part(run.toString(), matched));
        }
        return new SearchSnippet(parts);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** The words that matched, in order. */
    public List<String> matches() {
        return parts.stream().filter(Part::matched).map(Part::text).toList();
    }

    public String text() {
        StringBuilder b = new StringBuilder();
        parts.forEach(p -> b.append(p.text()));
        return b.toString();
    }
}
