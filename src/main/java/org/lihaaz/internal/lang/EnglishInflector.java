package org.lihaaz.internal.lang;

import org.lihaaz.internal.source.Letters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * English noun forms: plurals (regular, and an irregular table that also covers compounds such as
 * policeman/policemen and housewife/housewives) and possessives. Used both to expand rule terms and
 * to put suggestions into the form of the words they replace.
 */
public final class EnglishInflector {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("woman", "women"), Map.entry("man", "men"), Map.entry("child", "children"),
            Map.entry("person", "people"), Map.entry("wife", "wives"), Map.entry("life", "lives"),
            Map.entry("knife", "knives"), Map.entry("half", "halves"), Map.entry("wolf", "wolves"),
            Map.entry("thief", "thieves"), Map.entry("shelf", "shelves"), Map.entry("calf", "calves"),
            Map.entry("leaf", "leaves"), Map.entry("foot", "feet"), Map.entry("tooth", "teeth"),
            Map.entry("goose", "geese"), Map.entry("mouse", "mice"), Map.entry("louse", "lice"),
            Map.entry("ox", "oxen"), Map.entry("hero", "heroes"), Map.entry("negro", "negroes"),
            Map.entry("potato", "potatoes"), Map.entry("tomato", "tomatoes"), Map.entry("echo", "echoes"));
    /** Words that end like an irregular noun but take a regular plural. */
    private static final Set<String> REGULAR_ANYWAY = Set.of("human", "german", "roman", "shaman", "talisman",
            "ottoman", "caiman", "dolman", "walkman", "cayman", "norman", "brahman", "ramadan", "chief", "belief",
            "roof", "proof", "chef", "reef", "safe");
    /** Words that are the same in the plural or have none. */
    private static final Set<String> UNCHANGED = Set.of("sheep", "fish", "deer", "series", "species", "people",
            "police", "staff", "personnel", "manpower", "mankind", "womankind", "news", "aircraft");

    private EnglishInflector() {
    }

    /** Plural forms of a lower-case noun, most usual first; the word itself when it has no other. */
    public static List<String> plurals(String word) {
        List<String> out = new ArrayList<>(2);
        if (word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1)) || UNCHANGED.contains(word)) {
            out.add(word);
            return out;
        }
        if (!REGULAR_ANYWAY.contains(word)) {
            for (int cut = 0; cut < word.length(); cut++) {
                String tail = word.substring(cut);
                String irregular = IRREGULAR.get(tail);
                if (irregular != null && (cut == 0 || tail.length() >= 3)) {
                    out.add(word.substring(0, cut) + irregular);
                    if (tail.equals("person")) {
                        out.add(word + "s");
                    }
                    return out;
                }
            }
        }
        out.add(regularPlural(word));
        return out;
    }

    /**
     * True when a lower-case word is already the irregular plural of a noun ("chairmen", "women",
     * "housewives"), so a term written that way stands for the plural form.
     */
    public static boolean isIrregularPlural(String word) {
        for (int cut = 0; cut < word.length(); cut++) {
            String tail = word.substring(cut);
            if ((cut == 0 || tail.length() >= 3) && IRREGULAR.containsValue(tail)) {
                return !IRREGULAR.containsKey(tail);
            }
        }
        return false;
    }

    /** The plural most writers would choose, e.g. for a suggestion. */
    public static String plural(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        // "chairpersons" as writers choose it, but "people" for a person on its own.
        String p = lower.endsWith("person") && !lower.equals("person") ? lower + "s" : plurals(lower).get(0);
        return matchCase(word, p);
    }

    /** The possessive of a singular or plural noun: "chairperson's", "chairpersons'", "women's". */
    public static String possessive(String noun, boolean plural, char apostrophe) {
        if (plural && (noun.endsWith("s") || noun.endsWith("S"))) {
            return noun + apostrophe;
        }
        return noun + apostrophe + (Letters.allCapitals(noun) ? "S" : "s");
    }

    private static String regularPlural(String w) {
        if (w.endsWith("s") || w.endsWith("x") || w.endsWith("z") || w.endsWith("ch") || w.endsWith("sh")) {
            return w + "es";
        }
        if (w.endsWith("y") && w.length() > 1 && !isVowel(w.charAt(w.length() - 2))) {
            return w.substring(0, w.length() - 1) + "ies";
        }
        return w + "s";
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }


    private static String matchCase(String original, String lower) {
        if (Letters.allCapitals(original) && original.length() > 1) {
            return lower.toUpperCase(java.util.Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        }
        return lower;
    }
}
