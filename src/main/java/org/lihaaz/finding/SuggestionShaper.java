package org.lihaaz.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.lihaaz.lang.EnglishInflector;
import org.lihaaz.lang.WordForm;

/**
 * Puts a rule's suggestions into the form of the words they replace: number and possessive from the
 * matched form, capitalisation from the matched text ("Chairmen's" gives "Chairpersons'",
 * "POLICEMAN" gives "POLICE OFFICER"). Suggestions written in lower case follow the match; ones that
 * carry their own capitals (a proper noun such as "Ahmadi") keep them unless the match is all capitals.
 *
 * <p>A suggestion may quote matched words: {@code $2} is the match's second word as written, so
 * "lady doctors" with the suggestion {@code $2} gives "doctors" and "illegal Afghans" with
 * "undocumented $2" gives "undocumented Afghans". Such suggestions already carry the matched form
 * and are not inflected again; only the capital of the first letter follows the match.
 */
public final class SuggestionShaper {
    private SuggestionShaper() {
    }

    public static List<String> shape(List<String> suggestions, WordForm form, String matched, List<String> words) {
        if (suggestions.isEmpty()) {
            return suggestions;
        }
        Casing casing = Casing.of(matched);
        char apostrophe = apostropheIn(matched);
        List<String> out = new ArrayList<>(suggestions.size());
        for (String s : suggestions) {
            String shaped = hasWordReference(s) ? substitute(s, words) : inflect(s, form, apostrophe);
            shaped = casing.apply(shaped);
            if (!out.contains(shaped)) {
                out.add(shaped);
            }
        }
        return out;
    }

    static boolean hasWordReference(String s) {
        for (int i = 0; i + 1 < s.length(); i++) {
            if (s.charAt(i) == '$' && Character.isDigit(s.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

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
        return b.toString().strip();
    }

    private static String inflect(String suggestion, WordForm form, char apostrophe) {
        if (!form.plural() && !form.possessive()) {
            return suggestion;
        }
        String[] words = suggestion.split(" ");
        int head = headNoun(words);
        if (head < words.length - 1) {
            // "person who uses drugs": the head noun takes the number, and a verb after who/that agrees
            // with it. A possessive on such a phrase would read badly, so it is left to the writer.
            if (form.plural()) {
                words[head] = EnglishInflector.plural(words[head]);
                String after = words[head + 1].toLowerCase(Locale.ROOT);
                if ((after.equals("who") || after.equals("that")) && head + 2 < words.length) {
                    words[head + 2] = pluralVerb(words[head + 2]);
                }
            }
            return String.join(" ", words);
        }
        String last = words[head];
        if (last.isEmpty() || !Character.isLetter(last.charAt(last.length() - 1))) {
            return suggestion;
        }
        if (form.plural()) {
            last = EnglishInflector.plural(last);
        }
        if (form.possessive()) {
            last = EnglishInflector.possessive(last, form.plural(), apostrophe);
        }
        words[head] = last;
        return String.join(" ", words);
    }

    /** Words that begin a modifier after the noun it describes ("person with diabetes", "child living with HIV"). */
    private static final java.util.Set<String> POST_MODIFIER_STARTS = java.util.Set.of("who", "that", "with", "without",
            "living", "of", "from", "whose", "experiencing", "affected", "lost");

    /** The index of the noun that carries the phrase's number: the word before its first post-modifier, else the last. */
    static int headNoun(String[] words) {
        for (int i = 1; i < words.length; i++) {
            if (POST_MODIFIER_STARTS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return i - 1;
            }
        }
        return words.length - 1;
    }

    /** The plural agreement of a present-tense verb: uses → use, carries → carry, has → have, is → are. */
    static String pluralVerb(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        switch (v) {
            case "is": return "are";
            case "was": return "were";
            case "has": return "have";
            case "does": return "do";
            default: break;
        }
        if (v.length() > 3 && v.endsWith("ies")) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        for (String end : new String[] {"sses", "shes", "ches", "xes", "zes", "oes"}) {
            if (v.endsWith(end)) {
                return verb.substring(0, verb.length() - 2);
            }
        }
        return v.length() > 2 && v.endsWith("s") && !v.endsWith("ss") ? verb.substring(0, verb.length() - 1) : verb;
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
