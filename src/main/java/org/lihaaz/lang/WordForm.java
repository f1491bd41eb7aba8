package org.lihaaz.lang;

/**
 * The grammatical form a match was written in, so a suggestion can be given in the same form:
 * "Chairmen's" asks for "Chairpersons'".
 *
 * @param plural     the matched noun was plural
 * @param possessive the matched noun carried a possessive ending
 */
public record WordForm(boolean plural, boolean possessive) {
    public static final WordForm BASE = new WordForm(false, false);
}
