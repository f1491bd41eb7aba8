package org.lihaaz.internal.rule;

import org.lihaaz.rule.ClassWords;

import java.util.List;
import java.util.Map;
import org.lihaaz.lang.Language;
import org.lihaaz.yaml.Location;

/**
 * A named list of words per language ({@code rules/classes/<name>.yml}) that terms and condition
 * phrases name as {@code {@name}}: groups of people, animals used as slurs, reporting verbs. One rule
 * with {@code {@pests}} then covers every listed pest, and a word added to the class reaches every
 * rule that names it.
 *
 * @param name        the class name, the file name without .yml
 * @param description what the words have in common
 * @param words       the entries of each language (every language has some)
 * @param inflect     true when English entries also match their plural and possessive forms
 * @param location    where the class is written
 */
public record WordClass(String name, String description, Map<Language, List<String>> words, boolean inflect,
        Location location) {
    public WordClass {
        words = Map.copyOf(words);
    }

    /** The entries of one language, as the rules of that language carry them. */
    public ClassWords in(Language language) {
        return new ClassWords(name, words.getOrDefault(language, List.of()), inflect && language == Language.EN);
    }
}
