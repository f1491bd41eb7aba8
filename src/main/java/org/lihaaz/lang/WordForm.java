package org.lihaaz.lang;

/**
 * The grammatical form a match was written in, so a replacement can be given in the same form:
 * "Chairmen's" asks for "Chairpersons'".
 *
 * @param plural     the matched noun was plural
 * @param possessive the matched noun carried a possessive ending
 * @param inflected  the match is a form the engine generated from an Urdu noun class (a plural or
 *                   oblique such as "khusron"), whose replacement would need the same inflection
 */
public record WordForm(boolean plural, boolean possessive, boolean inflected) {
    public static final WordForm BASE = new WordForm(false, false, false);
    public static final WordForm URDU_INFLECTED = new WordForm(false, false, true);

    public WordForm(boolean plural, boolean possessive) {
        this(plural, possessive, false);
    }
}
