package org.lihaaz.rule;

import java.util.List;

/**
 * Text a rule offers to stand in place of the words it flags, as the rule writes it. It is text to put
 * in the sentence, never an instruction (instructions are a rule's {@code advice}).
 *
 * <p>The engine fits it to the slot: number, possessive and capitals follow the matched words. In a
 * phrase whose noun is not its last word, the rule marks that noun, {@code "[person] with diabetes"},
 * and only it takes the number; where more than one word changes with number ("person who uses drugs"
 * / "people who use drugs") the rule writes the plural itself. A replacement that cannot be put into
 * the matched form is not offered rather than offered wrongly.
 *
 * @param text   the replacement in base form; {@code [word]} marks the head noun, {@code $N} quotes the
 *               N-th matched word
 * @param plural the whole replacement for a plural match, when number changes more than its head; or null
 * @param when   conditions on the match's context that must all hold for this replacement to fit (a
 *               phrase that only reads right before a noun, say); empty when it fits everywhere the rule fires
 */
public record Replacement(String text, String plural, List<Condition> when) {
    public Replacement {
        when = List.copyOf(when);
    }

    /** A replacement that fits every slot and is inflected by its head alone. */
    public static Replacement of(String text) {
        return new Replacement(text, null, List.of());
    }

    /** The text without head marks, as people read it in rule lists. */
    public String plain() {
        return text.replace("[", "").replace("]", "");
    }

    /** True when the text quotes matched words ({@code $1}, {@code $2}, ...), which carry their own form. */
    public boolean quotesMatchedWords() {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (text.charAt(i) == '$' && Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    public boolean hasConditions() {
        return !when.isEmpty();
    }
}
