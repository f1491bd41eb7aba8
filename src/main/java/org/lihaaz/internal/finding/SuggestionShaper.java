package org.lihaaz.internal.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lihaaz.internal.lang.EnglishInflector;
import org.lihaaz.lang.WordForm;
import org.lihaaz.rule.Replacement;
import java.util.function.Predicate;

/**
 * Fits a rule's replacements to the slot of the words they replace: number and possessive from the
 * matched form, capitalisation from the matched text ("Chairmen's" gives "Chairpersons'",
 * "POLICEMAN" gives "POLICE OFFICER"). Replacements written in lower case follow the match; ones that
 * carry their own capitals (a proper noun such as "Ahmadi") keep them unless the match is all capitals.
 *
 * <p>Only the head noun changes: the last word, or the word the rule marks ({@code "[person] with
 * diabetes"} gives "people with diabetes"). A rule writes the plural itself where more than the head
 * changes ({@code plural: people who use drugs}). A replacement that cannot be put into the matched
 * form (a possessive of a phrase whose head is not its last word) is left out: no replacement is
 * better than a wrong one.
 *
 * <p>A replacement may quote matched words: {@code $2} is the match's second word as written, so
 * "lady doctors" with {@code $2} gives "doctors" and "illegal Afghans" with "undocumented $2" gives
 * "undocumented Afghans". Such replacements already carry the matched form and are not inflected
 * again; only the capital of the first letter follows the match.
 */
public final class SuggestionShaper {
    private SuggestionShaper() {
    }

    /**
     * The replacements that fit, in the matched form, without duplicates.
     *
     * @param fits whether a replacement's own {@code when} conditions hold at the match
     */
    public static List<String> shape(List<Replacement> replacements, WordForm form, String matched, List<String> words,
            Predicate<Replacement> fits) {
        return shape(replacements, form, matched, words, fits, true);
    }

    /**
     * @param sentenceStart whether the match opens its sentence: a capital there is the sentence's, and
     *                      the replacement takes it; a capital in mid-sentence belongs to the word ("the
     *                      Khawarij", "an AIDS victim"), and the replacement keeps its own ("militants")
     */
    public static List<String> shape(List<Replacement> replacements, WordForm form, String matched, List<String> words,
            Predicate<Replacement> fits, boolean sentenceStart) {
        if (replacements.isEmpty()) {
            return List.of();
        }
        Casing casing = Casing.of(matched);
        if (casing == Casing.FIRST_UPPER && !sentenceStart) {
            casing = Casing.LOWER;
        }
        char apostrophe = apostropheIn(matched);
        List<String> out = new ArrayList<>(replacements.size());
        for (Replacement r : replacements) {
            if (r.hasConditions() && !fits.test(r)) {
                continue;
            }
            if (form.inflected() && !r.quotesMatchedWords()) {
                // Urdu replacements are not inflected yet: "khawaja sira" for "khusron ko" would not read.
                continue;
            }
            String shaped = r.quotesMatchedWords() ? substitute(r.plain(), words)
                    : inflect(r, form, apostrophe, endsInPluralPossessive(matched));
            if (shaped == null) {
                continue;
            }
            shaped = casing.apply(shaped);
            if (!out.contains(shaped)) {
                out.add(shaped);
            }
        }
        return out;
    }

    /** "forefathers'" or "FOREFATHERS’": an s, then an apostrophe, at the end. */
    private static boolean endsInPluralPossessive(String matched) {
        int n = matched.length();
        return n > 2 && "'\u2019\u02BC".indexOf(matched.charAt(n - 1)) >= 0
                && Character.toLowerCase(matched.charAt(n - 2)) == 's';
    }

    /**
     * The replacement with the matched words it quotes; a word the match lacks is left out ("$2 $3" for a
     * one- or two-word job), but a replacement left empty or with a hyphen hanging at a word's edge
     * ("person-" from "person-$2") is not offered (null).
     */
    private static String substitute(String s, List<String> words) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '$' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1))) {
                int n = s.charAt(++i) - '0';
                if (n >= 1 && n <= words.size()) {
                    b.append(words.get(n - 1));
                }
            } else {
                b.append(c);
            }
        }
        String out = b.toString().strip().replaceAll(" {2,}", " ");
        return out.isEmpty() || out.matches("(?s)(^|.*\\s)-.*|.*-(\\s.*|$)") ? null : out;
    }

    /**
     * The replacement in the matched form, or null when that form cannot be made.
     *
     * @param pluralPossessive the match was written as a plural possessive ("forefathers'") though its term
     *                         was written in the plural already, so the replacement is too ("ancestors'")
     */
    static String inflect(Replacement r, WordForm form, char apostrophe, boolean pluralPossessive) {
        String[] words = r.text().split(" ");
        int head = words.length - 1;
        for (int i = 0; i < words.length; i++) {
            if (words[i].startsWith("[") && words[i].endsWith("]")) {
                head = i;
                words[i] = words[i].substring(1, words[i].length() - 1);
            }
        }
        if (!form.plural() && !form.possessive()) {
            return String.join(" ", words);
        }
        if (form.plural() && r.plural() != null) {
            // A plural the rule writes whole changes more than its head; its possessive cannot be guessed.
            return form.possessive() ? null : r.plural();
        } else if (form.plural()) {
            words[head] = EnglishInflector.plural(words[head]);
        }
        if (form.possessive()) {
            String last = words[words.length - 1];
            if (head != words.length - 1 || last.isEmpty() || !Character.isLetter(last.charAt(last.length() - 1))) {
                return null;
            }
            words[head] = EnglishInflector.possessive(words[head], form.plural() || pluralPossessive, apostrophe);
        }
        return String.join(" ", words);
    }

    private static char apostropheIn(String matched) {
        for (int i = matched.length() - 1; i >= 0; i--) {
            char c = matched.charAt(i);
            if (c == '\'' || c == '\u2019' || c == '\u02BC') {
                return c;
            }
        }
        return '\'';
    }

    /** The capitalisation pattern of matched text. */
    enum Casing {
        LOWER, FIRST_UPPER, ALL_UPPER;

        static Casing of(String matched) {
            // A possessive 's is written in lower case after capitals ("POLICEMEN's"): it says nothing of the casing.
            String s = withoutPossessiveS(matched);
            int letters = 0;
            int upper = 0;
            Character first = null;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isLetter(c)) {
                    if (first == null) {
                        first = c;
                    }
                    letters++;
                    if (Character.isUpperCase(c)) {
                        upper++;
                    }
                }
            }
            if (letters >= 2 && upper == letters) {
                return ALL_UPPER;
            }
            return first != null && Character.isUpperCase(first) ? FIRST_UPPER : LOWER;
        }

        private static String withoutPossessiveS(String s) {
            int n = s.length();
            if (n > 2 && (s.charAt(n - 1) == 's') && "'\u2019\u02BC".indexOf(s.charAt(n - 2)) >= 0) {
                return s.substring(0, n - 2);
            }
            return s;
        }

        String apply(String s) {
            return switch (this) {
                case LOWER -> s;
                case ALL_UPPER -> s.toUpperCase(Locale.ROOT);
                case FIRST_UPPER -> s.isEmpty() ? s : s.substring(0, s.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                        + s.substring(s.offsetByCodePoints(0, 1));
            };
        }
    }
}
