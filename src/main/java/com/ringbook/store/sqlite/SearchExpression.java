package com.ringbook.store.sqlite;

import com.ringbook.store.jdbc.Dialect;
import com.ringbook.store.jdbc.Dialect.SearchSql.Split;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns what someone typed into the search box into full-text query text (FTS5's, or PostgreSQL's tsquery, as
 * the dialect writes terms) that can never be a syntax error.
 *
 * <p>Every word is cut out the way the index's tokenizer (unicode61) cuts text — runs of letters, digits and
 * marks; everything else (quotes, *, -, parentheses, colons, emoji) separates words — and each word becomes a
 * quoted prefix term ({@code "sin"*}), so OR, NOT, NEAR and column names are plain words too. Terms are
 * ANDed: every word must appear. Input with no word in it has no expression: nothing can match it.
 *
 * <p>A number typed the way people type numbers ("(206) 555-0142", "+1 206 555 0142", "555-0142") is one
 * term of its digits against contacts, whose numbers the index holds with and without the country code
 * and as the local seven and last four digits; against messages its digit groups stay separate words.
 *
 * <p>Two or three words may also be split between the contact and one message ("anna leak": Anna's thread
 * where a text says "leak"): {@link #splits} holds each way of dividing them, the words of the name first.
 */
record SearchExpression(String contacts, String messages, List<String> messageWords, List<Split> splits) {
    /** More words than this are not split: the ways to divide them grow as 2^n, and few people type more. */
    private static final int MAX_SPLIT_WORDS = 3;
    private static final Pattern PHONE_LIKE = Pattern.compile("[+]?[\\d\\s().\\-]*\\d[\\d\\s().\\-]*");
    /** Longer input adds nothing a person would search for, and keeps each query small. */
    private static final int MAX_TERMS = 8;
    private static final int MAX_TERM_LENGTH = 64;

    /** The expression for {@code typed}; null parts mean nothing there can match. */
    /** The expression for {@code typed} in the syntax of {@code index}. */
    static SearchExpression of(String typed, Dialect.SearchSql index) {
        String text = typed == null ? "" : typed.strip();
        List<String> words = words(text);
        if (words.isEmpty()) {
            return new SearchExpression(null, null, List.of(), List.of());
        }
        String contacts;
        boolean phone = PHONE_LIKE.matcher(text).matches();
        if (phone) {
            contacts = index.prefixTerms(List.of(text.replaceAll("\\D", "")));
        } else {
            contacts = index.prefixTerms(words);
        }
        // One letter is a prefix of most of a million messages: it would rank them all for nothing. Names
        // and numbers still answer it.
        List<String> messageWords = words.stream().filter(w -> w.codePointCount(0, w.length()) > 1).toList();
        return new SearchExpression(contacts, messageWords.isEmpty() ? null : index.prefixTerms(messageWords), messageWords,
                phone ? List.of() : splits(words, index));
    }

    /** Every division of 2..3 words into a non-empty part for the contact and one for a message. */
    private static List<Split> splits(List<String> words, Dialect.SearchSql index) {
        int n = words.size();
        if (n < 2 || n > MAX_SPLIT_WORDS) {
            return List.of();
        }
        List<Split> splits = new ArrayList<>();
        for (int mask = 1; mask < (1 << n) - 1; mask++) {
            List<String> name = new ArrayList<>();
            List<String> message = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ((mask & (1 << i)) != 0 ? name : message).add(words.get(i));
            }
            // As above: one letter against messages would rank most of them for nothing.
            if (message.stream().allMatch(w -> w.codePointCount(0, w.length()) > 1)) {
                splits.add(new Split(index.prefixTerms(name), index.prefixTerms(message)));
            }
        }
        return splits;
    }

    boolean matchesNothing() {
        return contacts == null && messages == null;
    }

    /** The words of {@code text} as the tokenizer sees them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (isWordChar(cp)) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words.stream().map(w -> w.length() > MAX_TERM_LENGTH ? w.substring(0, MAX_TERM_LENGTH) : w)
                .limit(MAX_TERMS).toList();
    }

    /** unicode61's token characters: letters, numbers, marks and private-use characters. */
    static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                 Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                 Character.COMBINING_SPACING_MARK, Character.ENCLOSING_MARK, Character.PRIVATE_USE -> true;
            default -> false;
        };
    }
}
