package org.lihaaz.rule;

import java.util.List;
import java.util.Set;
import org.lihaaz.yaml.Location;

/**
 * One context test on a candidate match, written in a rule's {@code requires:} or {@code unless:}.
 * The engine has one evaluator per kind; rules never need code of their own.
 */
public sealed interface Condition permits Condition.Phrases, Condition.PartOfSpeech, Condition.MatchForm,
        Condition.Punctuation, Condition.InQuotation, Condition.AnyOf, Condition.AllOf, Condition.Not {
    Location location();

    /** Where phrases are looked for, relative to the match. */
    enum Scope {
        /** ending at most {@code window} words before the match (1: right before it) */
        BEFORE("before"),
        /** starting at most {@code window} words after the match (1: right after it) */
        AFTER("after"),
        /** anywhere within {@code window} words either side, in the same sentence */
        NEAR("near"),
        /** anywhere in the same sentence */
        SENTENCE("sentence"),
        /** anywhere in the same block (paragraph, heading, list item, table cell) */
        PARAGRAPH("paragraph"),
        /**
         * governing the match's clause or quotation: before the match in its clause, in a short
         * attribution tag after it ("..., police said"), or anywhere when the match is quoted
         */
        ATTRIBUTION("attribution"),
        /** anywhere in the same block, every word matched by its lemma: the paragraph's topic */
        TOPIC("topic");

        private final String key;

        Scope(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** Which word a part-of-speech test looks at. */
    enum Target {
        /** the last word of the match, its head for noun phrases */
        MATCH("pos"),
        /** the word right before the match */
        PREVIOUS("prev-pos"),
        /** the word right after the match */
        NEXT("next-pos");

        private final String key;

        Target(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /**
     * True when one of {@code phrases} occurs in {@code scope}. With {@code lemmas} (always for
     * {@code topic}) a word matches every English form that shares its stem: "harass" matches
     * harasses, harassed, harassing and harassment.
     */
    record Phrases(Scope scope, List<String> phrases, int window, boolean lemmas, Location location) implements Condition {
        public Phrases {
            phrases = List.copyOf(phrases);
        }

        /** Words matched as written, except in {@code topic}. */
        public Phrases(Scope scope, List<String> phrases, int window, Location location) {
            this(scope, phrases, window, scope == Scope.TOPIC, location);
        }

        /** True for scopes that take no window. */
        public boolean unwindowed() {
            return scope == Scope.SENTENCE || scope == Scope.PARAGRAPH || scope == Scope.ATTRIBUTION || scope == Scope.TOPIC;
        }
    }

    /** True when the target word's Universal Dependencies tag is one of {@code tags}. */
    record PartOfSpeech(Target target, Set<String> tags, Location location) implements Condition {
        public static final Set<String> UD_TAGS = Set.of("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
                "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X");

        public PartOfSpeech {
            tags = Set.copyOf(tags);
        }
    }

    /** The grammatical form the match was written in. */
    enum Form {
        /** a possessive: "chairman's", "transgender's" */
        POSSESSIVE("possessive"),
        /** a generated plural: "chairmen" */
        PLURAL("plural"),
        /** not a generated plural */
        SINGULAR("singular");

        private final String key;

        Form(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }

    /** True when the match was written in one of these forms. */
    record MatchForm(java.util.Set<Form> forms, Location location) implements Condition {
        public MatchForm {
            forms = java.util.Set.copyOf(forms);
        }
    }

    /**
     * True when the punctuation right beside the match (the non-space text between it and the next
     * word) holds one of {@code marks}: {@code punct-after: [","]} tells "the elderly, young
     * children" from "the elderly man".
     */
    record Punctuation(boolean before, List<String> marks, Location location) implements Condition {
        public Punctuation {
            marks = List.copyOf(marks);
        }

        public String key() {
            return before ? "punct-before" : "punct-after";
        }
    }

    /**
     * True when the match lies inside quoted speech: a double quotation mark opened earlier in the
     * block and not yet closed, as in a reported statement that runs over several sentences.
     */
    record InQuotation(Location location) implements Condition {
    }

    /** True when the inner condition does not hold. */
    record Not(Condition condition, Location location) implements Condition {
    }

    /** True when at least one of the conditions holds. */
    record AnyOf(List<Condition> conditions, Location location) implements Condition {
        public AnyOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** True when every one of the conditions holds. */
    record AllOf(List<Condition> conditions, Location location) implements Condition {
        public AllOf {
            conditions = List.copyOf(conditions);
        }
    }

    /** True when this condition, or one inside it, needs sentence boundaries or tags. */
    static boolean needsSentences(Condition c) {
        if (c instanceof PartOfSpeech) {
            return true;
        }
        if (c instanceof Phrases p) {
            return p.scope() == Scope.SENTENCE || p.scope() == Scope.ATTRIBUTION;
        }
        if (c instanceof MatchForm || c instanceof Punctuation || c instanceof InQuotation) {
            return false;
        }
        if (c instanceof Not n) {
            return needsSentences(n.condition());
        }
        List<Condition> inner = c instanceof AnyOf a ? a.conditions() : ((AllOf) c).conditions();
        return inner.stream().anyMatch(Condition::needsSentences);
    }
}
