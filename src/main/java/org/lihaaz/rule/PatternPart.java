package org.lihaaz.rule;

import org.lihaaz.internal.rule.WordClass;

/** One piece of an expanded term or phrase pattern: literal words, a word placeholder, or a word class. */
public sealed interface PatternPart permits PatternPart.Words, PatternPart.Placeholder, PatternPart.ClassRef {

    /** Literal text; the engine tokenises it exactly as it tokenises prose. */
    record Words(String text) implements PatternPart {
    }

    /** A placeholder that stands for words rather than spelling them out. */
    record Placeholder(Kind kind) implements PatternPart {
    }

    /**
     * {@code {@name}}: one entry of the word class {@code name} (rules/classes/name.yml) in the rule's
     * language. The compilers put the class's words (and, in English, their plurals and possessives) in
     * its place; see {@link WordClass}.
     */
    record ClassRef(String name) implements PatternPart {
    }

    enum Kind {
        /** {@code *}: any one word */
        ANY("*"),
        /** {@code ...}: up to four words, or none */
        GAP("..."),
        /** {@code {Cap}}: one capitalised or all-capitals word */
        CAPITALISED("{Cap}"),
        /** {@code {Name}}: one word with a capital first letter and small letters after, as names are written */
        NAME("{Name}"),
        /** {@code {Num}}: one number */
        NUMBER("{Num}");

        public static final int GAP_MAX_WORDS = 4;
        private final String syntax;

        Kind(String syntax) {
            this.syntax = syntax;
        }

        public String syntax() {
            return syntax;
        }
    }
}
