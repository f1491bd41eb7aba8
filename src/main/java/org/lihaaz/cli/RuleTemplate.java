package org.lihaaz.cli;

import java.util.List;
import org.lihaaz.lang.Language;

/**
 * The rule {@code lihaaz rules new} writes: complete and valid, so it loads at once, with what only a
 * person can supply left as text starting "REPLACE". Its flag: example is such a placeholder, which no
 * rule flags, so {@code lihaaz rules test} fails on the new rule until a real sentence is written in.
 */
final class RuleTemplate {
    static final String PLACEHOLDER = "REPLACE";

    private RuleTemplate() {
    }

    /**
     * @param id       pack.name
     * @param avoid    the words to flag (empty: a placeholder term)
     * @param say      the replacements (may be empty)
     * @param language the language of the pack
     */
    static String text(String id, List<String> avoid, List<String> say, Language language) {
        List<String> terms = avoid.isEmpty() ? List.of("replace this term") : avoid;
        String message = say.isEmpty()
                ? PLACEHOLDER + " with the message a writer sees, e.g. Say 'staff', not 'manpower'."
                : "Say " + quoteAll(say) + ", not " + quoteAll(terms) + ".";
        StringBuilder b = new StringBuilder();
        b.append("- id: ").append(id).append('\n');
        b.append("  level: warning                 # suggestion, warning or error\n");
        b.append("  category: ").append(id.substring(0, id.indexOf('.'))).append('\n');
        b.append("  terms: ").append(list(terms)).append("   # words or patterns to flag\n");
        if (!say.isEmpty()) {
            b.append("  replace: ").append(list(say)).append("   # text that can stand in place of the term\n");
        }
        b.append("  message: ").append(quoted(message)).append('\n');
        b.append("  note: ").append(quoted(PLACEHOLDER + " with why the house style says so.")).append('\n');
        b.append("  source: ").append(quoted(PLACEHOLDER + " with the style guide or decision this comes from.")).append('\n');
        if (language != Language.EN) {
            b.append("  en:                            # the message and note in English, for --messages en\n");
            b.append("    message: ").append(quoted(PLACEHOLDER + " with the message in English.")).append('\n');
            b.append("    note: ").append(quoted(PLACEHOLDER + " with the note in English.")).append('\n');
            if (!say.isEmpty()) {
                b.append("    replace: ").append(list(say)).append("   # what the replacements mean in English\n");
            }
        }
        b.append("  examples:                      # lihaaz rules test fails until these are real sentences\n");
        b.append("    flag:                        # sentences the rule must flag; 'lihaaz rules pin' then marks the\n");
        b.append("                                 # flagged words and pins the rewrite: read it\n");
        b.append("      - ").append(quoted(PLACEHOLDER + " with a sentence that uses the term and must be flagged.")).append('\n');
        b.append("    clean:                       # sentences it must leave alone\n");
        b.append("      - ").append(quoted(PLACEHOLDER + " with a sentence that must not be flagged.")).append('\n');
        return b.toString();
    }

    private static String quoteAll(List<String> words) {
        return String.join(" or ", words.stream().map(w -> "'" + w + "'").toList());
    }

    private static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(RuleTemplate::quoted).toList()) + "]";
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
