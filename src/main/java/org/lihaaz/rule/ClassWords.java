package org.lihaaz.rule;

import java.util.List;

/**
 * The words of one word class in one language, as a rule that names the class carries them: a rule
 * is self-contained, so the compilers need nothing but the rule.
 *
 * @param name    the class name ({@code {@name}} in patterns)
 * @param words   the entries, each a word or a few words, as listed in the class file
 * @param inflect true when each entry also stands for its plural and possessive forms (English nouns)
 */
public record ClassWords(String name, List<String> words, boolean inflect) {
    public ClassWords {
        words = List.copyOf(words);
    }
}
