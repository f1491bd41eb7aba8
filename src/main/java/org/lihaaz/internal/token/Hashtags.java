package org.lihaaz.internal.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lihaaz.internal.lang.FunctionWords;
import org.lihaaz.lang.Language;

/**
 * The words of a hashtag ("#WomenAreTrash", "#womenaretrash"), which posts write joined: split at
 * each small-to-capital letter change, or, in one case throughout, into words the rules know
 * (with English function words between them). A hashtag that cannot be split whole into such words
 * stays one word: a name ("#MeToo" aside, "#Karachi") must not turn into pieces by chance.
 */
final class Hashtags {
    /** Shorter hashtags are names or single words more often than phrases. */
    private static final int MIN_LENGTH = 6;

    private final Set<String> vocabulary;

    /** @param vocabulary lower-case words the rules use (their terms' words and word classes) */
    Hashtags(Set<String> vocabulary) {
        this.vocabulary = Set.copyOf(vocabulary);
    }

    /**
     * Where the hashtag word {@code surface} splits, as lengths of its parts in order, or null when
     * it stays whole. Only letters: a hashtag with digits or marks is left as the tokenizer gave it.
     */
    List<Integer> split(String surface) {
        if (surface.length() < MIN_LENGTH) {
            return null;
        }
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return null;
            }
        }
        List<Integer> camel = camel(surface);
        if (camel.size() > 1) {
            return camel;
        }
        return vocabulary.isEmpty() ? null : byWords(surface.toLowerCase(java.util.Locale.ROOT));
    }

    /** Parts at each change from a small letter to a capital. */
    private static List<Integer> camel(String s) {
        List<Integer> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i < s.length(); i++) {
            // "WomenAre": a capital after a small letter; "APlague": a capital that starts a word after one.
            boolean next = Character.isUpperCase(s.charAt(i)) && (Character.isLowerCase(s.charAt(i - 1))
                    || Character.isUpperCase(s.charAt(i - 1)) && i + 1 < s.length() && Character.isLowerCase(s.charAt(i + 1)));
            if (next) {
                parts.add(i - start);
                start = i;
            }
        }
        parts.add(s.length() - start);
        return parts;
    }

    /**
     * The split into the fewest known words (a rule's word, or an English function word of two
     * letters or more), at least one of them a rule's word; null when there is none.
     */
    private List<Integer> byWords(String s) {
        int n = s.length();
        int[] best = new int[n + 1];
        int[] from = new int[n + 1];
        boolean[] ruleWord = new boolean[n + 1];
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        best[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 20); start < end; start++) {
                if (best[start] == Integer.MAX_VALUE) {
                    continue;
                }
                String w = s.substring(start, end);
                boolean known = vocabulary.contains(w);
                if (!known && !(w.length() >= 2 && FunctionWords.isFunctionWord(w, Language.EN))) {
                    continue;
                }
                if (best[start] + 1 < best[end]) {
                    best[end] = best[start] + 1;
                    from[end] = start;
                    ruleWord[end] = ruleWord[start] || known;
                }
            }
        }
        if (best[n] == Integer.MAX_VALUE || best[n] < 2 || !ruleWord[n]) {
            return null;
        }
        List<Integer> parts = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            parts.add(0, end - from[end]);
        }
        return parts;
    }
}
