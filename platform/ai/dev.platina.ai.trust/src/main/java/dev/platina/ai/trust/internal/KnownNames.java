package dev.platina.ai.trust.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a session has found so far, to mask them wherever they appear again, with or without a salutation. A
 * name of several words also makes its first and last word known on their own ({@code Jane Doe}: {@code Jane},
 * {@code Doe}), each with its own placeholder. Matching is exact (case-sensitive) on whole words; the text is read
 * once, and each word is looked up by its first word.
 */
final class KnownNames {

    private static final int MIN_PART_LENGTH = 2;

    /** First word to the known names that start with it, longest first. */
    private final Map<String, List<String>> byFirstWord = new HashMap<>();

    void add(String name) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        addOne(trimmed);
        List<int[]> words = words(trimmed);
        if (words.size() > 1) {
            addPart(trimmed, words.get(0));
            addPart(trimmed, words.get(words.size() - 1));
        }
    }

    List<Finding> find(String text) {
        List<Finding> found = new ArrayList<>();
        if (byFirstWord.isEmpty()) {
            return found;
        }
        int i = 0;
        while (i < text.length()) {
            if (!NameWords.isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int wordEnd = wordEnd(text, i);
            int matchEnd = longestMatch(text, i, byFirstWord.get(withoutPossessive(text.substring(i, wordEnd))));
            if (matchEnd > 0) {
                found.add(new Finding(i, matchEnd, PiiKind.NAME));
                i = matchEnd;
            } else {
                i = wordEnd;
            }
        }
        return found;
    }

    /** Jane's is Jane. */
    private static String withoutPossessive(String word) {
        boolean possessive = word.length() > 2
                && (word.endsWith("'s") || word.endsWith("\u2019s"));
        return possessive ? word.substring(0, word.length() - 2) : word;
    }

    private static int longestMatch(String text, int start, List<String> candidates) {
        if (candidates == null) {
            return -1;
        }
        for (String name : candidates) {
            int end = start + name.length();
            if (text.startsWith(name, start) && (end == text.length() || !NameWords.isWordChar(text.charAt(end)))) {
                return end;
            }
        }
        return -1;
    }

    private void addPart(String name, int[] word) {
        String part = name.substring(word[0], word[1]);
        boolean initial = part.length() == 2 && part.endsWith(".");
        if (part.length() >= MIN_PART_LENGTH && !initial && Character.isUpperCase(part.charAt(0))) {
            addOne(part);
        }
    }

    private void addOne(String name) {
        String first = name.substring(0, wordEnd(name, 0));
        if (first.isEmpty()) {
            return; // starts with punctuation: not matchable by its first word
        }
        List<String> names = byFirstWord.computeIfAbsent(first, key -> new ArrayList<>());
        if (!names.contains(name)) {
            names.add(name);
            names.sort(Comparator.comparingInt(String::length).reversed());
        }
    }

    /** The spans of the words of a name, without the punctuation around them ("Doe, Jane" is Doe and Jane). */
    private static List<int[]> words(String name) {
        List<int[]> words = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            if (!NameWords.isWordChar(name.charAt(i))) {
                i++;
                continue;
            }
            int end = wordEnd(name, i);
            words.add(new int[] {i, end});
            i = end;
        }
        return words;
    }

    /** Letters with hyphens or apostrophes inside: {@code Müller-Lüdenscheidt}, {@code O'Brien}. */
    private static int wordEnd(String text, int pos) {
        int p = pos;
        while (p < text.length()) {
            char c = text.charAt(p);
            boolean joiner = (c == '-' || c == '\'' || c == '\u2019')
                    && p > pos
                    && p + 1 < text.length()
                    && NameWords.isWordChar(text.charAt(p + 1));
            if (!NameWords.isWordChar(c) && !joiner) {
                break;
            }
            p++;
        }
        return p;
    }
}
