package org.lihaaz.rule;

import java.util.List;

/**
 * A rule's message, note and suggestions in English, for a rule written for Urdu or Roman Urdu
 * (whose own are in the language of the text it checks). Chosen with {@code --messages en}.
 *
 * @param message what the wording does and the better choice
 * @param note    why it matters
 * @param suggest replacements, in English
 */
public record Translation(String message, String note, List<String> suggest) {
    public Translation {
        suggest = List.copyOf(suggest);
    }
}
