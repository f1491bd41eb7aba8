package org.lihaaz.rule;

import java.util.List;

/**
 * A rule's message, note and advice in English, for a rule written for Urdu or Roman Urdu (whose own
 * are in the language of the text it checks). Chosen with {@code --messages en}. The replacements'
 * English gloss helps a reader who does not read the text's language; the replacements themselves
 * are never translated into the file.
 *
 * @param message what the wording does and the better choice
 * @param note    why it matters
 * @param replace the replacements' meaning in English (a gloss, shown by {@code rules explain})
 * @param advice  the advice in English, empty when the rule has none
 */
public record Translation(String message, String note, List<String> replace, String advice) {
    public Translation {
        replace = List.copyOf(replace);
        advice = advice == null ? "" : advice;
    }
}
