package org.lihaaz.internal.context;

import java.util.Set;
import org.lihaaz.internal.token.Tokens;

/**
 * Tells a capitalised match that is part of a name or title ("Lady Reading Hospital", "Man Booker
 * Prize", "Isle of Man", "Savage Garden") from the same word used as a common noun. A match counts
 * as part of a name when it is capitalised and a capitalised word that is not a sentence opener sits
 * right beside it (small linking words such as "of" and "the" may stand between), or it is a surname
 * after a given name that opens the sentence ("Amjad Kalu was arrested"). Headlines written
 * in title case (most longer words capitalised, no closing full stop) give no such evidence, so
 * there the heuristic stays silent.
 */
final class NameHeuristic {
    private static final Set<String> LINKS = Set.of("of", "the", "de", "al", "el", "and", "for", "against", "on", "bin",
            "bint", "ul", "e", "i", "von", "van", "da", "di", "du", "la", "le");

    /** Sentence openers that are not given names: articles, pronouns, calls and common epithets. */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "their", "our", "my", "your", "its", "oye", "oy", "oi", "hey", "o", "oh", "ay", "abey", "abe", "you",
            "poor", "dear", "fat", "black", "dark", "ugly", "stupid", "some", "every", "no", "any", "all", "many", "such",
            "what", "which", "when", "if", "and", "but", "so", "yes", "ok", "okay", "look", "see", "call", "called",
            "old", "little", "big", "young");

    private NameHeuristic() {
    }

    static boolean isInName(BlockAnalysis block, int first, int last) {
        Tokens t = block.tokens();
        if (!t.isCapitalised(first) || isTitleCaseLine(block, first)) {
            return false;
        }
        if (last > first && allCapitalised(t, first, last) && !block.startsSentence(first) && !oneWrittenWord(t, first, last)) {
            // "the Mad Men finale": a capitalised phrase inside a sentence is a title by itself.
            return true;
        }
        int next = last + 1;
        if (next < t.size() && joined(t, last, next) && nameWord(t, next)) {
            return true;
        }
        int prev = first - 1;
        int links = 0;
        while (prev >= 0 && links < 2 && LINKS.contains(t.norm(prev)) && !t.isCapitalised(prev) && joined(t, prev, prev + 1)) {
            prev--;
            links++;
        }
        if (prev < 0 || !joined(t, prev, prev + 1) || !nameWord(t, prev)) {
            return false;
        }
        // A capitalised word opening the sentence is no evidence by itself ("Fat Kalu ..."), but a
        // given name before a capitalised surname that runs on into the sentence is: "Amjad Kalu was
        // arrested". Vocatives ("Oye Kalu, get out") are set off by a comma and stay findings.
        return !block.startsSentence(prev) || links == 0 && !NOT_GIVEN_NAMES.contains(t.norm(prev))
                && t.isCapitalised(prev) && runsOn(t, last) && properNoun(block, prev);
    }

    /**
     * The tagger reads the word as a proper noun. Without a tagger (Urdu, Roman Urdu) a sentence
     * opener gives no evidence: "Ye Khussray kahan se aaye?" opens with a pronoun.
     */
    private static boolean properNoun(BlockAnalysis block, int i) {
        return "PROPN".equals(block.tag(i));
    }

    /** The match is followed, after only a space, by a lower-case word: the sentence goes on. */
    private static boolean runsOn(Tokens t, int last) {
        int next = last + 1;
        return next < t.size() && t.gap(last, next).isBlank() && !t.isCapitalised(next) && !t.isAllCaps(next)
                && !t.isNumber(next);
    }

    /** Words with nothing between them are parts of one written word (a hashtag's), not a title. */
    private static boolean oneWrittenWord(Tokens t, int first, int last) {
        for (int i = first; i < last; i++) {
            if (!t.gap(i, i + 1).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allCapitalised(Tokens t, int first, int last) {
        for (int i = first; i <= last; i++) {
            if (!t.isCapitalised(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean nameWord(Tokens t, int i) {
        return t.isCapitalised(i) || t.isAllCaps(i);
    }

    /**
     * Only spaces, hyphens or an apostrophe between two words: they read as one name. Nothing at all
     * between them means they are parts of one written word ("#AfghansAreAPlague"), whose capitals
     * mark where its words begin, not a name.
     */
    private static boolean joined(Tokens t, int left, int right) {
        String gap = t.gap(left, right);
        if (gap.isEmpty()) {
            return false;
        }
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (!(c == ' ' || c == '\u00A0' || c == '-' || c == '\u2010' || c == '\u2011' || c == '\'' || c == '\u2019')) {
                return false;
            }
        }
        return true;
    }

    /** Most longer words of the surrounding sentence are capitalised: a title-case headline. */
    private static boolean isTitleCaseLine(BlockAnalysis block, int at) {
        Tokens t = block.tokens();
        int lo = at;
        while (lo > 0 && !block.breakAfter(lo - 1) && at - lo < 30) {
            lo--;
        }
        int hi = at;
        while (hi + 1 < t.size() && !block.breakAfter(hi) && hi - at < 30) {
            hi++;
        }
        int words = 0;
        int capitalised = 0;
        for (int i = lo; i <= hi; i++) {
            if (t.norm(i).length() >= 4 && !t.isNumber(i)) {
                words++;
                if (t.isCapitalised(i) || t.isAllCaps(i)) {
                    capitalised++;
                }
            }
        }
        // Headlines rarely end with a full stop; a sentence crowded with names does.
        String after = hi + 1 < t.size() ? t.gap(hi, hi + 1) : t.text().substring(t.end(hi));
        return words >= 3 && capitalised * 4 >= words * 3 && after.indexOf('.') < 0;
    }
}
