package org.lihaaz.rule;

import java.util.List;
import org.lihaaz.lang.Language;
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
 * @param suggest     replacements, in base form
 * @param fix         whether a tool may apply the first suggestion without a person's judgement
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
        List<String> suggest,
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
        Location location) {

    public Rule {
        terms = List.copyOf(terms);
        suggest = List.copyOf(suggest);
        sources = List.copyOf(sources);
        requires = List.copyOf(requires);
        unless = List.copyOf(unless);
    }

    /** Whether the engine generates noun forms (plural, possessive) of a term's last word. */
    public enum Inflection { NOUN, NONE }

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
        return needsSentences(requires) || needsSentences(unless);
    }

    private static boolean needsSentences(List<Condition> conditions) {
        return conditions.stream().anyMatch(Condition::needsSentences);
    }
}
