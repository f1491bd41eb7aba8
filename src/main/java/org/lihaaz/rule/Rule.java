package org.lihaaz.rule;

import java.util.List;
import org.lihaaz.lang.Language;
import org.lihaaz.lang.UrduNounClass;
import org.lihaaz.yaml.Location;

/**
 * One rule as written in a pack file. Everything a rule means is here; the engine only has general
 * mechanisms (term lookup, inflection, context conditions) that rules configure.
 *
 * @param id          stable id, {@code pack.name}
 * @param pack        the pack (file name) the rule belongs to
 * @param language    the language of text the rule applies to
 * @param level       how strongly findings ask for a change
 * @param category    what kind of harm the wording does (gender, disability, ...)
 * @param terms       patterns to look for, in base form
 * @param inflect     whether the engine adds plural and possessive forms of the last word
 * @param caseSensitive whether terms match only as written
 * @param replace     text that may stand in place of the match, in base form (see {@link Replacement})
 * @param advice      an instruction for the writer shown with the message ("name the group and what they
 *                    did"); never put into the text. Empty when the rule has none
 * @param fix         whether a tool may apply the first replacement without a person's judgement
 * @param message     what the wording does, said briefly
 * @param note        why it matters
 * @param sources     public guidelines the rule rests on
 * @param requires    conditions that must all hold for a finding
 * @param unless      conditions any of which cancels a finding
 * @param names       whether a match inside a capitalised name is skipped
 * @param quoted      whether a match written inside quotation marks is skipped
 * @param sureness    how surely the wording is a problem wherever the rule's conditions hold
 * @param examples    the rule's own tests
 * @param location    where the rule is written
 * @param termContexts extra conditions for single terms, by the term as written
 * @param english     message, note, advice and a gloss of the replacements in English, for rules whose own are in Urdu or
 *                    Roman Urdu; null for English rules
 * @param classes     the words, in the rule's language, of every word class its patterns name ({@code {@name}}), by name
 */
public record Rule(
        String id,
        String pack,
        Language language,
        Level level,
        String category,
        List<String> terms,
        Inflection inflect,
        boolean caseSensitive,
        List<Replacement> replace,
        String advice,
        FixSafety fix,
        String message,
        String note,
        List<String> sources,
        List<Condition> requires,
        List<Condition> unless,
        NamePolicy names,
        QuotePolicy quoted,
        Sureness sureness,
        Examples examples,
        Location location,
        Translation english,
        java.util.Map<String, TermContext> termContexts,
        java.util.Map<String, ClassWords> classes) {

    public Rule {
        terms = List.copyOf(terms);
        termContexts = java.util.Map.copyOf(termContexts);
        classes = java.util.Map.copyOf(classes);
        replace = List.copyOf(replace);
        advice = advice == null ? "" : advice;
        sources = List.copyOf(sources);
        requires = List.copyOf(requires);
        unless = List.copyOf(unless);
    }

    /** The message findings carry under a choice of message language. */
    public String message(MessageChoice choice) {
        return choice == MessageChoice.EN && english != null ? english.message() : message;
    }

    /** The note under a choice of message language. */
    public String note(MessageChoice choice) {
        return choice == MessageChoice.EN && english != null ? english.note() : note;
    }

    /**
     * The advice under a choice of message language. Replacements have no such choice: they are text
     * for the file, always in the language of the text.
     */
    public String advice(MessageChoice choice) {
        return choice == MessageChoice.EN && english != null ? english.advice() : advice;
    }

    /** The replacements as plain text, for lists and documentation. */
    public List<String> replacementTexts() {
        return replace.stream().map(Replacement::plain).toList();
    }

    /**
     * Which word forms the engine generates from the last word of each term: English plurals and
     * possessives ({@code noun}), only possessives ({@code none}; in Urdu and Roman Urdu, nothing), or
     * the forms of an Urdu noun class ({@code ur-masc-a}, ...; see {@link UrduNounClass}).
     */
    public enum Inflection {
        NOUN(null), NONE(null), UR_MASC_A(UrduNounClass.MASC_A), UR_MASC(UrduNounClass.MASC),
        UR_FEM_I(UrduNounClass.FEM_I), UR_FEM(UrduNounClass.FEM), UR_ADJ_A(UrduNounClass.ADJ_A);

        private final UrduNounClass urduClass;

        Inflection(UrduNounClass urduClass) {
            this.urduClass = urduClass;
        }

        /** The Urdu noun class, or null for {@code noun} and {@code none}. */
        public UrduNounClass urduClass() {
            return urduClass;
        }
    }

    /** Whether a suggestion can be applied without a person's judgement. */
    public enum FixSafety { SAFE, MANUAL }

    /** What to do when a match is part of a capitalised name ("Lady Reading Hospital"). */
    public enum NamePolicy { SKIP, FLAG }

    /** What to do when a match is written inside quotation marks, i.e. mentioned rather than used. */
    public enum QuotePolicy { SKIP, FLAG }

    /**
     * How surely a match is a problem: {@code HIGH} (always, e.g. a slur), {@code MEDIUM} (usually),
     * {@code LOW} (often innocent, e.g. mild profanity). Runs report rules at or above a chosen sureness.
     */
    public enum Sureness { LOW, MEDIUM, HIGH }

    /** True when some context test needs sentence boundaries or part-of-speech tags. */
    public boolean needsSentences() {
        return needsSentences(requires) || needsSentences(unless) || termContexts.values().stream()
                .anyMatch(t -> needsSentences(t.requires()) || needsSentences(t.unless()));
    }

    /** The extra conditions of one term, or none. */
    public TermContext termContext(String term) {
        TermContext t = termContexts.get(term);
        return t != null ? t : NO_TERM_CONTEXT;
    }

    private static final TermContext NO_TERM_CONTEXT = new TermContext(List.of(), List.of());

    private static boolean needsSentences(List<Condition> conditions) {
        return conditions.stream().anyMatch(Condition::needsSentences);
    }
}
