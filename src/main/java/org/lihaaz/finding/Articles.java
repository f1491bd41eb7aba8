package org.lihaaz.finding;

import org.lihaaz.internal.source.Letters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the English indefinite article before a replaced word agreeing with it: "a chairman" becomes
 * "a chairperson", but "a cleaning lady" becomes "an office cleaner". The choice follows the sound
 * of the replacement's first word, by its spelling: a vowel letter takes "an" except where it is
 * said with a consonant ("a union", "a European", "a one-off"), a consonant takes "a" except a silent
 * h ("an hour", "an honest"), and an abbreviation in capitals follows the name of its first letter
 * ("an MP", "a UN official", "an X-ray"). The article is the word right before the match in its prose, which the
 * finding carries: markup, line breaks or subtitle timings between the two in the file do not hide it.
 */
public final class Articles {
    /** Beginnings of words whose vowel letter is said with a consonant sound ("you", "w"). */
    private static final List<String> VOWEL_SAID_AS_CONSONANT = List.of("uni", "use", "usu", "uti", "ubi", "ure", "uri",
            "uro", "ura", "eu", "ewe", "ufo", "ukr", "usa", "uvu");
    private static final List<String> WORDS_SAID_WITH_W = List.of("one", "once", "oneself");
    private static final List<String> UNI_WITH_VOWEL_SOUND = List.of("unid", "unim", "unin", "unint");
    private static final List<String> SILENT_H = List.of("hour", "honest", "honor", "honour", "heir");
    private static final String LETTERS_SAID_WITH_VOWEL = "AEFHILMNORSX";

    private Articles() {
    }

    /**
     * The edit that makes the article before a match fit {@code replacement}, if the word before the
     * match (as the finding gives it) is "a" or "an" and does not fit already.
     */
    public static Optional<Edit> adjust(String text, Span wordBefore, String replacement) {
        if (wordBefore == null || wordBefore.end() > text.length()) {
            return Optional.empty();
        }
        return adjustWritten(text.substring(wordBefore.start(), wordBefore.end()), wordBefore, replacement, false);
    }

    /** The same, given the article's text as written at {@code where}. */
    static Optional<Edit> adjustWritten(String article, Span where, String replacement, boolean matchInCapitals) {
        if (article.isEmpty()) {
            return Optional.empty();
        }
        String lower = article.toLowerCase(Locale.ROOT);
        if (!lower.equals("a") && !lower.equals("an")) {
            return Optional.empty();
        }
        // A replacement put in capitals because the match was written in capitals ("A LAYMAN") is a word,
        // not an abbreviation: its sound is that of the word ("A LAYPERSON", not "AN LAYPERSON").
        String wanted = forWord(matchInCapitals && replacement.length() > 1 ? replacement.toLowerCase(Locale.ROOT) : replacement);
        if (wanted.equals(lower)) {
            return Optional.empty();
        }
        return Optional.of(new Edit(where.start(), where.end(), cased(wanted, article, replacement)));
    }

    /** "a" or "an" for a word or phrase, by the sound its spelling suggests. */
    public static String forWord(String phrase) {
        String word = firstWord(phrase);
        if (word.isEmpty()) {
            return "a";
        }
        if (word.equals(word.toUpperCase(Locale.ROOT)) && word.chars().allMatch(Character::isLetter)) {
            return LETTERS_SAID_WITH_VOWEL.indexOf(word.charAt(0)) >= 0 ? "an" : "a";
        }
        String w = word.toLowerCase(Locale.ROOT);
        char first = w.charAt(0);
        if ("aeiou".indexOf(first) >= 0) {
            if (w.startsWith("uni") && UNI_WITH_VOWEL_SOUND.stream().anyMatch(w::startsWith)) {
                return "an";
            }
            return WORDS_SAID_WITH_W.contains(w) || VOWEL_SAID_AS_CONSONANT.stream().anyMatch(w::startsWith) ? "a" : "an";
        }
        return SILENT_H.stream().anyMatch(w::startsWith) ? "an" : "a";
    }

    private static String firstWord(String phrase) {
        int i = 0;
        while (i < phrase.length() && !Character.isLetterOrDigit(phrase.charAt(i))) {
            i++;
        }
        int j = i;
        while (j < phrase.length() && Character.isLetterOrDigit(phrase.charAt(j))) {
            j++;
        }
        return phrase.substring(i, j);
    }

    /** The new article in the old one's capitals: "A" gives "An", "AN" gives "A", and all capitals stay so. */
    private static String cased(String wanted, String old, String replacement) {
        boolean allCaps = old.length() > 1 ? old.equals(old.toUpperCase(Locale.ROOT))
                : Character.isUpperCase(old.charAt(0)) && Letters.allCapitals(replacement);
        if (allCaps) {
            return wanted.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(old.charAt(0))) {
            return Character.toUpperCase(wanted.charAt(0)) + wanted.substring(1);
        }
        return wanted;
    }

}
